import { describe, expect, it } from 'vitest';
import { EditHistory } from '$lib/edit/history';
import { addArea, addPoint, addTrack, itemProblems, moveItem, recordPosition, removeItem, setTrack, tryEdit, updateItem, type Position } from '$lib/edit/package-edits';
import { PACKAGE_FORMAT, type ScenarioPackage } from '$lib/data/package';
import { loadPackage, type Scenario } from '$lib/data/scenario';
import { parseDay } from '$lib/timeline/day';
import { deepFreeze } from './deep-freeze';

const LAYER = 'scenario/items.geojson';

/** A point feature as a scenario file holds it. */
function point(id: string, name: string, at: Position) {
	return { type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { id, name, category: 'air', start: '2025-09-10', precision: 'exact', sources: [] } };
}

/** A small valid package: two point items in one layer. */
function scenarioPackage(): ScenarioPackage {
	return {
		format: PACKAGE_FORMAT,
		version: 1,
		index: {
			title: 'Test',
			start: '2025-09-01',
			end: '2025-10-31',
			region: [-70, 10, -60, 20],
			categories: [
				{ id: 'naval', label: 'Naval', color: '#1f77b4' },
				{ id: 'air', label: 'Air', color: '#00aa00' }
			],
			layers: [LAYER]
		},
		files: { [LAYER]: { type: 'FeatureCollection', features: [point('ceiba', 'F-35B fighters at Ceiba', [-65.6, 18.2]), point('fleet', 'Amphibious group', [-66, 14])] } }
	};
}

/** Loads a package as the app opens it, failing the test if the scenario does not load at all. */
async function opened(pack: ScenarioPackage): Promise<Scenario> {
	const scenario = await loadPackage(pack);
	if (!('features' in scenario)) throw new Error(`did not load: ${JSON.stringify(scenario.problems)}`);
	return scenario;
}

