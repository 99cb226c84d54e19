/** The languages the app speaks; the first is the one every text is written in first. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The address parameter that names the language. */
export const LANG_PARAM = 'lang';

let current: Locale = 'en';
/** Whether the address chose the language, so the links the page makes carry it on. */
let named = false;

/** The language every text is shown in. Chosen once per page: switching reloads, with the view in the address. */
export function locale(): Locale {
	return current;
}

export function useLocale(chosen: Locale, inAddress = false): void {
	current = chosen;
	named = inAddress;
	if (typeof document !== 'undefined') document.documentElement.lang = chosen;
}

/** The language a link made from this page names: the one its own address named, if any. */
export function linkedLocale(): Locale | null {
	return named ? current : null;
}

/** Chooses and uses the language of a page opened at `address` (see `chooseLocale`). */
export function startLocale(address: URL): void {
	const chosen = chooseLocale(address.searchParams.get(LANG_PARAM), typeof navigator === 'undefined' ? [] : navigator.languages);
	useLocale(chosen.locale, chosen.named);
}

/** The same page in another language: the view stays in the address, so it reopens where it was. */
export function addressIn(address: URL, other: Locale): URL {
	const url = new URL(address);
	url.searchParams.set(LANG_PARAM, other);
	return url;
}

export function isLocale(value: string): value is Locale {
	return (LOCALES as readonly string[]).includes(value);
}

/**
 * The language a page opens in: the address's `lang=` when it names one we have, else the first of the
 * browser's languages we have ("es-VE" is Spanish), else English. `named` says the address chose it, so
 * links made from the page keep it; a browser's own choice is left to whoever opens the link.
 */
export function chooseLocale(param: string | null, browserLanguages: readonly string[]): { locale: Locale; named: boolean } {
	const asked = param === null ? null : languageOf(param);
	if (asked !== null && isLocale(asked)) return { locale: asked, named: true };
	const fromBrowser = browserLanguages.map(languageOf).find(isLocale);
	return { locale: fromBrowser ?? 'en', named: false };
}

/** "es-VE" → "es". */
export function languageOf(tag: string): string {
	return tag.trim().toLowerCase().split(/[-_]/)[0];
}
