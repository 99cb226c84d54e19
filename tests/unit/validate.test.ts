import { describe, expect, it } from 'vitest';
import { buildScenario, loadPackage, loadScenario } from '$lib/data/scenario';
import { PACKAGE_FORMAT } from '$lib/data/package';
import type { ScenarioIndex } from '$lib/data/schema';
import { validateIndex, validateLayer, validatePhases, type LayerContext } from '$lib/data/validate';
import { describeProblem } from '$lib/data/problem';
import { arrowInRegion } from '$lib/data/scenario';
import { parseDay } from '$lib/timeline/day';

const context = (): LayerContext => ({
	categories: new Set(['naval', 'air']),
	start: parseDay('2025-08-01')!,
	end: parseDay('2025-12-31')!,
	extent: [-82, 0, -54, 24],
	seenIds: new Map(),
	sourced: true
});

const goodProperties = {
	id: 'ceiba',
	name: 'F-35B fighters at Ceiba',
	category: 'air',
	description: 'Ten F-35B fighters.',
	start: '2025-09-01',
	precision: 'exact',
	sources: [{ file: '001.txt', publication: 'Miami Herald', published: '2025-11-04', quote: 'In September' }]
};

function feature(properties: Record<string, unknown>, geometry: unknown = { type: 'Point', coordinates: [-65.6, 18.2] }) {
	return { type: 'Feature', geometry, properties };
}

function collection(...features: unknown[]) {
	return { type: 'FeatureCollection', features };
}

/** Validates one bad feature next to a good one and returns the problems. */
function problemsFor(bad: unknown) {
	const result = validateLayer('scenario/test.geojson', collection(feature(goodProperties), bad), context());
	expect(result.features.map((f) => f.properties.id), 'the good feature still loads').toEqual(['ceiba']);
	return result.problems;
}