function layerOf(pack: ScenarioPackage) {
	return pack.files[LAYER] as { features: { geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[] };
}

function propertiesOf(pack: ScenarioPackage, id: string): Record<string, unknown> {
	const feature = layerOf(pack).features.find((f) => f.properties.id === id);
	if (!feature) throw new Error(`no feature ${id}`);
	return feature.properties;
}

function indexOf(pack: ScenarioPackage) {
	return pack.index as { start: string; end: string; region: number[]; extent?: number[] };
}

const day = (text: string) => parseDay(text)!;

describe('addArea', () => {
	it('adds an area drawn corner by corner, closed, that loads with the extent grown to every corner', async () => {
		const corners: Position[] = [[-64, 12], [-62, 12], [-63, 25]];
		const { pack, id } = addArea(scenarioPackage(), { corners, day: day('2025-09-20') });
		const scenario = await opened(pack);
		expect(scenario.problems).toEqual([]);
		expect(scenario.features.find((f) => f.properties.id === id)?.geometry).toEqual({ type: 'Polygon', coordinates: [[...corners, corners[0]]] });
		expect(() => addArea(scenarioPackage(), { corners: corners.slice(0, 2), day: day('2025-09-20') })).toThrow('at least three corners');
	});
});

describe('addPoint', () => {
	it('adds an item that loads at its day and place, in the first category', async () => {
		const { pack, id } = addPoint(scenarioPackage(), { at: [-64, 12], day: day('2025-09-20') });
		expect(id).toBe('item-1');
		const scenario = await opened(pack);
		expect(scenario.problems).toEqual([]);
		const added = scenario.features.find((f) => f.properties.id === id)!;
		expect(added.start).toBe(day('2025-09-20'));
		expect(added.geometry).toEqual({ type: 'Point', coordinates: [-64, 12] });
		expect(added.properties).toMatchObject({ name: 'New item', category: 'naval', precision: 'exact', sources: [] });
	});

	it('puts the item in the category it is given', () => {
		const { pack, id } = addPoint(scenarioPackage(), { at: [-64, 12], day: day('2025-09-20'), category: 'air' });
		expect(propertiesOf(pack, id).category).toBe('air');
	});

	it('keeps ids unique as items are added and removed', async () => {
		const first = addPoint(scenarioPackage(), { at: [-64, 12], day: day('2025-09-20') });
		const second = addPoint(first.pack, { at: [-63, 12], day: day('2025-09-20') });
		const third = addPoint(removeItem(second.pack, first.id), { at: [-62, 12], day: day('2025-09-20') });
		const fourth = addPoint(third.pack, { at: [-61, 12], day: day('2025-09-20') });
		expect([first.id, second.id, third.id, fourth.id]).toEqual(['item-1', 'item-2', 'item-1', 'item-3']);
		const ids = layerOf(fourth.pack).features.map((f) => f.properties.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect((await opened(fourth.pack)).problems).toEqual([]);
	});

	it('grows the extent, with a margin, to take in a point outside the region', async () => {
		const { pack } = addPoint(scenarioPackage(), { at: [-75, 22], day: day('2025-09-20') });
		expect(indexOf(pack).extent).toEqual([-76, 10, -60, 23]);
		expect(indexOf(pack).region).toEqual([-70, 10, -60, 20]);
		const scenario = await opened(pack);
		expect(scenario.problems).toEqual([]);
		expect(scenario.features).toHaveLength(3);
	});

	it('keeps a grown extent on the globe', async () => {
		const { pack } = addPoint(scenarioPackage(), { at: [179.5, 89.5], day: day('2025-09-20') });
		expect(indexOf(pack).extent).toEqual([-70, 10, 180, 90]);
		expect((await opened(pack)).problems).toEqual([]);
	});

	it('grows the dates to take in a day before the start', async () => {
		const { pack } = addPoint(scenarioPackage(), { at: [-64, 12], day: day('2025-08-15') });
		expect(indexOf(pack)).toMatchObject({ start: '2025-08-15', end: '2025-10-31' });
		expect((await opened(pack)).problems).toEqual([]);
	});

	it('adds a layer file when the index names none', () => {
		const empty = scenarioPackage();
		const { pack, id } = addPoint({ ...empty, index: { ...indexOf(empty), layers: [] }, files: {} }, { at: [-64, 12], day: day('2025-09-20') });
		expect((pack.index as { layers: string[] }).layers).toEqual(['items.geojson']);
		expect(pack.files['items.geojson']).toMatchObject({ type: 'FeatureCollection', features: [{ properties: { id } }] });
		expect(itemProblems(pack, id)).toEqual([]);
	});

	it('changes only the layer it adds to, and leaves the index alone when the point fits', () => {
		const before = scenarioPackage();
		const { pack } = addPoint(before, { at: [-64, 12], day: day('2025-09-20') });
		expect(pack.index).toBe(before.index);
		expect(layerOf(pack).features.slice(0, 2)).toEqual(layerOf(before).features);
		layerOf(before).features.forEach((feature, i) => expect(layerOf(pack).features[i]).toBe(feature));
	});
});

describe('updateItem', () => {
	it('grows the end of the dates when a start is put beyond it', async () => {
		const pack = updateItem(scenarioPackage(), 'ceiba', { start: '2025-11-15' });
		expect(indexOf(pack)).toMatchObject({ start: '2025-09-01', end: '2025-11-15' });
		const scenario = await opened(pack);
		expect(scenario.problems).toEqual([]);
		expect(scenario.features.find((f) => f.properties.id === 'ceiba')!.start).toBe(day('2025-11-15'));
	});

	it('merges the patch and removes a key patched to undefined', () => {
		const described = updateItem(scenarioPackage(), 'ceiba', { description: 'Ten F-35B fighters.', name: 'Ceiba' });
		expect(propertiesOf(described, 'ceiba')).toMatchObject({ description: 'Ten F-35B fighters.', name: 'Ceiba', category: 'air' });
		const undescribed = updateItem(described, 'ceiba', { description: undefined });
		expect(propertiesOf(undescribed, 'ceiba')).not.toHaveProperty('description');
		expect(propertiesOf(undescribed, 'ceiba').name).toBe('Ceiba');
	});

	it('leaves the index and the other items alone', () => {
		const before = scenarioPackage();
		const pack = updateItem(before, 'ceiba', { name: 'Ceiba' });
		expect(pack.index).toBe(before.index);
		expect(layerOf(pack).features[1]).toBe(layerOf(before).features[1]);
	});

	it('says which id it does not know', () => {
		expect(() => updateItem(scenarioPackage(), 'nowhere', { name: 'x' })).toThrow('no item "nowhere" in this scenario');
	});
});

describe('moveItem', () => {
	it('moves a point, growing the extent when it leaves it', async () => {
		const inside = moveItem(scenarioPackage(), 'fleet', [-67, 15]);
		expect(layerOf(inside).features[1].geometry.coordinates).toEqual([-67, 15]);
		expect(indexOf(inside).extent).toBeUndefined();
		const outside = moveItem(inside, 'fleet', [-58, 9.5]);
		expect(indexOf(outside).extent).toEqual([-70, 8.5, -57, 20]);
		const scenario = await opened(outside);
		expect(scenario.problems).toEqual([]);
		expect(scenario.features.find((f) => f.properties.id === 'fleet')!.geometry.coordinates).toEqual([-58, 9.5]);
	});

	it('leaves an area where it is', () => {
		const base = scenarioPackage();
		const area = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[-66, 12], [-65, 12], [-65, 13], [-66, 12]]] }, properties: { ...point('zone', 'Zone', [0, 0]).properties } };
		const pack = { ...base, files: { [LAYER]: { type: 'FeatureCollection', features: [...layerOf(base).features, area] } } };
		expect(moveItem(pack, 'zone', [-64, 11])).toBe(pack);
	});
});

