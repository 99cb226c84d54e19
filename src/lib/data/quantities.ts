import { figuresText } from '../i18n/figures.ts';
import { formatNumber } from '../i18n/format.ts';
import { parseDay, type Day } from '../timeline/day.ts';
import type { Quantity } from './schema.ts';

export type QuantityKind = Quantity['kind'];

/** A sum over several items: the lowest and highest totals the sources allow. */
export interface Total {
	kind: QuantityKind;
	low: number;
	high: number;
	/** True when any figure in the sum is approximate or a bound ("about", "at least"). */
	approximate: boolean;
	/** How many items contributed. */
	items: number;
}

/** What each kind counts, as a heading: said exactly, so unlike things are never read as one. */
export function kindLabel(kind: QuantityKind): string {
	return figuresText().kinds[kind];
}

/** Kinds added up across items, in the order totals are shown. A reward is never added to another. */
const SUMMED: QuantityKind[] = ['personnel', 'aircraft', 'ships', 'strikes', 'boats-destroyed', 'killed'];

export function isSummed(kind: QuantityKind): boolean {
	return SUMMED.includes(kind);
}

/**
 * The figures that stand on `day`. A running count (figures with `asOf`) is its latest report on
 * or before the day, every source of that report kept; figures without `asOf` always stand.
 */
export function currentFigures(quantities: readonly Quantity[], day: Day): Quantity[] {
	const latest = new Map<QuantityKind, string>();
	for (const q of quantities) {
		if (q.asOf === undefined || (parseDay(q.asOf) ?? Infinity) > day) continue;
		if (q.asOf > (latest.get(q.kind) ?? '')) latest.set(q.kind, q.asOf);
	}
	return quantities.filter((q) => (q.asOf === undefined ? !quantities.some((other) => other.kind === q.kind && other.asOf !== undefined) : q.asOf === latest.get(q.kind)));
}

/**
 * Totals per kind across items, each item counted once and only like added to like: where an
 * item's sources give different figures for the same kind, the total becomes a range. Figures
 * marked `overall` already include other items and are left out, so nothing is counted twice;
 * rewards are never summed.
 */
export function totalQuantities(items: readonly (readonly Quantity[])[]): Total[] {
	const totals = new Map<QuantityKind, Total>();
	for (const quantities of items) {
		const byKind = new Map<QuantityKind, Quantity[]>();
		for (const q of quantities) if (!q.overall && isSummed(q.kind)) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q]);
		for (const [kind, figures] of byKind) {
			const values = figures.map((q) => q.value);
			const total = totals.get(kind) ?? { kind, low: 0, high: 0, approximate: false, items: 0 };
			total.low += Math.min(...values);
			total.high += Math.max(...values);
			total.approximate ||= figures.some((q) => q.qualifier !== 'exactly');
			total.items += 1;
			totals.set(kind, total);
		}
	}
	return SUMMED.flatMap((kind) => totals.get(kind) ?? []);
}

/**
 * Whether two figures of one item say the same thing: the same kind, source, subject and day, and
 * both or neither a total for the whole force. Validation keeps only the first of such figures.
 */
export function repeats(a: Quantity, b: Quantity): boolean {
	return a.kind === b.kind && a.source === b.source && a.of === b.of && a.asOf === b.asOf && a.overall === b.overall;
}

/** "about 4,500 US personnel", "12 warships": the figure and what it counts. */
export function describeFigure(q: Quantity): string {
	return figuresText().figure(formatQuantity(q), q.of ?? kindLabel(q.kind));
}

/** "about 4,500", "more than 20", "$50 million" */
export function formatQuantity(q: Pick<Quantity, 'kind' | 'value' | 'qualifier'>): string {
	const number = amount(q.kind, q.value);
	if (q.qualifier === 'exactly') return number;
	const t = figuresText();
	return t.qualified(t.qualifiers[q.qualifier], number);
}

/** "8,000–8,500", or a single figure when the sources agree. */
export function formatTotal(total: Total): string {
	const t = figuresText();
	const range = total.low === total.high ? amount(total.kind, total.low) : t.range(amount(total.kind, total.low), amount(total.kind, total.high));
	return total.approximate ? t.approximate(range) : range;
}

function amount(kind: QuantityKind, value: number): string {
	return kind === 'reward-usd' ? figuresText().dollars(value) : formatNumber(value);
}
