import { describe, expect, it } from 'vitest';
import { currentFigures, formatQuantity, formatTotal, totalQuantities } from '$lib/data/quantities';
import { parseDay, type Day } from '$lib/timeline/day';
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
		expect(totalQuantities([[q('ships', 13, { overall: true })], [q('ships', 3)]])).toEqual([{ kind: 'ships', low: 3, high: 3, approximate: false, items: 1 }]);
	});

	it('adds only like to like: boats destroyed are not US ships, and rewards are never summed', () => {
		const totals = totalQuantities([[q('ships', 4)], [q('boats-destroyed', 20)], [q('reward-usd', 50_000_000)], [q('reward-usd', 25_000_000)]]);
		expect(totals).toEqual([
			{ kind: 'ships', low: 4, high: 4, approximate: false, items: 1 },
			{ kind: 'boats-destroyed', low: 20, high: 20, approximate: false, items: 1 }
		]);
	});

	it('orders kinds the same way every time', () => {
		expect(totalQuantities([[q('killed', 61), q('aircraft', 10), q('personnel', 1)]]).map((t) => t.kind)).toEqual(['personnel', 'aircraft', 'killed']);
	});
});

describe('formatting', () => {
	it('says figures the way the sources do', () => {
		expect(formatQuantity(q('personnel', 4500, { qualifier: 'about' }))).toBe('about 4,500');
		expect(formatQuantity(q('killed', 61, { qualifier: 'at least' }))).toBe('at least 61');
		expect(formatQuantity(q('reward-usd', 50_000_000))).toBe('$50 million');
	});
});

describe('running counts', () => {
	const day = (iso: string) => parseDay(iso) as Day;
	const toll = [
		q('killed', 11, { asOf: '2025-09-02' }),
		q('killed', 61, { qualifier: 'at least', asOf: '2025-10-29' }),
		q('killed', 98, { asOf: '2025-12-17', source: 1 }),
		q('killed', 99, { qualifier: 'at least', asOf: '2025-12-17', source: 2 }),
		q('strikes', 26, { asOf: '2025-12-17' })
	];

	it('stand at their latest report on or before the day, every source of it kept', () => {
		expect(currentFigures(toll, day('2025-09-01'))).toEqual([]);
		expect(currentFigures(toll, day('2025-11-03')).map((f) => f.value)).toEqual([61]);
		expect(currentFigures(toll, day('2025-12-31')).map((f) => f.value)).toEqual([98, 99, 26]);
	});

	it('leave figures without a date standing every day', () => {
		const ships = [q('ships', 4), q('killed', 11, { asOf: '2025-09-02' })];
		expect(currentFigures(ships, day('2025-08-01')).map((f) => f.kind)).toEqual(['ships']);
	});
});
