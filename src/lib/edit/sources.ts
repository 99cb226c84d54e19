import { describeFigure } from '$lib/data/quantities';
import type { FeatureProperties } from '$lib/data/schema';
import { editsText } from '$lib/i18n/edits';
import { formatList } from '$lib/i18n/format';
import { humanDate, parseDay, type Day } from '$lib/timeline/day';

/** The parts of an item that cite its sources, by position in `sources`. */
export type Citing = Pick<FeatureProperties, 'sources' | 'quantities' | 'disagreements' | 'track'>;

/**
 * The item's sources without the one at `index`, with the figures, claims and track positions
 * that cite later sources renumbered; or, while anything cites that source, what does, so it is
 * pointed elsewhere first and no figure is left citing the wrong source or none.
 */
export function withoutSource(item: Citing, index: number): { patch: Partial<Citing> } | { citedBy: string } {
	const citing = citations(item, index);
	if (citing.length) {
		return { citedBy: editsText().citedBy(formatList(citing), citing.length) };
	}
	const renumbered = <T extends { source?: number }>(citer: T): T => (citer.source !== undefined && citer.source > index ? { ...citer, source: citer.source - 1 } : citer);
	return {
		patch: {
			sources: item.sources.filter((_, i) => i !== index),
			quantities: item.quantities.map(renumbered),
			disagreements: item.disagreements.map((d) => ({ ...d, claims: d.claims.map(renumbered) })),
			...(item.track ? { track: item.track.map(renumbered) } : {})
		}
	};
}

/** What cites source `index`, in words: "figure 2 (about 4,000 US personnel)", "claim 1 in “Which ships…”". */
function citations(item: Citing, index: number): string[] {
	const t = editsText();
	const positions = (item.track ?? []).filter((w) => w.source === index);
	return [
		...item.quantities.flatMap((q, i) => (q.source === index ? [t.citingFigure(i + 1, describeFigure(q))] : [])),
		...item.disagreements.flatMap((d) => d.claims.flatMap((c, j) => (c.source === index ? [t.citingClaim(j + 1, d.topic)] : []))),
		...(positions.length === 1 ? [t.citingPosition(humanDate(parseDay(positions[0].date) as Day))] : positions.length ? [t.citingPositions(positions.length)] : [])
	];
}
