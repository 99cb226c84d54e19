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

export const KIND_LABELS: Record<QuantityKind, string> = {
	aircraft: 'aircraft',
	personnel: 'personnel',
	vessels: 'vessels',
	killed: 'killed',
	usd: 'US dollars'
};

const ORDER: QuantityKind[] = ['personnel', 'aircraft', 'vessels', 'killed', 'usd'];

/**
 * Totals per kind across items, each item counted once: where its sources give different figures
 * for the same kind, the total becomes a range. Figures marked `overall` already include other items
 * and are left out, so nothing is counted twice.
 */
export function totalQuantities(items: readonly (readonly Quantity[])[]): Total[] {
	const totals = new Map<QuantityKind, Total>();
	for (const quantities of items) {
		const byKind = new Map<QuantityKind, Quantity[]>();
		for (const q of quantities) if (!q.overall) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q]);
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
	return ORDER.flatMap((kind) => totals.get(kind) ?? []);
}

/** "about 4,500", "more than 20", "$50 million" */
export function formatQuantity(q: Pick<Quantity, 'kind' | 'value' | 'qualifier'>): string {
	const number = formatNumber(q.kind, q.value);
	return q.qualifier === 'exactly' ? number : `${q.qualifier} ${number}`;
}

/** "8,000–8,500", or a single figure when the sources agree. */
export function formatTotal(total: Total): string {
	const range = total.low === total.high ? formatNumber(total.kind, total.low) : `${formatNumber(total.kind, total.low)}–${formatNumber(total.kind, total.high)}`;
	return total.approximate ? `≈ ${range}` : range;
}

function formatNumber(kind: QuantityKind, value: number): string {
	if (kind === 'usd') return value >= 1e6 ? `$${(value / 1e6).toLocaleString('en-US')} million` : `$${value.toLocaleString('en-US')}`;
	return value.toLocaleString('en-US');
}