describe('validateLayer', () => {
	it('accepts a good feature and turns its dates into days', () => {
		const result = validateLayer('scenario/test.geojson', collection(feature(goodProperties)), context());
		expect(result.problems).toEqual([]);
		expect(result.features[0].start).toBe(parseDay('2025-09-01'));
		expect(result.features[0].end).toBeNull();
		expect(result.features[0].properties.datePrecision).toBe('day');
	});

	it('names the file, the feature and the field of a bad date', () => {
		const [problem] = problemsFor(feature({ ...goodProperties, id: 'bad-date', start: '2025-09-31' }));
		expect(problem).toMatchObject({ file: 'scenario/test.geojson', feature: 'bad-date', field: 'start' });
		expect(describeProblem(problem)).toBe(
			'scenario/test.geojson, feature "bad-date", field "start": expected a real date written as YYYY-MM-DD, got "2025-09-31"'
		);
	});

	it('reports a missing required field', () => {
		const { name: _, ...withoutName } = goodProperties;
		const problems = problemsFor(feature({ ...withoutName, id: 'no-name' }));
		expect(problems).toEqual([expect.objectContaining({ feature: 'no-name', field: 'name' })]);
	});

	it('uses the position when the id itself is missing', () => {
		const { id: _, ...withoutId } = goodProperties;
		const problems = problemsFor(feature(withoutId));
		expect(problems).toEqual([expect.objectContaining({ feature: '#1', field: 'id' })]);
	});

	it('reports an unknown precision, category and an end before the start', () => {
		expect(problemsFor(feature({ ...goodProperties, id: 'p', precision: 'roughly' }))[0]).toMatchObject({ field: 'precision' });
		expect(problemsFor(feature({ ...goodProperties, id: 'c', category: 'space' }))[0]).toMatchObject({ field: 'category' });
		expect(problemsFor(feature({ ...goodProperties, id: 'e', end: '2025-08-15' }))[0]).toMatchObject({ field: 'end', message: 'end is before start' });
	});

	it('requires a radius and a reason for an approximate position', () => {
		const problems = problemsFor(feature({ ...goodProperties, id: 'ship', precision: 'approximate' }));
		expect(problems.map((p) => p.field).sort()).toEqual(['positionNote', 'radiusKm']);
	});

	it('requires at least one source, each with a quote and a file or URL', () => {
		expect(problemsFor(feature({ ...goodProperties, id: 's0', sources: [] }))[0]).toMatchObject({ field: 'sources' });
		const noQuote = problemsFor(feature({ ...goodProperties, id: 's1', sources: [{ file: 'a.txt', publication: 'X', published: '2025-11-04', quote: '' }] }));
		expect(noQuote[0]).toMatchObject({ field: 'sources[0].quote' });
		const nowhere = problemsFor(feature({ ...goodProperties, id: 's2', sources: [{ publication: 'X', published: '2025-11-04', quote: 'q' }] }));
		expect(nowhere[0]).toMatchObject({ field: 'sources[0]', message: 'give the article file or a URL' });
	});

	it('reports bad geometry: wrong type, out-of-range coordinates, missing', () => {
		expect(problemsFor(feature({ ...goodProperties, id: 'g1' }, { type: 'Circle', coordinates: [0, 0] }))[0]).toMatchObject({ field: 'geometry.type' });
		expect(problemsFor(feature({ ...goodProperties, id: 'g2' }, { type: 'Point', coordinates: [-265.6, 18.2] }))[0]).toMatchObject({ field: 'geometry.coordinates[0]' });
		expect(problemsFor(feature({ ...goodProperties, id: 'g3' }, null))[0]).toMatchObject({ feature: 'g3', field: 'geometry' });
	});

	it('reports dates outside the scenario', () => {
		expect(problemsFor(feature({ ...goodProperties, id: 'early', start: '2024-01-01' }))[0]).toMatchObject({ field: 'start' });
		expect(problemsFor(feature({ ...goodProperties, id: 'late', end: '2026-03-01' }))[0]).toMatchObject({ field: 'end' });
	});

	it('keeps places inside the extent unless they are symbolic, tracks included', () => {
		const beijing = { type: 'Point', coordinates: [116.4, 39.9] };
		expect(problemsFor(feature({ ...goodProperties, id: 'far' }, beijing))[0]).toMatchObject({ feature: 'far', field: 'geometry', message: expect.stringContaining('outside the scenario') });
		const statement = validateLayer('scenario/d.geojson', collection(feature({ ...goodProperties, id: 'said', precision: 'symbolic', positionNote: 'said in Beijing', place: 'Beijing' }, beijing)), context());
		expect(statement.problems).toEqual([]);
		const track = [
			{ date: '2025-09-01', at: [-65.6, 18.2], source: 0 },
			{ date: '2025-09-03', at: [-61, 15], via: [[116.4, 39.9]], source: 0 }
		];
		expect(problemsFor(feature({ ...goodProperties, id: 'stray', track }))[0]).toMatchObject({ feature: 'stray', field: 'track[1]', message: expect.stringContaining('outside the scenario') });
	});

	it('keeps a date known to a week or a month on the map for its whole window', () => {
		const month = { ...goodProperties, id: 'm', datePrecision: 'month', dateNote: 'In September', start: '2025-09-01', end: '2025-09-10' };
		expect(problemsFor(feature(month))[0]).toMatchObject({ feature: 'm', field: 'end', message: expect.stringContaining('month’s end') });
		expect(problemsFor(feature({ ...month, id: 'm2', start: '2025-09-02', end: undefined }))[0]).toMatchObject({ field: 'end', message: expect.stringContaining('starts on the 1st') });
		expect(problemsFor(feature({ ...month, id: 'w', datePrecision: 'week', start: '2025-09-02', end: '2025-09-05' }))[0]).toMatchObject({ field: 'end', message: expect.stringContaining('week') });
		const fine = validateLayer('scenario/w.geojson', collection(feature({ ...month, end: '2025-09-30' }), feature({ ...month, id: 'w', datePrecision: 'week', start: '2025-09-02', end: '2025-09-08' })), context());
		expect(fine.problems).toEqual([]);
	});

	it('lets only symbolic placements point somewhere', () => {
		expect(problemsFor(feature({ ...goodProperties, id: 't', towards: [-66.9, 10.5] }))[0]).toMatchObject({ field: 'towards' });
	});

	it('checks that quantities and claims cite a source the feature has', () => {
		const quantities = [{ kind: 'aircraft', value: 10, source: 3 }];
		expect(problemsFor(feature({ ...goodProperties, id: 'q', quantities }))[0]).toMatchObject({ field: 'sources', message: expect.stringContaining('source position') });
		const badKind = [{ kind: 'tanks', value: 10, source: 0 }];
		expect(problemsFor(feature({ ...goodProperties, id: 'k', quantities: badKind }))[0]).toMatchObject({ field: 'quantities[0].kind' });
	});

	it('says which figure is dated outside the item’s days', () => {
		const quantities = [{ kind: 'killed', value: 3, source: 0, asOf: '2025-09-02' }, { kind: 'killed', value: 5, source: 0, asOf: '2025-08-20' }];
		expect(problemsFor(feature({ ...goodProperties, id: 'q', quantities }))[0]).toMatchObject({ field: 'quantities[1].asOf', message: expect.stringContaining('while the item is on the map') });
	});

	it('reports a duplicate id and keeps the first', () => {
		const problems = problemsFor(feature({ ...goodProperties, name: 'Another' }));
		expect(problems[0]).toMatchObject({ feature: 'ceiba', field: 'id' });
	});

	it('names both places of an id used in two files, and keeps the first', () => {
		const shared = context();
		validateLayer('scenario/a.geojson', collection(feature({ ...goodProperties, id: 'x' }), feature(goodProperties)), shared);
		const second = validateLayer('scenario/b.geojson', collection(feature({ ...goodProperties, name: 'A copy' })), shared);
		expect(second.features).toEqual([]);
		expect(second.problems.map(describeProblem)).toEqual([
			'scenario/b.geojson, feature "ceiba", field "id": the id "ceiba" is already used by feature #1 of scenario/a.geojson, which is kept; this copy (#0) is left out'
		]);
	});

	it('reports something that is not a feature, and a file that is not a collection', () => {
		expect(problemsFor('just text')[0]).toMatchObject({ feature: '#1', message: 'expected a GeoJSON Feature' });
		const result = validateLayer('scenario/x.geojson', { type: 'Feature' }, context());
		expect(result.problems[0]).toMatchObject({ file: 'scenario/x.geojson', message: expect.stringContaining('FeatureCollection') });
	});
});

