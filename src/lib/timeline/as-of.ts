import type { FeatureProperties, Quantity, Source } from '../data/schema.ts';
import { parseDay, type Day } from './day.ts';

/** Whether a source was out by `day`; one that gives no date is kept, as nothing says it came later. */
export function publishedBy(source: Pick<Source, 'published'>, day: Day): boolean {
	return source.published === undefined || (parseDay(source.published) ?? Infinity) <= day;
}

/** What of an item a class may see on `day` with the future hidden: only what had been reported by then. */
export interface KnownBy {
	/** The sources out by the day, each with its number in the whole list (so references still match). */
	sources: { source: Source; index: number }[];
	/** How many of its sources came later. */
	hiddenSources: number;
	/**
	 * Whether every source was out by the day. The description and notes are written from all of
	 * them, with hindsight, so they show only then.
	 */
	complete: boolean;
	/** Figures reported by the day, from sources out by the day. */
	quantities: Quantity[];
	/** Disagreements of which at least two sides had been published. */
	disagreements: FeatureProperties['disagreements'];
	/** Reported positions up to the day. */
	track: NonNullable<FeatureProperties['track']>;
	/** When it ended, if that was by the day. */
	end: Day | null;
}

/** An item as it was known on `day`, its end as `end` (from the scenario's days). */
export function knownBy(properties: FeatureProperties, end: Day | null, day: Day): KnownBy {
	const out = properties.sources.map((source) => publishedBy(source, day));
	const sources = properties.sources.map((source, index) => ({ source, index })).filter(({ index }) => out[index]);
	const asOf = (q: Quantity) => q.asOf === undefined || (parseDay(q.asOf) ?? Infinity) <= day;
	return {
		sources,
		hiddenSources: properties.sources.length - sources.length,
		complete: sources.length === properties.sources.length,
		quantities: properties.quantities.filter((q) => out[q.source] && asOf(q)),
		disagreements: properties.disagreements
			.map((d) => ({ ...d, claims: d.claims.filter((claim) => out[claim.source]) }))
			.filter((d) => d.claims.length >= 2),
		track: (properties.track ?? []).filter((w) => (parseDay(w.date) ?? Infinity) <= day),
		end: end !== null && end <= day ? end : null
	};
}
