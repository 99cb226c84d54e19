import type { Locale } from '../i18n/locale.ts';
import type { FeatureProperties, Source } from './schema.ts';
import type { Scenario, ScenarioFeature } from './scenario.ts';
import type { ValidPhase } from './validate.ts';

/** The item texts a scenario may give in Spanish beside its own (see `spanish` in schema.ts). */
const ITEM_TEXTS = ['name', 'description', 'dateNote', 'positionNote', 'place', 'from', 'designation'] as const;

/**
 * The scenario as a reader of `locale` sees it: every text that has a translation shows it, and a
 * quote keeps its own words with our translation beside it. Where a scenario that says it is
 * translated (`translatedInto`) lacks a text, its own is shown and the item or phase lists the field
 * in `untranslated`, so the page can say so instead of passing English off as Spanish. The scenario's
 * own language is the page's in every other case: a user's file is shown as written.
 */
export function localizeScenario(scenario: Scenario, locale: Locale): Scenario {
	if (locale === 'en') return scenario;
	const promised = scenario.translatedInto.includes(locale);
	return {
		...scenario,
		title: scenario.es?.title ?? scenario.title,
		categories: scenario.categories.map((category) => (category.es?.label ? { ...category, label: category.es.label } : category)),
		measureFrom: scenario.measureFrom && { ...scenario.measureFrom, name: scenario.measureFrom.es?.name ?? scenario.measureFrom.name },
		features: scenario.features.map((feature) => localizeFeature(feature, promised)),
		phases: scenario.phases.map((phase) => localizePhase(phase, promised))
	};
}

/** Collects the fields shown untranslated while one item or phase is put into Spanish. */
class Gaps {
	readonly fields: string[] = [];
	constructor(readonly promised: boolean) {}

	/** The Spanish of `own` if there is one; else `own`, noted under `field` when a translation was promised. */
	text<T extends string | undefined>(own: T, spanish: string | undefined, field: string): T | string {
		if (spanish !== undefined) return spanish;
		if (own !== undefined && this.promised && !this.fields.includes(field)) this.fields.push(field);
		return own;
	}

	/** A quote keeps its words; our Spanish translation goes beside it, or nothing when the quote is Spanish. */
	source(source: Source, field: string): Source {
		if (source.lang === 'es') return source.translation === undefined ? source : { ...source, translation: undefined };
		if (source.es?.translation !== undefined) return { ...source, translation: source.es.translation };
		if (source.quote !== undefined && this.promised && !this.fields.includes(field)) this.fields.push(field);
		return source;
	}
}

function localizeFeature(feature: ScenarioFeature, promised: boolean): ScenarioFeature {
	const p = feature.properties;
	if (!promised && !hasSpanish(p)) return feature;
	const gaps = new Gaps(promised);
	const properties: FeatureProperties = { ...p };
	for (const field of ITEM_TEXTS) (properties as Record<string, unknown>)[field] = gaps.text(p[field], p.es?.[field], field);
	properties.sources = p.sources.map((source) => gaps.source(source, 'sources'));
	properties.quantities = p.quantities.map((q) => (q.of === undefined ? q : { ...q, of: gaps.text(q.of, q.es?.of, 'quantities') }));
	properties.disagreements = p.disagreements.map((d) => ({
		...d,
		topic: gaps.text(d.topic, d.es?.topic, 'disagreements'),
		note: gaps.text(d.note, d.es?.note, 'disagreements'),
		claims: d.claims.map((c) => ({ ...c, claim: gaps.text(c.claim, c.es?.claim, 'disagreements') }))
	}));
	if (p.track) properties.track = p.track.map((w) => ({ ...w, place: gaps.text(w.place, w.es?.place, 'track') }));
	if (p.reach) {
		const reach = p.reach;
		properties.reach = {
			...reach,
			label: gaps.text(reach.label, reach.es?.label, 'reach'),
			basis: gaps.text(reach.basis, reach.es?.basis, 'reach'),
			sources: reach.sources.map((source) => gaps.source(source, 'reach'))
		};
	}
	return { ...feature, properties, ...(gaps.fields.length && { untranslated: gaps.fields }) };
}

function localizePhase(phase: ValidPhase, promised: boolean): ValidPhase {
	const gaps = new Gaps(promised);
	const localized: ValidPhase = {
		...phase,
		name: gaps.text(phase.name, phase.es?.name, 'name'),
		summary: gaps.text(phase.summary, phase.es?.summary, 'summary'),
		notes: gaps.text(phase.notes, phase.es?.notes, 'notes'),
		sources: phase.sources.map((source) => gaps.source(source, 'sources'))
	};
	return gaps.fields.length ? { ...localized, untranslated: gaps.fields } : localized;
}

/** Whether an item of a scenario that promises no translation gives any Spanish at all (most give none). */
function hasSpanish(p: FeatureProperties): boolean {
	return p.es !== undefined || p.sources.some((s) => s.es !== undefined || s.lang === 'es');
}

/** The language a quote is read in: its own when the source names one, else the scenario's (English), said on a page in another language. */
export function quoteLanguage(source: Source, page: Locale): string | undefined {
	return source.lang ?? (page === 'en' ? undefined : 'en');
}

/** The language of a field of an item or phase: the scenario's own (English) where its translation is missing, else the page's. */
export function fieldLanguage(untranslated: readonly string[] | undefined, field: string): 'en' | undefined {
	return untranslated?.includes(field) ? 'en' : undefined;
}
