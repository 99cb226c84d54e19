import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { catalogues } from '$lib/i18n/define';
import { addressIn, chooseLocale, linkedLocale, LOCALES, useLocale } from '$lib/i18n/locale';
import { formatNumber, plural } from '$lib/i18n/format';
import { localizeScenario } from '$lib/data/localize';
import { loadScenario, type Scenario } from '$lib/data/scenario';

// Every catalogue of the app, so each is checked (a catalogue is registered when its module loads).
import.meta.glob('../../src/lib/i18n/*.ts', { eager: true });

afterEach(() => useLocale('en'));

/** Every text of a catalogue language, by its path: "area.key", "area.kinds.ships". */
function texts(value: unknown, path: string, out = new Map<string, unknown>()): Map<string, unknown> {
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
		for (const [key, inner] of Object.entries(value)) texts(inner, `${path}.${key}`, out);
	} else out.set(path, value);
	return out;
}

describe('the text catalogues', () => {
	it('are all loaded', () => {
		expect(catalogues.length).toBeGreaterThan(5);
	});

	it('give every text in every language, of the same kind', () => {
		for (const { area, texts: languages } of catalogues) {
			const english = texts(languages.en, area);
			for (const locale of LOCALES) {
				const other = texts(languages[locale], area);
				expect([...other.keys()], `${area} in ${locale}`).toEqual([...english.keys()]);
				for (const [path, text] of english) {
					const translated = other.get(path);
					expect(typeof translated, `${path} in ${locale}`).toBe(typeof text);
					if (typeof text === 'string') expect((translated as string).trim(), `${path} in ${locale}`).not.toBe('');
					if (typeof text === 'function') expect((translated as () => string).length, `${path}'s arguments in ${locale}`).toBe(text.length);
				}
			}
		}
	});

	it('translate every sentence: no Spanish text is a copy of the English one', () => {
		const copies = catalogues.flatMap(({ area, texts: { en, es } }) => {
			const spanish = texts(es, area);
			return [...texts(en, area)].filter(([path, text]) => typeof text === 'string' && text.includes(' ') && text.length > 12 && spanish.get(path) === text).map(([path]) => path);
		});
		expect(copies).toEqual([]);
	});
});

describe('choosing the language', () => {
	it('takes the address first, then the browser, then English', () => {
		expect(chooseLocale('es', ['en-US'])).toEqual({ locale: 'es', named: true });
		expect(chooseLocale('ES-ve', [])).toEqual({ locale: 'es', named: true });
		expect(chooseLocale(null, ['de-DE', 'es-VE', 'en'])).toEqual({ locale: 'es', named: false });
		expect(chooseLocale('fr', ['en-GB'])).toEqual({ locale: 'en', named: false });
		expect(chooseLocale(null, [])).toEqual({ locale: 'en', named: false });
	});

	it('keeps a language the address named in the links the page makes, and only then', () => {
		useLocale('es', true);
		expect(linkedLocale()).toBe('es');
		useLocale('es', false);
		expect(linkedLocale()).toBeNull();
	});

	it('switches language on the same view', () => {
		const url = addressIn(new URL('https://example.org/map/?date=2025-11-04&item=x&lang=en'), 'es');
		expect(url.searchParams.get('lang')).toBe('es');
		expect(url.searchParams.get('date')).toBe('2025-11-04');
		expect(url.searchParams.getAll('lang')).toHaveLength(1);
	});

	it('formats numbers and plurals as the reader writes them', () => {
		expect(formatNumber(15000.5)).toBe('15,000.5');
		expect(plural(1, { one: 'item', other: 'items' })).toBe('item');
		useLocale('es');
		expect(formatNumber(15000.5)).toBe('15.000,5');
		expect(plural(2, { one: 'elemento', other: 'elementos' })).toBe('elementos');
	});
});

const geodata = new URL('../../geodata/', import.meta.url);
const builtIn = async () => (await loadScenario((path) => readFile(new URL(path, geodata), 'utf8'))) as Scenario;

describe('the built-in scenario in Spanish', () => {
	it('has every text translated, with quotes kept in their own words', async () => {
		const english = await builtIn();
		const spanish = localizeScenario(english, 'es');
		expect(spanish.title).toBe('Despliegue militar de EE. UU. cerca de Venezuela, 2025');
		expect(spanish.features.filter((f) => f.untranslated).map((f) => `${f.properties.id}: ${f.untranslated}`)).toEqual([]);
		expect(spanish.phases.filter((p) => p.untranslated).map((p) => `${p.id}: ${p.untranslated}`)).toEqual([]);
		expect(spanish.categories.map((c) => c.label)).toContain('Fuerzas navales');
		english.features.forEach((feature, i) => {
			const translated = spanish.features[i].properties;
			expect(translated.name, feature.properties.id).not.toBe(feature.properties.name);
			feature.properties.sources.forEach((source, j) => {
				expect(translated.sources[j].quote).toBe(source.quote);
				// A quote in Spanish needs no translation; any other has ours beside it.
				if (source.lang === 'es') expect(translated.sources[j].translation).toBeUndefined();
				else expect(translated.sources[j].translation).toBe(source.es?.translation);
			});
		});
	});

	it('is left as it is in English', async () => {
		const english = await builtIn();
		expect(localizeScenario(english, 'en')).toBe(english);
	});
});

describe('a missing translation', () => {
	it('shows the scenario’s own text and says which fields, when the scenario promised Spanish', async () => {
		const english = await builtIn();
		const feature = english.features[0];
		const { es: _spanish, ...withoutSpanish } = feature.properties;
		const source = { ...feature.properties.sources[0], es: undefined, lang: undefined };
		const broken = { ...english, features: [{ ...feature, properties: { ...withoutSpanish, sources: [source] } }] };
		const [shown] = localizeScenario(broken, 'es').features;
		expect(shown.properties.name).toBe(feature.properties.name);
		expect(shown.untranslated).toEqual(expect.arrayContaining(['name', 'description', 'sources']));
		expect(localizeScenario({ ...broken, translatedInto: [] }, 'es').features[0].untranslated).toBeUndefined();
	});
});
