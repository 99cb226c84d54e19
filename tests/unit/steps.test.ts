import { describe, expect, it } from 'vitest';
import { changesBetween } from '$lib/timeline/changes';
import { nextStop, presenterStops, previousStop } from '$lib/timeline/steps';

describe('presenter stops', () => {
	const stops = presenterStops([10, 12, 12, 20], [10, 15]);

	it('merges event days and phase starts in order', () => {
		expect(stops).toEqual([10, 12, 15, 20]);
	});

	it('steps forward and back from any day', () => {
		expect(nextStop(stops, 9)).toBe(10);
		expect(nextStop(stops, 12)).toBe(15);
		expect(nextStop(stops, 13)).toBe(15);
		expect(nextStop(stops, 20)).toBeNull();
		expect(previousStop(stops, 15)).toBe(12);
		expect(previousStop(stops, 16)).toBe(15);
		expect(previousStop(stops, 10)).toBeNull();
	});
});

describe('changes over a phase', () => {
	const items = [
		{ id: 'before-and-after', start: 1, end: null },
		{ id: 'ends-inside', start: 1, end: 12 },
		{ id: 'starts-inside', start: 11, end: null },
		{ id: 'one-day-inside', start: 13, end: 13 },
		{ id: 'ends-before', start: 1, end: 9 },
		{ id: 'starts-after', start: 21, end: null }
	];

	it('names what appeared and what ended', () => {
		const { added, ended } = changesBetween(items, 10, 20);
		expect(added.map((i) => i.id)).toEqual(['starts-inside', 'one-day-inside']);
		expect(ended.map((i) => i.id)).toEqual(['ends-inside']);
	});
});