describe('hostile and damaged features', () => {
	const source = goodProperties.sources[0];

	it('links only to http and https addresses, in any letter case', () => {
		for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.org/x']) {
			const problems = problemsFor(feature({ ...goodProperties, id: 'x', sources: [{ ...source, url }] }));
			expect(problems, url).toEqual([expect.objectContaining({ feature: 'x', field: 'sources[0].url', message: 'expected a web address starting http:// or https://' })]);
		}
		const reach = { radiusKm: 900, label: 'Radius', sources: [{ publication: 'X', quote: 'q', url: 'javascript:void(0)' }] };
		expect(problemsFor(feature({ ...goodProperties, id: 'r', reach }))[0]).toMatchObject({ field: 'reach.sources[0].url' });
		const fine = validateLayer('t.geojson', collection(feature({ ...goodProperties, sources: [{ ...source, url: 'HTTPS://Example.org/a' }] })), context());
		expect(fine.problems).toEqual([]);
	});

	it('shortens a very long name or quote, says so and keeps the item', () => {
		const result = validateLayer('t.geojson', collection(feature({ ...goodProperties, name: 'N'.repeat(20_000), sources: [{ ...source, quote: 'q'.repeat(5000) }] })), context());
		expect(result.features[0].properties.name).toBe(`${'N'.repeat(119)}…`);
		expect(result.features[0].properties.sources[0].quote).toHaveLength(4000);
		expect(result.problems.map(describeProblem)).toEqual([
			't.geojson, feature "ceiba", field "name": is 20,000 characters long; shown shortened to the first 120',
			't.geojson, feature "ceiba", field "sources[0].quote": is 5,000 characters long; shown shortened to the first 4,000'
		]);
	});

	it('names a feature by its position when its id is itself absurdly long', () => {
		const problems = problemsFor(feature({ ...goodProperties, id: 'a'.repeat(5000) }));
		expect(problems[0]).toMatchObject({ feature: '#1', field: 'id', message: expect.stringContaining('at most 80 long') });
	});

	it('closes a ring that does not end where it starts, and says so', () => {
		const open = { type: 'Polygon', coordinates: [[[-66, 12], [-65, 12], [-65, 13]]] };
		const result = validateLayer('t.geojson', collection(feature(goodProperties, open)), context());
		expect(result.features[0].geometry.coordinates).toEqual([[[-66, 12], [-65, 12], [-65, 13], [-66, 12]]]);
		expect(result.problems.map(describeProblem)).toEqual(['t.geojson, feature "ceiba", field "geometry.coordinates[0]": the ring did not end where it started; closed it']);
	});

	it('rejects a ring whose corners enclose no area', () => {
		const flat = { type: 'MultiPolygon', coordinates: [[[[-66, 12], [-65, 12], [-64, 12], [-66, 12]]]] };
		expect(problemsFor(feature({ ...goodProperties, id: 'flat' }, flat))[0]).toMatchObject({ field: 'geometry.coordinates[0][0]', message: expect.stringContaining('enclose an area') });
	});

	it('rejects absurd radii', () => {
		const far = { ...goodProperties, id: 'far', precision: 'approximate', positionNote: 'somewhere', radiusKm: 1e9 };
		expect(problemsFor(feature(far))[0]).toMatchObject({ field: 'radiusKm', message: expect.stringContaining('at most 5000 km') });
		const reach = { radiusKm: 40_000, label: 'Radius', sources: [source] };
		expect(problemsFor(feature({ ...goodProperties, id: 'r', reach }))[0]).toMatchObject({ field: 'reach.radiusKm' });
	});

	it('drops a figure given twice from the same source, and says so', () => {
		const q = { kind: 'personnel', value: 12000, source: 0, overall: true };
		const result = validateLayer('t.geojson', collection(feature({ ...goodProperties, quantities: [q, { ...q, value: 15000 }, { ...q, kind: 'ships' }] })), context());
		expect(result.features[0].properties.quantities.map((x) => x.kind)).toEqual(['personnel', 'ships']);
		expect(result.problems.map(describeProblem)).toEqual(['t.geojson, feature "ceiba", field "quantities[1]": repeats quantities[0] (the same kind, source, day and subject); left out']);
	});
});