describe('removeItem', () => {
	it('removes the item and keeps the others', async () => {
		const before = scenarioPackage();
		const pack = removeItem(before, 'ceiba');
		expect(layerOf(pack).features).toEqual([layerOf(before).features[1]]);
		expect(layerOf(pack).features[0]).toBe(layerOf(before).features[1]);
		expect((await opened(pack)).features.map((f) => f.properties.id)).toEqual(['fleet']);
		expect(() => removeItem(pack, 'ceiba')).toThrow('no item "ceiba" in this scenario');
	});
});

describe('edits leave their input alone', () => {
	it('never changes the package they are given', () => {
		const frozen = deepFreeze(scenarioPackage());
		const copy = structuredClone(frozen);
		addPoint(frozen, { at: [-75, 22], day: day('2025-12-01') });
		updateItem(frozen, 'ceiba', { start: '2025-12-01', name: undefined });
		moveItem(frozen, 'ceiba', [-80, 25]);
		removeItem(frozen, 'fleet');
		tryEdit(frozen, 'ceiba', (pack) => updateItem(pack, 'ceiba', { name: '' }));
		tryEdit(frozen, 'ceiba', (pack) => updateItem(pack, 'ceiba', { name: 'Ceiba' }));
		expect(frozen).toEqual(copy);
	});
});

describe('itemProblems', () => {
	it('reports nothing for a valid item', () => {
		expect(itemProblems(scenarioPackage(), 'ceiba')).toEqual([]);
	});

	it('reports an item as loading the package does, against the package’s categories', () => {
		const pack = updateItem(scenarioPackage(), 'ceiba', { category: 'land' });
		expect(itemProblems(pack, 'ceiba')).toEqual([{ file: LAYER, feature: 'ceiba', field: 'category', message: 'unknown category "land"; the scenario has naval, air' }]);
	});

	it('reports the problems of the index, which leave every item out', () => {
		const base = scenarioPackage();
		const pack = { ...base, index: { ...indexOf(base), title: '' } };
		expect(itemProblems(pack, 'ceiba')).toEqual([expect.objectContaining({ file: 'scenario.json', field: 'title' })]);
	});
});

