import { describe, expect, it } from 'vitest';
import { TimeIndex, sortedIds, type Span } from '$lib/timeline/time-index';

/** What a brute-force scan says is visible on `day`. */
function visibleByScan(spans: Span[], day: number): number[] {
	return spans.flatMap((s, id) => (s.start <= day && (s.end === null || day <= s.end) ? [id] : []));
}

/** A small deterministic pseudo-random generator, so failures reproduce. */
function random(seed: number) {
	return () => {
		seed = (seed * 1664525 + 1013904223) % 2 ** 32;
		return seed / 2 ** 32;
	};
}

const spans: Span[] = [
	{ start: 10, end: 10 }, // one day only
	{ start: 10, end: 20 },
	{ start: 12, end: null }, // stays to the end
	{ start: 15, end: 16 },
	{ start: 21, end: 30 }
];

describe('TimeIndex', () => {
	it('knows what is visible on each day, ends inclusive', () => {
		const index = new TimeIndex(spans);
		expect(index.visibleOn(9)).toEqual([]);
		expect(index.visibleOn(10)).toEqual([0, 1]);
		expect(index.visibleOn(11)).toEqual([1]);
		expect(index.visibleOn(16)).toEqual([1, 2, 3]);
		expect(index.visibleOn(20)).toEqual([1, 2]);
		expect(index.visibleOn(21)).toEqual([2, 4]);
		expect(index.visibleOn(1000)).toEqual([2]);
		expect(index.isVisible(0, 10)).toBe(true);
		expect(index.isVisible(0, 11)).toBe(false);
	});

	it('a one-day step returns only what changes that day', () => {
		const index = new TimeIndex(spans);
		expect(index.diff(9, 10)).toEqual({ shown: [0, 1], hidden: [] });
		expect(index.diff(10, 11)).toEqual({ shown: [], hidden: [0] });
		expect(index.diff(16, 17)).toEqual({ shown: [], hidden: [3] });
		expect(index.diff(17, 16)).toEqual({ shown: [3], hidden: [] });
		expect(index.diff(13, 14)).toEqual({ shown: [], hidden: [] });
	});

	it('a jump skips features that came and went in between', () => {
		const index = new TimeIndex(spans);
		const diff = index.diff(11, 25);
		expect(diff.shown.sort()).toEqual([2, 4]);
		expect(diff.hidden.sort()).toEqual([1]);
		// feature 3 (days 15-16) lies wholly inside the jump: untouched
		expect([...diff.shown, ...diff.hidden]).not.toContain(3);
	});

	it('from -Infinity gives the first draw', () => {
		const index = new TimeIndex(spans);
		expect(index.diff(-Infinity, 16).shown.sort()).toEqual([1, 2, 3]);
	});

	it('any sequence of diffs keeps the map equal to a full scan', () => {
		const next = random(42);
		const many: Span[] = Array.from({ length: 2000 }, () => {
			const start = Math.floor(next() * 150);
			return { start, end: next() < 0.2 ? null : start + Math.floor(next() * 40) };
		});
		const index = new TimeIndex(many);
		const shown = new Set<number>();
		let day = -Infinity;
		for (let move = 0; move < 300; move++) {
			const to = move % 5 === 0 ? Math.floor(next() * 200) - 20 : Math.max(-20, (day === -Infinity ? 0 : day) + (next() < 0.5 ? -1 : 1));
			const { shown: add, hidden: remove } = index.diff(day, to);
			for (const id of remove) expect(shown.delete(id), `hide ${id} on ${to}`).toBe(true);
			for (const id of add) {
				expect(shown.has(id), `show ${id} twice on ${to}`).toBe(false);
				shown.add(id);
			}
			day = to;
			expect([...shown].sort((a, b) => a - b)).toEqual(visibleByScan(many, day));
		}
	});

	it('lists the days on which something appears, once each', () => {
		expect(new TimeIndex(spans).startDays()).toEqual([10, 12, 15, 21]);
	});
});

describe('the order of ids by day', () => {
	const compared = (keys: number[]) => [...keys.keys()].sort((a, b) => keys[a] - keys[b]);
	const counted = (keys: number[]) => [...sortedIds(Float64Array.from(keys))];

	it('is the order a stable comparison gives: by day, ties by id, never-ending last', () => {
		const cases = [[], [5], [Infinity], [Infinity, Infinity], [3, 1, 2], [20300, 20290, 20300, Infinity, 20290, 20299, Infinity, 20300], [-4, 7, -4, 0, Infinity, 7]];
		let seed = 7;
		const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
		cases.push(Array.from({ length: 5000 }, () => (next() < 0.1 ? Infinity : 20000 + Math.floor(next() * 400))));
		for (const keys of cases) expect(counted(keys), JSON.stringify(keys.slice(0, 8))).toEqual(compared(keys));
	});

	it('compares keys that are not whole days or span more than it counts', () => {
		expect(counted([1.5, 0.5, 1])).toEqual([1, 2, 0]);
		expect(counted([2_000_000, 0, 1_000_001, Infinity, 0])).toEqual([1, 4, 2, 0, 3]);
	});
});