const index: ScenarioIndex = {
	title: 'Test',
	start: '2025-08-01',
	end: '2025-12-31',
	region: [-82, 0, -54, 24],
	categories: [{ id: 'air', label: 'Air', color: '#00aa00' }],
	layers: ['scenario/a.geojson', 'scenario/b.geojson']
};

describe('loading a scenario', () => {
	it('keeps loading the other files when one is broken or missing', async () => {
		const files: Record<string, string> = {
			'scenario.json': JSON.stringify({ ...index, layers: ['scenario/a.geojson', 'scenario/broken.geojson', 'scenario/missing.geojson'] }),
			'scenario/a.geojson': JSON.stringify(collection(feature(goodProperties))),
			'scenario/broken.geojson': '{ "type": "FeatureCollection", "features": [ }'
		};
		const scenario = await loadScenario(async (path) => {
			if (!(path in files)) throw new Error('404 Not Found');
			return files[path];
		});
		expect('features' in scenario && scenario.features.map((f) => f.properties.id)).toEqual(['ceiba']);
		expect(scenario.problems.map(describeProblem)).toEqual([
			expect.stringMatching(/^scenario\/broken\.geojson: is not valid JSON: /),
			'scenario/missing.geojson: could not be read (404 Not Found)'
		]);
	});

	it('explains a broken index instead of failing silently', async () => {
		const scenario = await loadScenario(async () => JSON.stringify({ ...index, start: 'soon' }));
		expect('features' in scenario).toBe(false);
		expect(scenario.problems.map(describeProblem)).toEqual([expect.stringContaining('scenario.json, field "start"')]);
	});

	it('opens a package whose items name no source or description, which the built-in scenario may not do', async () => {
		const { sources: _sources, description: _description, ...bare } = goodProperties;
		const pack = { format: PACKAGE_FORMAT, version: 1 as const, index: { ...index, layers: ['scenario/a.geojson', 'scenario/gone.geojson'] }, files: { 'scenario/a.geojson': collection(feature(bare)) } };
		const opened = await loadPackage(pack);
		expect('features' in opened && opened.features.map((f) => f.properties.sources)).toEqual([[]]);
		expect(opened.problems.map(describeProblem)).toEqual(['scenario/gone.geojson: is named by scenario.json but is not in the package']);
		const strict = await loadPackage(pack, { sourced: true });
		expect('features' in strict && strict.features).toEqual([]);
		expect(strict.problems.map(describeProblem)).toEqual([
			'scenario/a.geojson, feature "ceiba", field "description": say what it is',
			'scenario/a.geojson, feature "ceiba", field "sources": every feature needs at least one source',
			'scenario/gone.geojson: is named by scenario.json but is not in the package'
		]);
	});

	it('reports how many features are checked, across layers, every few thousand', async () => {
		const many = (prefix: string, count: number) => collection(...Array.from({ length: count }, (_, i) => feature({ ...goodProperties, id: `${prefix}-${i}` })));
		const pack = { format: PACKAGE_FORMAT, version: 1 as const, index: { ...index, layers: ['a.geojson', 'b.geojson'] }, files: { 'a.geojson': many('a', 7000), 'b.geojson': many('b', 6000) } };
		const reports: [number, number][] = [];
		const opened = await loadPackage(pack, { sourced: false, onProgress: (checked, total) => reports.push([checked, total]) });
		expect('features' in opened && opened.features.length).toBe(13_000);
		expect(reports).toEqual([
			[5000, 13_000],
			[12_000, 13_000]
		]);
	});

	it('draws an approximate point as a circle of its radius and frames it', () => {
		const ship = feature({ ...goodProperties, id: 'ship', precision: 'approximate', radiusKm: 111.2, positionNote: 'at sea' }, { type: 'Point', coordinates: [-66, 12] });
		const scenario = buildScenario({ ...index, start: '2025-08-01' }, [{ file: 'scenario/a.geojson', json: { value: collection(ship) } }]);
		const [f] = scenario.features;
		expect(f.shape.type).toBe('Polygon');
		expect(f.anchor).toEqual([-66, 12]);
		// 111.2 km is about one degree of latitude
		expect(f.bounds[3]).toBeCloseTo(13, 1);
		expect(f.bounds[1]).toBeCloseTo(11, 1);
	});
});