describe('tryEdit', () => {
	it('keeps a valid edit', () => {
		const before = scenarioPackage();
		const result = tryEdit(before, 'ceiba', (pack) => updateItem(pack, 'ceiba', { name: 'Ceiba' }));
		expect(result.problems).toEqual([]);
		expect(propertiesOf(result.pack, 'ceiba').name).toBe('Ceiba');
	});

	it('refuses an empty name and returns the package as it was', () => {
		const before = scenarioPackage();
		const result = tryEdit(before, 'ceiba', (pack) => updateItem(pack, 'ceiba', { name: '' }));
		expect(result.pack).toBe(before);
		expect(result.problems).toEqual([expect.objectContaining({ feature: 'ceiba', field: 'name' })]);
	});

	it('refuses an end before the start', () => {
		const before = scenarioPackage();
		const result = tryEdit(before, 'ceiba', (pack) => updateItem(pack, 'ceiba', { end: '2025-09-05' }));
		expect(result.pack).toBe(before);
		expect(result.problems).toContainEqual(expect.objectContaining({ feature: 'ceiba', field: 'end', message: 'end is before start' }));
		expect(result.problems.map((p) => p.field)).toEqual(result.problems.map(() => 'end'));
	});

	it('refuses an id another item uses, and a malformed one, naming the field', () => {
		const before = scenarioPackage();
		const taken = tryEdit(before, 'fleet', (pack) => updateItem(pack, 'fleet', { id: 'ceiba' }));
		expect(taken.pack).toBe(before);
		expect(taken.problems).toEqual([
			{ file: LAYER, feature: 'ceiba', field: 'id', message: `the id "ceiba" is already used by feature #0 of ${LAYER}, which is kept; this copy (#1) is left out` }
		]);
		const malformed = tryEdit(before, 'ceiba', (pack) => updateItem(pack, 'ceiba', { id: 'Not An Id' }));
		expect(malformed.pack).toBe(before);
		expect(malformed.problems).toEqual([expect.objectContaining({ feature: 'Not An Id', field: 'id' })]);
		expect(propertiesOf(tryEdit(before, 'ceiba', (pack) => updateItem(pack, 'ceiba', { id: 'ceiba-base' })).pack, 'ceiba-base').name).toBe('F-35B fighters at Ceiba');
	});

	it('keeps an edit that validation only repairs, such as a name too long', () => {
		const result = tryEdit(scenarioPackage(), 'ceiba', (pack) => updateItem(pack, 'ceiba', { name: 'N'.repeat(500) }));
		expect(result.problems).toEqual([]);
		expect(propertiesOf(result.pack, 'ceiba').name).toBe('N'.repeat(500));
	});

	it('accepts a source on the web and refuses a script address', () => {
		const withSource = (url: string) => (pack: ScenarioPackage) => updateItem(pack, 'ceiba', { sources: [{ publication: 'Miami Herald', url }] });
		const web = tryEdit(scenarioPackage(), 'ceiba', withSource('https://www.miamiherald.com/news/article.html'));
		expect(web.problems).toEqual([]);
		expect(propertiesOf(web.pack, 'ceiba').sources).toHaveLength(1);
		const before = scenarioPackage();
		const script = tryEdit(before, 'ceiba', withSource('javascript:alert(1)'));
		expect(script.pack).toBe(before);
		expect(script.problems).toEqual([expect.objectContaining({ field: 'sources[0].url', message: 'expected a web address starting http:// or https://' })]);
	});

	it('keeps a move that grows the extent', () => {
		const result = tryEdit(scenarioPackage(), 'fleet', (pack) => moveItem(pack, 'fleet', [-75, 5]));
		expect(result.problems).toEqual([]);
		expect(indexOf(result.pack).extent).toEqual([-76, 4, -60, 20]);
	});
});

