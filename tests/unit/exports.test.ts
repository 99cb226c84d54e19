import { describe, expect, it } from 'vitest';
import { legendOf, metresPerPixel, outletsOf, scaleBar } from '$lib/export/overlay';
import { FRAME_RATE, framesPerDay } from '$lib/export/video';
import { handoutPages, wrap } from '$lib/export/handout';
import { phaseLink } from '$lib/export/exports';
import type { ScenarioFeature } from '$lib/data/scenario';
import type { ValidPhase } from '$lib/data/validate';
import { parseDay, type Day } from '$lib/timeline/day';
import type { ViewState } from '$lib/url/view-state';
import { pointFeature } from './scenario-feature';

const day = (text: string) => parseDay(text) as Day;

function item(fid: number, start: string, more: Partial<ScenarioFeature['properties']> = {}, end: string | null = null): ScenarioFeature {
	const sources = [{ publication: 'Later Times', published: '2025-12-01', quote: 'Later quote', url: 'https://later.example/' }];
	return pointFeature(fid, { start, sources, ...more }, { start: day(start), end: end === null ? null : day(end) });
}

const categories = [
	{ id: 'air', label: 'Air', color: '#00aa00' },
	{ id: 'naval', label: 'Naval', color: '#0000aa' }
];

describe('what an exported frame says', () => {
	it('picks the longest round distance that fits the scale bar', () => {
		expect(scaleBar(1000, 120)).toEqual({ px: 100, label: '100 km' });
		expect(scaleBar(2600, 120)).toEqual({ px: 200_000 / 2600, label: '200 km' });
		expect(scaleBar(4, 120).label).toBe('200 m');
		// At the equator, zoom 0: the whole world's 40,075 km across 512 pixels.
		expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0);
		expect(metresPerPixel(60, 1)).toBeCloseTo(78_271.5 / 4, 0);
	});

	it('lists the categories, unit symbols and kinds of position that are visible, and nothing else', () => {
		const ship = item(1, '2025-09-01', { category: 'naval', precision: 'approximate', radiusKm: 100, positionNote: 'p', unit: { type: 'destroyer', affiliation: 'friend' } });
		const legend = legendOf(categories, [item(0, '2025-09-01'), ship, item(2, '2025-09-01')]);
		expect(legend.categories).toEqual([
			{ label: 'Air', color: '#00aa00', count: 2 },
			{ label: 'Naval', color: '#0000aa', count: 1 }
		]);
		expect(legend.units).toEqual([{ unit: { type: 'destroyer', affiliation: 'friend' }, color: '#0000aa', label: expect.stringMatching(/destroyer/i) }]);
		expect(legend.positions).toEqual(['exact', 'approximate']);
		expect(legendOf(categories, [])).toEqual({ categories: [], units: [], positions: [] });
	});

	it('names the outlets of the visible items, leaving out later ones when the future is hidden', () => {
		const early = item(0, '2025-09-01', { sources: [{ publication: 'Early Post', published: '2025-09-02', quote: 'q' }, { publication: 'Later Times', published: '2025-12-01', quote: 'q' }] });
		expect(outletsOf([early, item(1, '2025-09-01')], day('2025-10-01'), false)).toEqual(['Early Post', 'Later Times']);
		expect(outletsOf([early], day('2025-10-01'), true)).toEqual(['Early Post']);
	});
});

describe('video timing', () => {
	it('gives each day 1/pace seconds, keeping time when the pace does not divide the frame rate', () => {
		const plan = (days: number, pace: number, holds: Day[] = []) => ({ days: Array.from({ length: days }, (_, i) => i), pace, holds: new Set(holds), holdSeconds: 2 });
		expect(framesPerDay(plan(6, 2))).toEqual([15, 15, 15, 15, 15, 15]);
		const uneven = framesPerDay(plan(8, 4));
		expect(uneven.reduce((a, b) => a + b)).toBe(2 * FRAME_RATE);
		expect(new Set(uneven)).toEqual(new Set([7, 8]));
		expect(framesPerDay(plan(3, 1, [1]))).toEqual([30, 90, 30]);
	});
});

describe('the handout', () => {
	const phases: ValidPhase[] = [
		{ id: 'one', name: 'One', start: '2025-09-01', end: '2025-09-30', startDay: day('2025-09-01'), endDay: day('2025-09-30'), summary: 's', sources: [] },
		{ id: 'two', name: 'Two', start: '2025-10-01', end: '2025-10-31', startDay: day('2025-10-01'), endDay: day('2025-10-31'), summary: 's', sources: [] }
	];
	const features = [
		item(0, '2025-09-05', { sources: [{ publication: 'Early Post', published: '2025-09-06', quote: 'Early quote' }, { publication: 'Later Times', published: '2025-12-01', quote: 'Later' }] }, '2025-10-10'),
		item(1, '2025-10-20'),
		item(2, '2025-09-10', { category: 'naval' })
	];
	const options = { today: day('2025-10-15'), hideFuture: false, isShown: (f: ScenarioFeature) => f.properties.category !== 'naval', linkTo: (p: ValidPhase) => `?phase=${p.id}` };

	it('has a page per phase with what appeared and ended in it, each with one quote', () => {
		const pages = handoutPages(phases, features, options);
		expect(pages.map((p) => [p.phase.id, p.number, p.appeared.map((i) => i.name), p.ended.map((i) => i.name), p.link])).toEqual([
			['one', 1, ['Item 0'], [], '?phase=one'],
			['two', 2, ['Item 1'], ['Item 0'], '?phase=two']
		]);
		expect(pages[0].appeared[0]).toMatchObject({ when: '5 September 2025 to 10 October 2025', position: 'known position', source: { publication: 'Early Post' } });
	});

	it('stops at the day shown when the future is hidden, quoting only what was published by then', () => {
		const early = handoutPages(phases, features, { ...options, today: day('2025-09-20'), hideFuture: true });
		expect(early.map((p) => [p.phase.id, p.day])).toEqual([['one', day('2025-09-20')]]);
		const later = handoutPages(phases, features, { ...options, hideFuture: true });
		expect(later[1]).toMatchObject({ day: day('2025-10-15'), appeared: [] });
		expect(later[1].ended[0].source?.publication).toBe('Early Post');
	});

	it('links a phase with the view’s layers, symbols and classroom switch, and no date', () => {
		const view: ViewState = { day: day('2025-10-15'), item: 'f1', view: { center: [0, 0], zoom: 3 }, hidden: ['naval'], presenting: true, hideFuture: true, symbols: 'plain', reach: true, allAreas: false, phase: 'two', scenario: null, editing: true };
		expect(phaseLink('https://maps.example/brief/', view, phases[0])).toBe('https://maps.example/brief/?phase=one&hide=naval&hidefuture=1&symbols=plain');
	});

	it('wraps text at spaces, breaks a long address where it must, and marks a cut', () => {
		const font = { widthOfTextAtSize: (text: string, size: number) => text.length * size };
		expect(wrap('one two three', font, 1, 8)).toEqual(['one two', 'three']);
		expect(wrap('https://example.org/very/long', font, 1, 10)).toEqual(['https://ex', 'ample.org/', 'very/long']);
		expect(wrap('a b c d e f', font, 1, 3, 2)).toEqual(['a b', 'c…']);
	});
});
