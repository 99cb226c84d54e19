import type { Day } from '../timeline/day.ts';
import { locale, type Locale } from './locale.ts';

/** The Intl locale each language formats with: British English's day-month order, Spanish's "21 de noviembre". */
const INTL_TAG: Record<Locale, string> = { en: 'en-GB', es: 'es' };
const MS_PER_DAY = 86_400_000;

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** Intl formatters are costly to make and cheap to reuse: one per language and style. */
function cached<F>(cache: Map<string, F>, options: object, make: (tag: string) => F): F {
	const key = `${locale()}|${JSON.stringify(options)}`;
	let formatter = cache.get(key);
	if (!formatter) {
		formatter = make(INTL_TAG[locale()]);
		cache.set(key, formatter);
	}
	return formatter;
}

/** A number as the reader writes it: "15,000.5" in English, "15.000,5" in Spanish. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
	return cached(numberFormats, options, (tag) => new Intl.NumberFormat(tag, options)).format(value);
}

/** A calendar day in the reader's language. Days are UTC throughout, so the time zone is fixed. */
export function formatDate(day: Day, options: Intl.DateTimeFormatOptions): string {
	const all = { ...options, timeZone: 'UTC' };
	return cached(dateFormats, all, (tag) => new Intl.DateTimeFormat(tag, all)).format(new Date(day * MS_PER_DAY));
}

/** A date and time on this computer's clock (when a scenario was kept). */
export function formatMoment(ms: number): string {
	const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
	return cached(dateFormats, options, (tag) => new Intl.DateTimeFormat(tag, options)).format(new Date(ms));
}

/** A list as the reader writes it: "a, b and c" / "a, b y c". */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
	const options = { type } as const;
	return cached(listFormats, options, (tag) => new Intl.ListFormat(tag, options)).format(items);
}

/** Chooses a text by the number it counts, with the language's plural rules: one / other. */
export function plural(count: number, forms: { one: string; other: string }): string {
	return cached(pluralRules, {}, (tag) => new Intl.PluralRules(tag)).select(count) === 'one' ? forms.one : forms.other;
}