describe('EditHistory', () => {
	it('undoes and redoes changes, naming each', () => {
		const history = new EditHistory('a');
		expect([history.canUndo, history.canRedo, history.undoLabel, history.redoLabel]).toEqual([false, false, null, null]);
		expect(history.undo()).toBeNull();
		expect(history.redo()).toBeNull();
		history.push('b', 'add “B”');
		history.push('c', 'move “C”');
		expect(history.current).toBe('c');
		expect(history.undoLabel).toBe('move “C”');
		expect(history.undo()).toBe('b');
		expect([history.current, history.undoLabel, history.redoLabel]).toEqual(['b', 'add “B”', 'move “C”']);
		expect(history.undo()).toBe('a');
		expect([history.canUndo, history.canRedo, history.undoLabel, history.redoLabel]).toEqual([false, true, null, 'add “B”']);
		expect(history.redo()).toBe('b');
		expect(history.redo()).toBe('c');
		expect([history.canRedo, history.undoLabel, history.redoLabel]).toEqual([false, 'move “C”', null]);
	});

	it('drops what was undone when a new change is pushed', () => {
		const history = new EditHistory(0);
		history.push(1, 'one');
		history.push(2, 'two');
		history.undo();
		history.push(3, 'three');
		expect([history.current, history.canRedo, history.redoLabel, history.redo()]).toEqual([3, false, null, null]);
		expect(history.undo()).toBe(1);
		expect(history.undo()).toBe(0);
	});

	it('keeps at most its limit of changes to undo', () => {
		const history = new EditHistory(0, 3);
		for (let n = 1; n <= 5; n++) history.push(n, `step ${n}`);
		expect([history.undo(), history.undo(), history.undo(), history.undo()]).toEqual([4, 3, 2, null]);
		expect([history.current, history.redoLabel]).toEqual([2, 'step 3']);
	});
});

describe('tracks', () => {
	const trackOf = (pack: ScenarioPackage, id: string) => propertiesOf(pack, id).track as { date: string; at: Position; place?: string }[] | undefined;

	it('adds a track through dated positions, in date order, one per day, that loads as a moving item', async () => {
		const { pack, id } = addTrack(deepFreeze(scenarioPackage()), {
			positions: [
				{ day: day('2025-09-20'), at: [-64, 15] },
				{ day: day('2025-09-12'), at: [-66, 16] },
				{ day: day('2025-09-20'), at: [-63, 15] }
			]
		});
		expect(trackOf(pack, id)).toEqual([
			{ date: '2025-09-12', at: [-66, 16] },
			{ date: '2025-09-20', at: [-63, 15] }
		]);
		expect(propertiesOf(pack, id).start).toBe('2025-09-12');
		const item = (await opened(pack)).features.find((f) => f.properties.id === id);
		expect(item?.track?.points).toEqual([
			[-66, 16],
			[-63, 15]
		]);
	});

	it('refuses to make a track of a single day', () => {
		expect(() => addTrack(scenarioPackage(), { positions: [{ day: day('2025-09-12'), at: [-66, 16] }] })).toThrow(/two days/);
	});

	it('grows the scenario to take in a track going beyond its extent and dates', () => {
		const { pack } = addTrack(scenarioPackage(), {
			positions: [
				{ day: day('2025-10-30'), at: [-66, 16] },
				{ day: day('2025-11-04'), at: [-5.6, 35.96] }
			]
		});
		expect(indexOf(pack).end).toBe('2025-11-04');
		expect(indexOf(pack).extent).toEqual([-70, 10, -4.6, 36.96]);
	});

	it('makes a point that is dragged on a later day into a track from where it was on its first day', () => {
		const pack = recordPosition(deepFreeze(scenarioPackage()), 'fleet', day('2025-09-15'), [-65, 13]);
		expect(trackOf(pack, 'fleet')).toEqual([
			{ date: '2025-09-10', at: [-66, 14] },
			{ date: '2025-09-15', at: [-65, 13] }
		]);
	});

	it('moves a point dragged on its first day without making a track', () => {
		const pack = recordPosition(scenarioPackage(), 'fleet', day('2025-09-10'), [-65, 13]);
		expect(trackOf(pack, 'fleet')).toBeUndefined();
		expect(layerOf(pack).features[1].geometry.coordinates).toEqual([-65, 13]);
	});

	it('sets the position of a day already reported, keeping what else was said of it, and adds a new day in order', () => {
		let pack = setTrack(scenarioPackage(), 'fleet', [
			{ date: '2025-09-10', at: [-66, 14], place: 'off Aruba' },
			{ date: '2025-09-20', at: [-64, 12] }
		]);
		pack = recordPosition(deepFreeze(pack), 'fleet', day('2025-09-10'), [-67, 14]);
		pack = recordPosition(pack, 'fleet', day('2025-09-15'), [-65, 13]);
		expect(trackOf(pack, 'fleet')).toEqual([
			{ date: '2025-09-10', at: [-67, 14], place: 'off Aruba' },
			{ date: '2025-09-15', at: [-65, 13] },
			{ date: '2025-09-20', at: [-64, 12] }
		]);
		expect(layerOf(pack).features[1].geometry.coordinates).toEqual([-67, 14]);
	});

	it('stops a track with one position left, leaving the item standing there', () => {
		const pack = setTrack(recordPosition(scenarioPackage(), 'fleet', day('2025-09-15'), [-65, 13]), 'fleet', [{ date: '2025-09-15', at: [-65, 13] }]);
		expect(trackOf(pack, 'fleet')).toBeUndefined();
		expect(layerOf(pack).features[1].geometry.coordinates).toEqual([-65, 13]);
	});

	it('refuses, through tryEdit, a track position outside the world', () => {
		const pack = scenarioPackage();
		const result = tryEdit(pack, 'fleet', (p) =>
			setTrack(p, 'fleet', [
				{ date: '2025-09-10', at: [-66, 14] },
				{ date: '2025-09-12', at: [-66, 95] }
			])
		);
		expect(result.pack).toBe(pack);
		expect(result.problems.map((p) => p.field).join(' ')).toMatch(/track/);
	});
});