describe('validateIndex', () => {
	it('leaves out a category whose id is used twice, naming both', () => {
		const twice = { ...index, categories: [...index.categories, { id: 'air', label: 'Aircraft', color: '#0000aa' }] };
		const { index: checked, problems } = validateIndex('scenario.json', twice);
		expect(checked?.categories.map((c) => c.label)).toEqual(['Air']);
		expect(problems.map(describeProblem)).toEqual(['scenario.json, field "categories[1].id": the category id "air" is already used by categories[0] ("Air"); this one is left out']);
	});

	it('carries what it repaired in the index into the loaded scenario', async () => {
		const files: Record<string, string> = {
			'scenario.json': JSON.stringify({ ...index, title: 'T'.repeat(500), layers: ['scenario/a.geojson'] }),
			'scenario/a.geojson': JSON.stringify(collection(feature(goodProperties)))
		};
		const scenario = await loadScenario(async (path) => files[path]);
		expect('title' in scenario && scenario.title).toBe(`${'T'.repeat(119)}…`);
		expect(scenario.problems.map(describeProblem)).toEqual(['scenario.json, field "title": is 500 characters long; shown shortened to the first 120']);
	});
});

describe('validatePhases', () => {
	const [start, end] = [parseDay('2025-08-01')!, parseDay('2025-12-31')!];
	const phase = (id: string, from: string, to: string) => ({ id, name: id, start: from, end: to, summary: 's', sources: goodProperties.sources });

	it('accepts phases in order', () => {
		const result = validatePhases('phases.json', { phases: [phase('a', '2025-08-01', '2025-09-30'), phase('b', '2025-10-01', '2025-12-31')] }, start, end);
		expect(result.problems).toEqual([]);
		expect(result.phases.map((p) => p.endDay - p.startDay)).toEqual([60, 91]);
	});

	it('names an overlapping or out-of-range phase and keeps the others', () => {
		const result = validatePhases('phases.json', { phases: [phase('a', '2025-08-01', '2025-09-30'), phase('b', '2025-09-15', '2025-10-31'), phase('c', '2025-11-01', '2026-01-31')] }, start, end);
		expect(result.phases.map((p) => p.id)).toEqual(['a']);
		expect(result.problems.map(describeProblem)).toEqual([
			'phases.json, phase "b", field "start": overlaps or comes before phase "a", which ends 2025-09-30',
			'phases.json, phase "c", field "end": is outside the scenario\'s dates (2025-08-01 to 2025-12-31)'
		]);
	});

	it('leaves out a phase whose id is used twice, naming both', () => {
		const result = validatePhases('phases.json', { phases: [phase('a', '2025-08-01', '2025-09-30'), phase('a', '2025-10-01', '2025-12-31')] }, start, end);
		expect(result.phases.map((p) => p.id)).toEqual(['a']);
		expect(result.problems.map(describeProblem)).toEqual(['phases.json, phase #1, field "id": the id "a" is already used by phase #0 ("a"); this one is left out']);
	});

	it('names the phase and field of a malformed phase', () => {
		const result = validatePhases('phases.json', { phases: [{ ...phase('a', '2025-08-01', '2025-09-30'), summary: '' }] }, start, end);
		expect(result.problems.map(describeProblem)).toEqual(['phases.json, phase "a", field "summary": must not be empty']);
	});

	it('holds the built-in scenario’s phases to a summary and a source, and lets a phase just made wait for them', () => {
		const bare = { phases: [{ id: 'a', name: 'A', start: '2025-08-01', end: '2025-09-30' }] };
		expect(validatePhases('phases.json', bare, start, end, false)).toMatchObject({ phases: [{ id: 'a', sources: [] }], problems: [] });
		const strict = validatePhases('phases.json', bare, start, end);
		expect(strict.phases).toEqual([]);
		expect(strict.problems.map(describeProblem)).toEqual(['phases.json, phase "a", field "summary": say what happens in this phase', 'phases.json, phase "a", field "sources": every phase needs at least one source']);
	});
});

describe('arrowInRegion', () => {
	const region: [number, number, number, number] = [-82, 0, -54, 24];
	const caracas: [number, number] = [-66.9, 10.48];

	it('brings a statement from Beijing into the region from the north, ending short of Caracas', () => {
		const arrow = arrowInRegion([116.4, 39.9], caracas, region)!;
		const [west, , east, north] = region;
		const [first, last] = [arrow.line[0], arrow.line[arrow.line.length - 1]];
		expect(first[1]).toBeCloseTo(north, 0);
		expect(first[0]).toBeGreaterThan(west);
		expect(first[0]).toBeLessThan(east);
		expect(Math.hypot(last[0] - caracas[0], last[1] - caracas[1])).toBeGreaterThan(0.3);
		expect(Math.abs(arrow.bearing)).toBeGreaterThan(150); // heading roughly south
	});

	it('starts at the origin when the origin is inside the region', () => {
		expect(arrowInRegion([-65.6, 18.2], caracas, region)!.line[0]).toEqual([-65.6, 18.2]);
	});

	it('draws no arrow between two places too close together', () => {
		expect(arrowInRegion([-66.91, 10.5], caracas, region)).toBeNull();
	});
});
