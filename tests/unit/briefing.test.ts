import { describe, expect, it } from 'vitest';
import { Briefing } from '$lib/app/briefing.svelte';
import type { Scenario } from '$lib/data/scenario';
import { readViewState } from '$lib/url/view-state';
import { pointFeature } from './scenario-feature';

describe('the briefing’s chronology', () => {
	it('orders items by first day; on a shared day, what is known to the month, then the week, then the day; then as listed', () => {
		const spans = [
			[12, 'day'],
			[10, 'day'],
			[12, 'month'],
			[11, 'week'],
			[12, 'week'],
			[10, 'day'],
			[12, 'day'],
			[10, 'month']
		] as const;
		const features = spans.map(([start, datePrecision], fid) => pointFeature(fid, { datePrecision }, { start, end: null }));
		const scenario = { title: 't', start: 10, end: 20, initialDay: 10, region: [-70, 10, -60, 20], categories: [], features, phases: [], problems: [] } as unknown as Scenario;
		const { state } = readViewState(new URLSearchParams(), { start: 10, end: 20, initialDay: 10, hasItem: () => false, categories: new Set(), phases: [] });
		const briefing = new Briefing(scenario, state);
		expect(briefing.chronology.map((f) => f.fid)).toEqual([7, 1, 5, 3, 2, 4, 0, 6]);
		expect(briefing.eventDays).toEqual([10, 11, 12]);
	});
});