describe('track dates', () => {
	it('refuses two positions for one day instead of dropping either', () => {
		const pack = setTrack(scenarioPackage(), 'fleet', [
			{ date: '2025-09-10', at: [-66, 14] },
			{ date: '2025-09-20', at: [-64, 12] }
		]);
		const result = tryEdit(pack, 'fleet', (p) =>
			setTrack(p, 'fleet', [
				{ date: '2025-09-20', at: [-66, 14] },
				{ date: '2025-09-20', at: [-64, 12] }
			])
		);
		expect(result.pack).toBe(pack);
		expect(result.problems.map((p) => p.message).join(' ')).toMatch(/one per day/);
	});
});

describe('an end before the start', () => {
	it('is reported once, as that, not also as a date window too short', () => {
		const result = tryEdit(scenarioPackage(), 'fleet', (p) => updateItem(p, 'fleet', { end: '2025-09-01' }));
		expect(result.problems.map((p) => p.message)).toEqual(['end is before start']);
	});
});

describe('editing a translated text', () => {
	it('drops the Spanish of what changed, so Spanish readers see the new text marked as untranslated, not the old Spanish', async () => {
		const pack = scenarioPackage();
		const spanish = updateItem({ ...pack, index: { ...(pack.index as object), translatedInto: ['es'] } }, 'ceiba', { es: { name: 'Cazas F-35B en Ceiba', description: 'Aviones en Ceiba.' }, description: 'Jets at Ceiba.' });
		const renamed = updateItem(spanish, 'ceiba', { name: 'F-35B jets at Ceiba' });
		const feature = (renamed.files[LAYER] as { features: { properties: { es?: object } }[] }).features[0];
		expect(feature.properties.es).toEqual({ description: 'Aviones en Ceiba.' });
		const { localizeScenario } = await import('$lib/data/localize');
		const shown = localizeScenario(await opened(renamed), 'es').features.find((f) => f.properties.id === 'ceiba')!;
		expect(shown.properties.name).toBe('F-35B jets at Ceiba');
		expect(shown.untranslated).toContain('name');
		expect(shown.properties.description).toBe('Aviones en Ceiba.');
	});
});
