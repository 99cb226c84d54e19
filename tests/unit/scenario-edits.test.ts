import { describe, expect, it } from 'vitest';
import { PACKAGE_FORMAT, type ScenarioPackage } from '$lib/data/package';
import { loadPackage, type Scenario } from '$lib/data/scenario';
import { addCategory, blankPackage, canSplitAt, CATEGORY_PALETTE, fitDates, fittedWhileAlone, removePhase, setTitle, splitPhase, tryIndexEdit, tryPhaseEdit, updateCategory, updatePhase } from '$lib/edit/scenario-edits';
import { addPoint } from '$lib/edit/package-edits';
import { parseDay } from '$lib/timeline/day';
import { deepFreeze } from './deep-freeze';

const LAYER = 'scenario/items.geojson';
const PHASES = 'scenario/phases.json';

/** A small valid package: two categories, one point item, no phases. */
function scenarioPackage(): ScenarioPackage {
	const properties = { id: 'fleet', name: 'Fleet', category: 'naval', start: '2025-03-05', precision: 'exact', sources: [] };
	const item = { type: 'Feature', geometry: { type: 'Point', coordinates: [-65, 15] }, properties };
	return {
		format: PACKAGE_FORMAT,
		version: 1,
		index: {
			title: 'Test',
			start: '2025-03-01',
			end: '2025-03-31',
			region: [-70, 10, -60, 20],
			categories: [
				{ id: 'naval', label: 'Naval', color: '#4e79a7' },
				{ id: 'air', label: 'Air', color: '#00aa00' }
			],
			layers: [LAYER]
		},
		files: { [LAYER]: { type: 'FeatureCollection', features: [item] } }
	};
}

/** The package with three phases: a (1–10 March) and b (11–20 March) adjacent, then a gap, then c (25–31 March). */
function phasedPackage(): ScenarioPackage {
	const pack = scenarioPackage();
	const phases = [
		{ id: 'a', name: 'Deployment', start: '2025-03-01', end: '2025-03-10', summary: 'Ships sail.', sources: [] },
		{ id: 'b', name: 'Strikes', start: '2025-03-11', end: '2025-03-20' },
		{ id: 'c', name: 'Talks', start: '2025-03-25', end: '2025-03-31' }
	];
	return { ...pack, index: { ...indexOf(pack), phases: PHASES }, files: { ...pack.files, [PHASES]: { phases } } };
}

/** Loads a package as the app opens it, failing the test if the scenario does not load at all. */
async function opened(pack: ScenarioPackage): Promise<Scenario> {
	const scenario = await loadPackage(pack);
	if (!('features' in scenario)) throw new Error(`did not load: ${JSON.stringify(scenario.problems)}`);
	return scenario;
}

function indexOf(pack: ScenarioPackage) {
	return pack.index as { title: string; start: string; end: string; phases?: string; categories: { id: string; label: string; color: string }[] };
}

/** The phases as the package holds them, by the file the index names. */
function phasesOf(pack: ScenarioPackage) {
	const file = indexOf(pack).phases;
	if (file === undefined) throw new Error('the index names no phases file');
	return (pack.files[file] as { phases: Record<string, unknown>[] }).phases;
}

/** Each phase as [id, start, end], for comparing the cut of the story at a glance. */
function spans(pack: ScenarioPackage) {
	return phasesOf(pack).map((phase) => [phase.id, phase.start, phase.end]);
}

const day = (text: string) => parseDay(text)!;

