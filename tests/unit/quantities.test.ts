import { describe, expect, it } from 'vitest';
import { formatQuantity, formatTotal, totalQuantities } from '$lib/data/quantities';
import type { Quantity } from '$lib/data/schema';

const q = (kind: Quantity['kind'], value: number, extra: Partial<Quantity> = {}): Quantity => ({ kind, value, qualifier: 'exactly', source: 0, overall: false, ...extra });

describe('totals', () => {
	it('adds figures across items', () => {
		expect(totalQuantities([[q('aircraft', 10)], [q('aircraft', 90, { qualifier: 'about' })]])).toEqual([{ kind: 'aircraft', low: 100, high: 100, approximate: true, items: 2 }]);
	});

	it('turns figures that disagree within one item into a range, counting the item once', () => {
		const amphibious = [q('personnel', 4000, { qualifier: 'about' }), q('personnel', 4500, { qualifier: 'about', source: 1 })];
		const carrier = [q('personnel', 4000, { qualifier: 'more than' })];
		const [total] = totalQuantities([amphibious, carrier]);
		expect(total).toMatchObject({ kind: 'personnel', low: 8000, high: 8500, items: 2 });
		expect(formatTotal(total)).toBe('≈ 8,000–8,500');
	});

	it('leaves out overall figures that already include other items', () => {
		expect(totalQuantities([[q('vessels', 13, { overall: true })], [q('vessels', 3)]])).toEqual([{ kind: 'vessels', low: 3, high: 3, approximate: false, items: 1 }]);
	});

	it('orders kinds the same way every time', () => {
		expect(totalQuantities([[q('killed', 61), q('aircraft', 10), q('personnel', 1)]]).map((t) => t.kind)).toEqual(['personnel', 'aircraft', 'killed']);
	});
});

describe('formatting', () => {
	it('says figures the way the sources do', () => {
		expect(formatQuantity(q('personnel', 4500, { qualifier: 'about' }))).toBe('about 4,500');
		expect(formatQuantity(q('killed', 61, { qualifier: 'at least' }))).toBe('at least 61');
		expect(formatQuantity(q('usd', 50_000_000))).toBe('$50 million');
	});
});
