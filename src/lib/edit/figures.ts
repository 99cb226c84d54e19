/**
 * The item form's figures and disagreements, written row by row: a row is kept aside as a draft
 * until it is whole, so nothing half-written is saved and no value is made up to fill a gap.
 */
import { repeats } from '$lib/data/quantities';
import { quantity, quantityKind, type FeatureProperties, type Quantity } from '$lib/data/schema';
import { editsText } from '$lib/i18n/edits';

export type Disagreement = FeatureProperties['disagreements'][number];
export type Claim = Disagreement['claims'][number];

/** A figure as far as it has been written. */
export type FigureRow = Partial<Quantity>;

/** A disagreement as far as it has been written. */
export interface DisagreementRow {
	topic?: string;
	claims: Partial<Claim>[];
	note?: string;
}

/** A row not saved yet, at `index` in its list (the list's length for a new one). */
export interface Draft<Row> {
	index: number;
	row: Row;
	/** Why the form did not save it, when the form itself refused it. */
	problem?: string;
}

export const KINDS = quantityKind.options;

/** How exact a figure is: "about", "at least"… */
export const QUALIFIERS = quantity.shape.qualifier.unwrap().options;

/** The list with the row at `index` replaced, or added after the others when `index` is the list's length. */
export function listWith<T>(list: readonly T[], index: number, row: T): T[] {
	return index < list.length ? list.map((old, i) => (i === index ? row : old)) : [...list, row];
}

/**
 * The figure, once it says what it counts, how many and which source gives it; null until then.
 * Left unset, it is "exactly" and counted in totals, as the form shows it.
 */
export function finishedFigure({ kind, value, source, qualifier, of, overall, asOf }: FigureRow): Quantity | null {
	if (kind === undefined || value === undefined || source === undefined) return null;
	return { kind, value, qualifier: qualifier ?? 'exactly', source, overall: overall ?? false, ...(of ? { of } : {}), ...(asOf ? { asOf } : {}) };
}

/** The disagreement, once it has a topic and each claim its words and source; null until then. */
export function finishedDisagreement({ topic, claims, note }: DisagreementRow): Disagreement | null {
	const finished = claims.flatMap(({ claim, source }) => (claim && source !== undefined ? [{ claim, source }] : []));
	if (!topic || !claims.length || finished.length < claims.length) return null;
	return { topic, claims: finished, ...(note ? { note } : {}) };
}

/**
 * Why `quantities[index]` cannot be saved as it is, when it repeats another figure of the item:
 * loading would leave one of them out, and the figure would vanish from the form.
 */
export function repeatProblem(quantities: readonly Quantity[], index: number): string | null {
	const other = quantities.findIndex((q, i) => i !== index && repeats(q, quantities[index]));
	return other < 0 ? null : editsText().repeatedFigure(other + 1);
}