describe('splitPhase', () => {
	it('cuts a scenario without phases into two at the day, in a new phases file the index names', async () => {
		const { pack, id } = splitPhase(scenarioPackage(), day('2025-03-11'));
		expect(id).toBe('phase-2');
		expect(indexOf(pack).phases).toBe('phases.json');
		expect(phasesOf(pack)).toEqual([
			{ id: 'phase-1', name: 'Phase 1', start: '2025-03-01', end: '2025-03-10' },
			{ id: 'phase-2', name: 'Phase 2', start: '2025-03-11', end: '2025-03-31' }
		]);
		const scenario = await opened(pack);
		expect(scenario.problems).toEqual([]);
		expect(scenario.phases.map((phase) => [phase.id, phase.startDay, phase.endDay])).toEqual([
			['phase-1', day('2025-03-01'), day('2025-03-10')],
			['phase-2', day('2025-03-11'), day('2025-03-31')]
		]);
	});

	it('names a phase cut from the first of two by a number no phase has', () => {
		const halves = splitPhase(scenarioPackage(), day('2025-03-21')).pack;
		const { pack } = splitPhase(halves, day('2025-03-11'));
		expect(phasesOf(pack).map((phase) => phase.name)).toEqual(['Phase 1', 'Phase 3', 'Phase 2']);
	});

	it('makes one phase over the whole scenario when cut on its first day', async () => {
		const { pack, id } = splitPhase(scenarioPackage(), day('2025-03-01'));
		expect(id).toBe('phase-1');
		expect(phasesOf(pack)).toEqual([{ id: 'phase-1', name: 'Phase 1', start: '2025-03-01', end: '2025-03-31' }]);
		expect((await opened(pack)).problems).toEqual([]);
	});

	it('cuts the phase holding the day, naming the new one by its place', async () => {
		const before = phasedPackage();
		const { pack, id } = splitPhase(before, day('2025-03-15'));
		expect(id).toBe('phase-1');
		expect(spans(pack)).toEqual([
			['a', '2025-03-01', '2025-03-10'],
			['b', '2025-03-11', '2025-03-14'],
			['phase-1', '2025-03-15', '2025-03-20'],
			['c', '2025-03-25', '2025-03-31']
		]);
		expect(phasesOf(pack)[2]).toEqual({ id: 'phase-1', name: 'Phase 3', start: '2025-03-15', end: '2025-03-20' });
		expect(phasesOf(pack)[1].name).toBe('Strikes');
		expect(phasesOf(pack)[0]).toBe(phasesOf(before)[0]);
		const scenario = await opened(pack);
		expect(scenario.problems).toEqual([]);
		expect(scenario.phases).toHaveLength(4);
	});

	it('takes the first free id', () => {
		const once = splitPhase(phasedPackage(), day('2025-03-15'));
		const twice = splitPhase(once.pack, day('2025-03-05'));
		expect(twice.id).toBe('phase-2');
		expect(phasesOf(twice.pack).map((phase) => phase.name)).toEqual(['Deployment', 'Phase 2', 'Strikes', 'Phase 3', 'Talks']);
	});

	it('refuses a phase’s first day and a gap, as canSplitAt says', () => {
		const pack = phasedPackage();
		expect(canSplitAt(pack, day('2025-03-15'))).toBe(true);
		expect(canSplitAt(pack, day('2025-03-31'))).toBe(true);
		expect(canSplitAt(pack, day('2025-03-11'))).toBe(false);
		expect(canSplitAt(pack, day('2025-03-01'))).toBe(false);
		expect(canSplitAt(pack, day('2025-03-22'))).toBe(false);
		expect(() => splitPhase(pack, day('2025-03-11'))).toThrow(/already starts that day/);
		expect(() => splitPhase(pack, day('2025-03-22'))).toThrow(/no phase covers that day/);
	});

	it('allows any day of the scenario, and only those, when there are no phases', () => {
		const pack = scenarioPackage();
		expect(canSplitAt(pack, day('2025-03-01'))).toBe(true);
		expect(canSplitAt(pack, day('2025-03-31'))).toBe(true);
		expect(canSplitAt(pack, day('2025-02-28'))).toBe(false);
		expect(canSplitAt(pack, day('2025-04-01'))).toBe(false);
		expect(() => splitPhase(pack, day('2025-04-01'))).toThrow(/outside the scenario's dates/);
	});
});

describe('updatePhase', () => {
	it('moves the next phase’s start with a moved end, and the scenario opens with them', async () => {
		const pack = updatePhase(phasedPackage(), 'a', { end: '2025-03-05' });
		expect(spans(pack)).toEqual([
			['a', '2025-03-01', '2025-03-05'],
			['b', '2025-03-06', '2025-03-20'],
			['c', '2025-03-25', '2025-03-31']
		]);
		const scenario = await opened(pack);
		expect(scenario.problems).toEqual([]);
		expect(scenario.phases.map((phase) => [phase.id, phase.startDay, phase.endDay])).toEqual([
			['a', day('2025-03-01'), day('2025-03-05')],
			['b', day('2025-03-06'), day('2025-03-20')],
			['c', day('2025-03-25'), day('2025-03-31')]
		]);
	});

	it('moves the previous phase’s end with a moved start, and leaves a neighbour across a gap alone', () => {
		const earlier = updatePhase(phasedPackage(), 'b', { start: '2025-03-08', end: '2025-03-22' });
		expect(spans(earlier)).toEqual([
			['a', '2025-03-01', '2025-03-07'],
			['b', '2025-03-08', '2025-03-22'],
			['c', '2025-03-25', '2025-03-31']
		]);
	});

	it('merges the patch and removes a key patched to undefined', () => {
		const renamed = updatePhase(phasedPackage(), 'a', { name: 'Buildup', summary: undefined, notes: 'Say it slowly.' });
		expect(phasesOf(renamed)[0]).toEqual({ id: 'a', name: 'Buildup', start: '2025-03-01', end: '2025-03-10', notes: 'Say it slowly.', sources: [] });
	});
});

describe('tryPhaseEdit', () => {
	it('keeps a valid edit', () => {
		const result = tryPhaseEdit(phasedPackage(), 'a', (pack) => updatePhase(pack, 'a', { end: '2025-03-05' }));
		expect(result.problems).toEqual([]);
		expect(phasesOf(result.pack)[1].start).toBe('2025-03-06');
	});

	it('refuses an end before the start, naming the field, and returns the package as it was', () => {
		const before = phasedPackage();
		const result = tryPhaseEdit(before, 'b', (pack) => updatePhase(pack, 'b', { end: '2025-03-09' }));
		expect(result.pack).toBe(before);
		expect(result.problems).toContainEqual(expect.objectContaining({ file: PHASES, phase: 'b', field: 'end', message: 'end is before start' }));
	});

	it('refuses an end beyond the scenario’s end', () => {
		const before = phasedPackage();
		const result = tryPhaseEdit(before, 'c', (pack) => updatePhase(pack, 'c', { end: '2025-04-10' }));
		expect(result.pack).toBe(before);
		expect(result.problems).toEqual([expect.objectContaining({ phase: 'c', field: 'end', message: expect.stringContaining("outside the scenario's dates") })]);
	});

	it('refuses a boundary moved so far that the neighbour would be empty', () => {
		const before = phasedPackage();
		const result = tryPhaseEdit(before, 'a', (pack) => updatePhase(pack, 'a', { end: '2025-03-22' }));
		expect(result.pack).toBe(before);
		expect(result.problems).toContainEqual(expect.objectContaining({ phase: 'b', field: 'end', message: 'end is before start' }));
	});

	it('refuses an edit that leaves out another phase, and follows a phase whose id changes', () => {
		const before = phasedPackage();
		const overlapping = tryPhaseEdit(before, 'b', (pack) => updatePhase(pack, 'b', { end: '2025-03-26' }));
		expect(overlapping.pack).toBe(before);
		expect(overlapping.problems).toEqual([expect.objectContaining({ phase: 'c', field: 'start' })]);
		const taken = tryPhaseEdit(before, 'b', (pack) => updatePhase(pack, 'b', { id: 'a' }));
		expect(taken.pack).toBe(before);
		expect(taken.problems).toEqual([expect.objectContaining({ phase: '#1', field: 'id' })]);
		expect(phasesOf(tryPhaseEdit(before, 'b', (pack) => updatePhase(pack, 'b', { id: 'strikes' })).pack)[1].id).toBe('strikes');
	});

	it('refuses an empty name', () => {
		const before = phasedPackage();
		const result = tryPhaseEdit(before, 'a', (pack) => updatePhase(pack, 'a', { name: '' }));
		expect(result.pack).toBe(before);
		expect(result.problems).toContainEqual(expect.objectContaining({ phase: 'a', field: 'name' }));
	});
});

describe('removePhase', () => {
	it('gives the days to an adjacent previous phase, else to an adjacent next one', async () => {
		const withoutB = removePhase(phasedPackage(), 'b');
		expect(spans(withoutB)).toEqual([
			['a', '2025-03-01', '2025-03-20'],
			['c', '2025-03-25', '2025-03-31']
		]);
		expect((await opened(withoutB)).problems).toEqual([]);
		expect(spans(removePhase(phasedPackage(), 'a'))).toEqual([
			['b', '2025-03-01', '2025-03-20'],
			['c', '2025-03-25', '2025-03-31']
		]);
		expect(spans(removePhase(phasedPackage(), 'c'))).toEqual([
			['a', '2025-03-01', '2025-03-10'],
			['b', '2025-03-11', '2025-03-20']
		]);
	});

	it('removes the phases file and the index’s key with the last phase', async () => {
		const pack = ['a', 'b', 'c'].reduce(removePhase, phasedPackage());
		expect(pack.files).not.toHaveProperty(PHASES);
		expect(pack.index).not.toHaveProperty('phases');
		const scenario = await opened(pack);
		expect(scenario.problems).toEqual([]);
		expect(scenario.phases).toEqual([]);
		expect(scenario.features).toHaveLength(1);
	});
});

describe('categories', () => {
	it('adds categories with unique ids from their labels and distinct palette colours', async () => {
		const labels = ['Naval', 'Naval', 'Air & Sea patrols', '  !! ', 'Sécurité', 'x'.repeat(60)];
		const { pack, ids } = labels.reduce(
			(state, label) => {
				const added = addCategory(state.pack, label);
				return { pack: added.pack, ids: [...state.ids, added.id] };
			},
			{ pack: scenarioPackage(), ids: [] as string[] }
		);
		expect(ids).toEqual(['naval-2', 'naval-3', 'air-sea-patrols', 'category', 'securite', 'x'.repeat(40)]);
		const colors = indexOf(pack).categories.map((category) => category.color);
		expect(new Set(colors).size).toBe(colors.length);
		expect(colors.slice(2)).toEqual(CATEGORY_PALETTE.slice(1, 7));
		expect(indexOf(pack).categories[2]).toEqual({ id: 'naval-2', label: 'Naval', color: CATEGORY_PALETTE[1] });
		const scenario = await opened(pack);
		expect(scenario.problems).toEqual([]);
		expect(scenario.categories).toHaveLength(8);
	});

	it('cycles the palette once every colour is used', () => {
		const pack = Array.from({ length: 10 }, (_, i) => `Group ${i}`).reduce((state, label) => addCategory(state, label).pack, scenarioPackage());
		const colors = indexOf(pack).categories.map((category) => category.color);
		expect(colors.slice(0, 11)).toEqual(['#4e79a7', '#00aa00', ...CATEGORY_PALETTE.slice(1)]);
		expect(colors[11]).toBe(CATEGORY_PALETTE[11 % CATEGORY_PALETTE.length]);
	});

	it('changes a label or colour, keeping the id and the other categories', () => {
		const before = scenarioPackage();
		const pack = updateCategory(before, 'air', { label: 'Air power', color: '#123456' });
		expect(indexOf(pack).categories).toEqual([indexOf(before).categories[0], { id: 'air', label: 'Air power', color: '#123456' }]);
		expect(indexOf(pack).categories[0]).toBe(indexOf(before).categories[0]);
		expect(() => updateCategory(before, 'land', { label: 'Land' })).toThrow(/no category "land"/);
	});

	it('refuses a colour that is not #rrggbb and an empty label through tryIndexEdit', () => {
		const before = scenarioPackage();
		const red = tryIndexEdit(before, (pack) => updateCategory(pack, 'naval', { color: 'red' }));
		expect(red.pack).toBe(before);
		expect(red.problems).toEqual([expect.objectContaining({ file: 'scenario.json', field: 'categories[0].color' })]);
		const unlabelled = tryIndexEdit(before, (pack) => updateCategory(pack, 'air', { label: '' }));
		expect(unlabelled.pack).toBe(before);
		expect(unlabelled.problems).toEqual([expect.objectContaining({ field: 'categories[1].label' })]);
		const relabelled = tryIndexEdit(before, (pack) => updateCategory(pack, 'air', { label: 'Air power' }));
		expect(relabelled.problems).toEqual([]);
		expect(indexOf(relabelled.pack).categories[1].label).toBe('Air power');
	});
});

describe('setTitle', () => {
	it('renames the scenario, and tryIndexEdit refuses an empty title', async () => {
		const before = scenarioPackage();
		const renamed = tryIndexEdit(before, (pack) => setTitle(pack, 'Caribbean, March'));
		expect(renamed.problems).toEqual([]);
		expect((await opened(renamed.pack)).title).toBe('Caribbean, March');
		const empty = tryIndexEdit(before, (pack) => setTitle(pack, ''));
		expect(empty.pack).toBe(before);
		expect(empty.problems).toEqual([expect.objectContaining({ field: 'title' })]);
	});
});

describe('blankPackage', () => {
	it('opens with no problems, no features and one category, one day long', async () => {
		const pack = blankPackage({ title: 'New scenario', region: [-70, 10, -60, 20], day: day('2025-03-15') });
		expect(pack.format).toBe(PACKAGE_FORMAT);
		const scenario = await opened(pack);
		expect(scenario.problems).toEqual([]);
		expect(scenario.features).toEqual([]);
		expect(scenario.categories).toEqual([{ id: 'events', label: 'Events', color: CATEGORY_PALETTE[0] }]);
		expect([scenario.title, scenario.start, scenario.end]).toEqual(['New scenario', day('2025-03-15'), day('2025-03-15')]);
	});

	it('can be cut into a phase and given a category', async () => {
		const blank = blankPackage({ title: 'New scenario', region: [-70, 10, -60, 20], day: day('2025-03-15') });
		const { pack } = addCategory(splitPhase(blank, day('2025-03-15')).pack, 'Naval');
		const scenario = await opened(pack);
		expect(scenario.problems).toEqual([]);
		expect(scenario.phases).toHaveLength(1);
		expect(scenario.categories.map((category) => category.color)).toEqual(CATEGORY_PALETTE.slice(0, 2));
	});
});

describe('inputs', () => {
	it('are never mutated', () => {
		const plain = deepFreeze(scenarioPackage());
		const phased = deepFreeze(phasedPackage());
		splitPhase(plain, day('2025-03-11'));
		splitPhase(phased, day('2025-03-15'));
		updatePhase(phased, 'b', { start: '2025-03-08', end: '2025-03-22', summary: undefined });
		tryPhaseEdit(phased, 'a', (pack) => updatePhase(pack, 'a', { end: '2025-03-22' }));
		tryPhaseEdit(phased, 'a', (pack) => updatePhase(pack, 'a', { end: '2025-03-05' }));
		removePhase(phased, 'b');
		['a', 'b', 'c'].reduce(removePhase, phased);
		addCategory(plain, 'Naval');
		updateCategory(plain, 'air', { color: '#123456' });
		tryIndexEdit(plain, (pack) => setTitle(pack, ''));
		expect(plain).toEqual(scenarioPackage());
		expect(phased).toEqual(phasedPackage());
	});
});

describe('fitDates', () => {
	it('brings the dates in to what the items and phases span, and the scenario still opens', async () => {
		const itemOnly = fitDates(deepFreeze(scenarioPackage()));
		expect(itemOnly.index).toMatchObject({ start: '2025-03-05', end: '2025-03-05' });
		expect((await opened(itemOnly)).problems).toEqual([]);
		const phased = fitDates(deepFreeze(phasedPackage()));
		expect(phased.index).toMatchObject({ start: '2025-03-01', end: '2025-03-31' });
	});

	it('leaves a scenario with nothing dated as it is', () => {
		const blank = blankPackage({ title: 'Empty', region: [-70, 10, -60, 20], day: parseDay('2025-03-01')! });
		expect(fitDates(blank)).toBe(blank);
	});
});

describe('fittedWhileAlone', () => {
	it('fits a scenario’s dates to its only item, and leaves them once there are phases or a second item', () => {
		const alone = scenarioPackage();
		expect(indexOf(fittedWhileAlone(alone))).toMatchObject({ start: '2025-03-05', end: '2025-03-05' });
		const phased = splitPhase(alone, day('2025-03-11')).pack;
		expect(fittedWhileAlone(phased)).toBe(phased);
		const second = addPoint(alone, { at: [-65, 15], day: day('2025-03-20') }).pack;
		expect(fittedWhileAlone(second)).toBe(second);
	});
});
