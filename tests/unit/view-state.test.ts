import { describe, expect, it } from 'vitest';
import { parseDay } from '$lib/timeline/day';
import { readViewState, writeViewState, type ViewContext, type ViewState } from '$lib/url/view-state';
import { useLocale } from '$lib/i18n/locale';

const context: ViewContext = {
	start: parseDay('2025-07-21')!,
	end: parseDay('2025-12-31')!,
	initialDay: parseDay('2025-11-04')!,
	hasItem: (id) => ['f35b-ceiba', 'ford-csg-caribbean'].includes(id),
	categories: new Set(['naval', 'air', 'oil']),
	phases: [
		{ id: 'first-ships', startDay: parseDay('2025-07-21')!, endDay: parseDay('2025-08-31')! },
		{ id: 'air-power', startDay: parseDay('2025-09-01')!, endDay: parseDay('2025-10-20')! }
	]
};
const read = (query: string) => readViewState(new URLSearchParams(query), context);

const full: ViewState = {
	day: parseDay('2025-09-15')!,
	item: 'f35b-ceiba',
	view: { center: [-66.25, 17.5], zoom: 6.5 },
	hidden: ['oil', 'naval'],
	presenting: true,
	hideFuture: true,
	symbols: 'plain',
	reach: false,
	allAreas: true,
	phase: 'air-power',
	scenario: 'kept:my-exercise',
	editing: true
};

describe('view state in the address', () => {
	it('round-trips everything a link must reproduce', () => {
		const query = writeViewState(full);
		expect(query).toBe('?scenario=kept:my-exercise&date=2025-09-15&phase=air-power&item=f35b-ceiba&view=-66.250,17.500,6.50&hide=naval,oil&present=1&hidefuture=1&symbols=plain&rings=0&areas=1&edit=1');
		expect(read(query)).toEqual({ state: { ...full, hidden: ['naval', 'oil'] }, notices: [] });
	});

	it('writes only what differs from a plain view', () => {
		const plain: ViewState = { day: parseDay('2025-11-04')!, item: null, view: null, hidden: [], presenting: false, hideFuture: false, symbols: 'military', reach: true, allAreas: false, phase: null, scenario: null, editing: false };
		expect(writeViewState(plain)).toBe('?date=2025-11-04');
	});

	it('keeps the language in links when the address named it, and says when it names one the map does not speak', () => {
		useLocale('es', true);
		expect(writeViewState(full)).toMatch(/&lang=es$/);
		useLocale('es', false);
		expect(writeViewState(full)).not.toContain('lang=');
		useLocale('en');
		expect(read('?date=2025-09-15&lang=es').notices).toEqual([]);
		expect(read('?date=2025-09-15&lang=fr').notices).toEqual(['Ignored lang=fr: this map speaks en and es.']);
	});

	it('opens a phase at its first day, framed, when no date is given', () => {
		expect(read('phase=air-power')).toMatchObject({ state: { day: parseDay('2025-09-01'), phase: 'air-power' }, opensPhase: true });
		expect(read('phase=air-power&date=2025-09-15').opensPhase).toBeUndefined();
	});

	it('prefers the date when date and phase disagree, and says so', () => {
		const { state, notices } = read('phase=air-power&date=2025-08-01');
		expect(state.day).toBe(parseDay('2025-08-01'));
		expect(notices).toEqual(['The address names phase air-power and a date outside it; showing the date.']);
	});

	it('ignores what it does not know, naming each thing', () => {
		const { state, notices } = read('date=2025-09-15&zoom=4&item=nope&phase=last&view=here&hide=air,ships&present=maybe&symbols=fancy');
		expect(state).toEqual({ day: parseDay('2025-09-15'), item: null, view: null, hidden: ['air'], presenting: false, hideFuture: false, symbols: 'military', reach: true, allAreas: false, phase: null, scenario: null, editing: false });
		expect(notices).toEqual([
			'Ignored "zoom" in the address: this map does not know that setting.',
			'Ignored phase=last: there is no such phase (first-ships, air-power).',
			'Ignored item=nope: no item has that id.',
			'Ignored view=here: expected longitude,latitude,zoom in decimal degrees such as view=-66.5,13,5.',
			'Ignored "ships" in hide=: there is no such layer (naval, air, oil).',
			'Ignored symbols=fancy: expected plain or military.',
			'Ignored present=maybe: expected 1 or 0 (or yes or no).'
		]);
	});

	it('takes yes and no for a switch, as people type them', () => {
		expect(read('hidefuture=yes&present=On&rings=no')).toMatchObject({ state: { hideFuture: true, presenting: true, reach: false }, notices: [] });
	});

	it('rejects a view outside the world', () => {
		expect(read('view=-200,13,5').notices).toHaveLength(1);
		expect(read('view=-66,13,25').state.view).toBeNull();
	});

	it('rejects a view with an empty part, a hex number or an exponent, and says so', () => {
		for (const view of [',,', '-66,13,', '0x10,13,5', '-66,13,5e0', '-66,13,Infinity', '-66,13,5,1']) {
			const { state, notices } = read(`view=${view}`);
			expect(state.view, view).toBeNull();
			expect(notices, view).toHaveLength(1);
		}
		expect(read('view=-66.5,+13,.5')).toMatchObject({ state: { view: { center: [-66.5, 13], zoom: 0.5 } }, notices: [] });
	});

	it('says which of a repeated setting it used', () => {
		const { state, notices } = read('hide=air&hide=naval&date=2025-09-15&date=2025-10-01');
		expect(state).toMatchObject({ hidden: ['air'], day: parseDay('2025-09-15') });
		expect(notices).toEqual(['The address gives date= 2 times; using the first, date=2025-09-15.', 'The address gives hide= 2 times; using the first, hide=air.']);
	});

	it('gathers many unknown names into one notice and shortens long values', () => {
		const strays = Array.from({ length: 500 }, (_, i) => `layer${i}`);
		const { state, notices } = read(`hide=air,${strays.join(',')},layer0&${strays.slice(0, 2).map((s) => `${s}=1`).join('&')}`);
		expect(state.hidden).toEqual(['air']);
		expect(notices).toEqual([
			'Ignored "layer0" and "layer1" in the address: this map does not know those settings.',
			'Ignored "layer0", "layer1", "layer2", "layer3", "layer4" and 495 more in hide=: there is no such layer (naval, air, oil).'
		]);
		const long = read(`item=${'x'.repeat(20_000)}`).notices[0];
		expect(long).toBe(`Ignored item=${'x'.repeat(60)}…: no item has that id.`);
	});
});
