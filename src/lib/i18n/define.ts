import { locale, type Locale } from './locale.ts';

/** One area's texts: English, and Spanish with exactly the same names and arguments (TypeScript checks it). */
export interface Catalogue<T extends object> {
	readonly area: string;
	readonly texts: Record<Locale, T>;
}

/** Every catalogue made, so a test can check that each text exists in every language. */
export const catalogues: Catalogue<object>[] = [];

/**
 * Declares an area's texts and returns the function that gives them in the current language.
 * Components call it once (the language never changes under a page); modules call it where they write.
 */
export function localized<T extends object>(area: string, en: T, es: NoInfer<T>): () => T {
	const catalogue: Catalogue<T> = { area, texts: { en, es } };
	catalogues.push(catalogue);
	return () => catalogue.texts[locale()];
}
