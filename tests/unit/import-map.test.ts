import { describe, expect, it } from 'vitest';
import { buildScenario } from '$lib/data/scenario';
import { validateIndex } from '$lib/data/validate';
import { guessMapping, MAPPING_FIELDS, needsDayOrder, previewRows, toPackage, type FieldMapping } from '$lib/import/mapping';
import type { Cell, ImportRow, ImportTable } from '$lib/import/table';

/** A spreadsheet-like table: a header and rows, numbered as a spreadsheet numbers them (the header is row 1). */
function sheet(columns: string[], rows: Cell[][], file = 'events.csv'): ImportTable {
	return {
		file,
		format: 'csv',
		columns,
		rows: rows.map((cells, i) => ({ where: `row ${i + 2}`, values: Object.fromEntries(columns.map((column, c) => [column, cells[c] ?? null])) })),
		problems: []
	};
}

/** A GeoJSON-, KML- or GPX-like table whose rows carry their geometry. */
function features(rows: Omit<ImportRow, 'where'>[], format: ImportTable['format'] = 'geojson', file = 'shapes.geojson'): ImportTable {
	const columns = [...new Set(rows.flatMap((row) => Object.keys(row.values)))];
	return { file, format, columns, rows: rows.map((row, i) => ({ where: `feature ${i + 1}`, ...row })), problems: [] };
}

type Feature = { type: 'Feature'; geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> };
type Index = { title: string; start: string; end: string; initialDate: string; region: number[]; extent: number[]; categories: { id: string; label: string; color: string }[]; layers: string[] };

function convert(table: ImportTable, mapping: FieldMapping = guessMapping(table), order: 'dmy' | 'mdy' | null = null) {
	const result = toPackage(table, mapping, { order });
	const layer = result.package.files['items.geojson'] as { type: string; features: Feature[] };
	return { ...result, index: result.package.index as Index, features: layer.features };
}

describe('events without an end date', () => {
	it('last their own day when asked, as in a list of events, and otherwise stay to the end', () => {
		const table = sheet(['date', 'end', 'lat', 'lon'], [['2025-03-04', '', 10, -60], ['2025-03-05', '2025-03-09', 11, -61]]);
		const mapping = { start: 'date', end: undefined, latitude: 'lat', longitude: 'lon' };
		const ends = (oneDay: boolean) => ((toPackage(table, mapping, { order: null, oneDay }).package.files['items.geojson'] as { features: Feature[] }).features.map((f) => f.properties.end));
		expect(ends(true)).toEqual(['2025-03-04', '2025-03-05']);
		expect(ends(false)).toEqual([undefined, undefined]);
		const withEnds = toPackage(table, { ...mapping, end: 'end' }, { order: null, oneDay: true }).package.files['items.geojson'] as { features: Feature[] };
		expect(withEnds.features.map((f) => f.properties.end)).toEqual(['2025-03-04', '2025-03-09']);
	});
});

describe('guessMapping', () => {
	it('guesses English headers', () => {
		const table = sheet(['ID', 'Title', 'Description', 'Type', 'Start Date', 'End Date', 'Lat', 'Lng', 'URL', 'Publisher', 'Quote', 'Published'], []);
		expect(guessMapping(table)).toEqual({
			id: 'ID',
			name: 'Title',
			description: 'Description',
			category: 'Type',
			start: 'Start Date',
			end: 'End Date',
			latitude: 'Lat',
			longitude: 'Lng',
			sourceUrl: 'URL',
			sourceOutlet: 'Publisher',
			sourceQuote: 'Quote',
			sourcePublished: 'Published'
		});
	});

	it('guesses Spanish headers, without accents or case', () => {
		const table = sheet(['Nombre', 'Descripción', 'Categoría', 'Fecha de inicio', 'Fecha_fin', 'LATITUD', 'Longitud', 'Enlace', 'Medio', 'Cita', 'Fecha publicación', 'Radio'], []);
		expect(guessMapping(table)).toEqual({
			name: 'Nombre',
			description: 'Descripción',
			category: 'Categoría',
			start: 'Fecha de inicio',
			end: 'Fecha_fin',
			latitude: 'LATITUD',
			longitude: 'Longitud',
			sourceUrl: 'Enlace',
			sourceOutlet: 'Medio',
			sourceQuote: 'Cita',
			sourcePublished: 'Fecha publicación',
			radiusKm: 'Radio'
		});
	});

	it('guesses odd headers by their words, never one column for two fields', () => {
		const table = sheet(['Event date (UTC)', 'Event name', 'eventType', 'the_geom', 'radius_km', 'notes', 'uid'], []);
		expect(guessMapping(table)).toEqual({ start: 'Event date (UTC)', name: 'Event name', category: 'eventType', wkt: 'the_geom', radiusKm: 'radius_km', description: 'notes', id: 'uid' });
		const both = sheet(['date', 'when'], []);
		expect(guessMapping(both)).toEqual({ start: 'date' });
	});

	it('prefers a whole name over a word of a name', () => {
		expect(guessMapping(sheet(['Start of event', 'start'], []))).toEqual({ start: 'start' });
		expect(guessMapping(sheet(['Event date', 'Date', 'Title'], []))).toEqual({ start: 'Date', name: 'Title' });
	});

	it('reads x and y as a position only when they hold numbers', () => {
		expect(guessMapping(sheet(['x', 'y'], [[-66.1, 18.4]]))).toEqual({ longitude: 'x', latitude: 'y' });
		expect(guessMapping(sheet(['x', 'y'], [['a', 'b']]))).toEqual({});
	});

	it('takes a source column of web addresses as the URL, and of names as the outlet', () => {
		expect(guessMapping(sheet(['date', 'source'], [['2025-01-01', 'https://www.reuters.com/a'], ['2025-01-02', 'http://apnews.com/b']]))).toEqual({ start: 'date', sourceUrl: 'source' });
		expect(guessMapping(sheet(['date', 'Fuente'], [['2025-01-01', 'Reuters'], ['2025-01-02', 'El País']]))).toEqual({ start: 'date', sourceOutlet: 'Fuente' });
		expect(guessMapping(sheet(['date', 'source', 'link'], [['2025-01-01', 'Reuters', 'https://reuters.com/x']]))).toEqual({ start: 'date', sourceOutlet: 'source', sourceUrl: 'link' });
	});

	it('takes a column of dates as the start when no name says so', () => {
		expect(guessMapping(sheet(['what', 'cuándo?!', 'happened'], [['a', '2025-03-01', 'x'], ['b', '4 March 2025', 'y']])).start).toBe('cuándo?!');
		expect(guessMapping(sheet(['what', 'happened'], [['a', '2025-03-01'], ['b', '03/04/2025']])).start).toBe('happened');
	});

	it('maps no position column for files whose rows have their own geometry, and reads KML and GPX times', () => {
		const kml = features([{ values: { name: 'Ford', timestamp: '2025-10-24T00:00:00Z', end: '2025-11-01', latitude: 5, wkt: 'x' }, geometry: { type: 'Point', coordinates: [-66, 18] } }], 'kml', 'doc.kml');
		expect(guessMapping(kml)).toEqual({ name: 'name', start: 'timestamp', end: 'end' });
		const gpx = features([{ values: { name: 'Track', time: '2025-10-24T00:00:00Z', _gpxType: 'trk' }, geometry: { type: 'LineString', coordinates: [] } }], 'gpx', 'walk.gpx');
		expect(guessMapping(gpx)).toEqual({ name: 'name', start: 'time' });
	});

	it('offers every field to the mapping step once', () => {
		const fields = MAPPING_FIELDS.map((f) => f.field);
		expect(new Set(fields).size).toBe(14);
		expect(MAPPING_FIELDS.find((f) => f.field === 'start')?.label).toBe('Start date');
	});
});

describe('needsDayOrder', () => {
	it('asks only when no mapped date column settles the order', () => {
		const ambiguous = sheet(['date', 'end'], [['03/04/2025', '05/04/2025']]);
		expect(needsDayOrder(ambiguous, { start: 'date' })).toBe(true);
		const settledByEnd = sheet(['date', 'end'], [['03/04/2025', '25/04/2025']]);
		expect(needsDayOrder(settledByEnd, { start: 'date', end: 'end' })).toBe(false);
		expect(needsDayOrder(sheet(['date'], [['2025-03-04']]), { start: 'date' })).toBe(false);
	});
});

describe('toPackage', () => {
	it('reads latitude and longitude as numbers or text with a decimal comma', () => {
		const { features: items, problems, loaded } = convert(sheet(['date', 'lat', 'lon'], [['2025-03-04', '18,5', '-66,25'], ['2025-03-05', 18.25, -66.5], ['2025-03-06', ' 10.5 ', '−61.0']]));
		expect(problems).toEqual([]);
		expect(loaded).toBe(3);
		expect(items.map((f) => f.geometry.coordinates)).toEqual([[-66.25, 18.5], [-66.5, 18.25], [-61, 10.5]]);
		expect(items[0].properties).toEqual({ id: 'row-2', name: 'Untitled (row 2)', category: 'items', start: '2025-03-04', precision: 'exact', sources: [] });
	});

	it('reports a latitude beyond ±90 that looks like a swapped longitude, and skips the row', () => {
		const { problems, loaded, skipped } = convert(sheet(['date', 'lat', 'lon'], [['2025-03-04', -99.1, 19.4], ['2025-03-04', 19.4, -99.1]]));
		expect([loaded, skipped]).toEqual([1, 1]);
		expect(problems).toEqual([{ file: 'events.csv', row: 'row 2', column: 'lat', message: 'latitude -99.1 is beyond ±90; are the latitude and longitude columns swapped?' }]);
	});

	it('reads WKT points and polygons', () => {
		const table = sheet(['date', 'wkt'], [['2025-03-04', 'POINT (-66.1 18.4)'], ['2025-03-04', 'polygon ((-67 17, -65 17, -65 19, -67 17))'], ['2025-03-04', 'SRID=4326;POINT Z (-66 18 12)'], ['2025-03-04', 'a point']]);
		const { features: items, problems } = convert(table);
		expect(items.map((f) => f.geometry)).toEqual([
			{ type: 'Point', coordinates: [-66.1, 18.4] },
			{ type: 'Polygon', coordinates: [[[-67, 17], [-65, 17], [-65, 19], [-67, 17]]] },
			{ type: 'Point', coordinates: [-66, 18] }
		]);
		expect(problems).toEqual([{ file: 'events.csv', row: 'row 5', column: 'wkt', message: '"a point" is not WKT (like POINT (-66.1 18.4))' }]);
	});

	it('passes file geometries through, closes open rings and refuses collections, saying how to fix them', () => {
		const table = features([
			{ values: { date: '2025-03-04' }, geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] } },
			{ values: { date: '2025-03-04' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1]]] } },
			{ values: { date: '2025-03-04' }, geometry: { type: 'MultiPoint', coordinates: [[0, 0], [1, 1]] } },
			{ values: { date: '2025-03-04' }, geometry: { type: 'LineString', coordinates: [[0, 0, 100], [1, 1, 120]] } }
		]);
		const { features: items, problems, loaded } = convert(table);
		expect(loaded).toBe(3);
		expect(items[1].geometry.coordinates).toEqual([[[0, 0], [1, 0], [1, 1], [0, 0]]]);
		expect(items[2].geometry.coordinates).toEqual([[0, 0], [1, 1]]);
		expect(problems.map((p) => `${p.row}: ${p.message}`)).toEqual([
			'feature 2: a polygon ring did not end where it started; closed it',
			'feature 3: a MultiPoint (several points in one item) is not supported; give each point its own row or feature'
		]);
	});

	it('turns a timed track across 3 days into one waypoint a day, the last of each', () => {
		const times = ['2025-10-01T08:00:00Z', '2025-10-01T20:00:00Z', '2025-10-02T01:00:00Z', null, '2025-10-02T23:00:00Z', '2025-10-03T06:00:00Z', '2025-10-03T22:30:00-05:00'];
		const coordinates = [[-64, 10], [-64.5, 10.5], [-65, 11], [-99, 0], [-65.5, 11.5], [-66, 12], [-66.5, 12.5]];
		const table = features([{ values: { name: 'Patrol', time: '2025-10-01T08:00:00Z' }, geometry: { type: 'LineString', coordinates }, times }], 'gpx', 'patrol.gpx');
		const { features: items, index, problems } = convert(table, { name: 'name' });
		expect(problems).toEqual([]);
		expect(items[0].properties.track).toEqual([
			{ date: '2025-10-01', at: [-64.5, 10.5] },
			{ date: '2025-10-02', at: [-65.5, 11.5] },
			{ date: '2025-10-03', at: [-66, 12] },
			{ date: '2025-10-04', at: [-66.5, 12.5] }
		]);
		expect(items[0].geometry).toEqual({ type: 'Point', coordinates: [-64.5, 10.5] });
		expect(items[0].properties).toMatchObject({ start: '2025-10-01', end: '2025-10-04' });
		expect([index.start, index.end]).toEqual(['2025-10-01', '2025-10-04']);
		expect(index.title).toBe('patrol');
	});

	it('groups a GPX-like track of several points a day over 3 days into 3 waypoints', () => {
		const times = [['2025-10-01T01:00:00Z', '2025-10-01T12:00:00Z', '2025-10-01T23:00:00Z'], ['2025-10-02T01:00:00Z', '2025-10-02T12:00:00Z', '2025-10-03T00:00:00Z', '2025-10-03T09:00:00Z']];
		const coordinates = [[[-60, 10], [-60.1, 10], [-60.2, 10]], [[-61, 11], [-61.1, 11], [-62, 12], [-62.1, 12]]];
		const table = features([{ values: { name: 'Ship' }, geometry: { type: 'MultiLineString', coordinates }, times }], 'gpx', 'ship.gpx');
		const { features: items } = convert(table, { name: 'name' });
		expect((items[0].properties.track as unknown[]).length).toBe(3);
		expect(items[0].properties.track).toEqual([
			{ date: '2025-10-01', at: [-60.2, 10] },
			{ date: '2025-10-02', at: [-61.1, 11] },
			{ date: '2025-10-03', at: [-62.1, 12] }
		]);
	});

	it('makes a track of one day a point where it was last, dated that day', () => {
		const table = features([{ values: {}, geometry: { type: 'LineString', coordinates: [[-60, 10], [-61, 11]] }, times: ['2025-10-01T01:00:00Z', '2025-10-01T05:00:00Z'] }], 'gpx');
		const { features: items } = convert(table, {});
		expect(items[0].geometry).toEqual({ type: 'Point', coordinates: [-61, 11] });
		expect(items[0].properties).toMatchObject({ start: '2025-10-01' });
		expect(items[0].properties.end).toBeUndefined();
	});

	it('gives each category a slug id, its label and its own colour; rows without one go to Other', () => {
		const rows = ['Naval', 'Air', 'Naval', '', 'Ground forces', 'Áreas'].map((category) => ['2025-03-04', 10, -60, category]);
		const { index, features: items } = convert(sheet(['date', 'lat', 'lon', 'type'], rows));
		expect(index.categories.map(({ id, label }) => [id, label])).toEqual([
			['naval', 'Naval'],
			['air', 'Air'],
			['other', 'Other'],
			['ground-forces', 'Ground forces'],
			['areas', 'Áreas']
		]);
		expect(new Set(index.categories.map((c) => c.color)).size).toBe(5);
		expect(index.categories.every((c) => /^#[0-9a-f]{6}$/.test(c.color))).toBe(true);
		expect(items.map((f) => f.properties.category)).toEqual(['naval', 'air', 'naval', 'other', 'ground-forces', 'areas']);
		const many = convert(sheet(['date', 'lat', 'lon', 'type'], Array.from({ length: 10 }, (_, i) => ['2025-03-04', 10, -60, `kind ${i}`])));
		expect(new Set(many.index.categories.map((c) => c.color)).size).toBe(10);
	});

	it('keeps ids from the id column, reporting a duplicate and giving it a row id', () => {
		const table = sheet(['id', 'date', 'lat', 'lon'], [['Ford CSG', '2025-03-04', 10, -60], ['ford csg', '2025-03-05', 10, -60], ['', '2025-03-05', 10, -60], ['row-4', '2025-03-05', 10, -60]]);
		const { features: items, problems } = convert(table);
		expect(items.map((f) => f.properties.id)).toEqual(['ford-csg', 'row-3', 'row-4', 'row-5']);
		expect(problems).toEqual([
			{ file: 'events.csv', row: 'row 3', column: 'id', message: 'the id "ford-csg" is already used by row 2; this row gets its own' },
			{ file: 'events.csv', row: 'row 5', column: 'id', message: 'the id "row-4" is already used by row 4; this row gets its own' }
		]);
	});

	it('skips rows without a usable start, naming the row and the column', () => {
		const table = sheet(['fecha', 'lat', 'lon'], [['2025-02-30', 10, -60], ['', 10, -60], ['next Tuesday', 10, -60], ['2025-03-01', 10, -60]]);
		const { problems, loaded, skipped } = convert(table);
		expect([loaded, skipped]).toEqual([1, 3]);
		expect(problems).toEqual([
			{ file: 'events.csv', row: 'row 2', column: 'fecha', message: '"2025-02-30" is not a date: February 2025 has 28 days' },
			{ file: 'events.csv', row: 'row 3', column: 'fecha', message: 'no date' },
			{ file: 'events.csv', row: 'row 4', column: 'fecha', message: '"next Tuesday" is not a date written as YYYY-MM-DD, DD/MM/YYYY or “4 March 2025”' }
		]);
	});

	it('drops an end before the start, keeping the row', () => {
		const { features: items, problems, index } = convert(sheet(['start', 'end', 'lat', 'lon'], [['2025-03-04', '2025-03-01', 10, -60], ['2025-03-04', '2025-04-01', 10, -60]]));
		expect(items[0].properties.end).toBeUndefined();
		expect(items[1].properties.end).toBe('2025-04-01');
		expect(problems).toEqual([{ file: 'events.csv', row: 'row 2', column: 'end', message: 'ends (2025-03-01) before it starts (2025-03-04); the end is left out' }]);
		expect([index.start, index.end, index.initialDate]).toEqual(['2025-03-04', '2025-04-01', '2025-03-04']);
	});

	it('reads day/month dates in the order chosen, or the order the column settles on', () => {
		const table = sheet(['date', 'lat', 'lon'], [['03/04/2025', 10, -60], ['04/05/2025', 10, -60]]);
		expect(convert(table, undefined, 'dmy').features.map((f) => f.properties.start)).toEqual(['2025-04-03', '2025-05-04']);
		expect(convert(table, undefined, 'mdy').features.map((f) => f.properties.start)).toEqual(['2025-03-04', '2025-04-05']);
		const unasked = convert(table, undefined, null);
		expect(unasked.loaded).toBe(0);
		expect(unasked.problems[0].message).toBe('"03/04/2025" could be day/month or month/day; choose which comes first');
		const settled = sheet(['date', 'lat', 'lon'], [['03/04/2025', 10, -60], ['25/05/2025', 10, -60]]);
		expect(convert(settled).features.map((f) => f.properties.start)).toEqual(['2025-04-03', '2025-05-25']);
	});

	it('reports a date read against the order most of its column follows, keeping it', () => {
		const table = sheet(['date', 'lat', 'lon'], [['13/04/2025', 10, -60], ['14/04/2025', 10, -60], ['04/15/2025', 10, -60]]);
		const { features: items, problems } = convert(table);
		expect(items.map((f) => f.properties.start)).toEqual(['2025-04-13', '2025-04-14', '2025-04-15']);
		expect(problems).toEqual([{ file: 'events.csv', row: 'row 4', column: 'date', message: '"04/15/2025" was read as 2025-04-15, month first, but most dates in this column put the day first; check it' }]);
	});

	it('makes a source of a URL, an outlet, a quote and a publication date; the outlet defaults to the site; an outlet alone is a source', () => {
		const table = sheet(
			['date', 'lat', 'lon', 'url', 'outlet', 'quote', 'published'],
			[
				['2025-03-04', 10, -60, 'https://www.reuters.com/world/x', '', 'Ships arrived.', '2025-03-03'],
				['2025-03-04', 10, -60, 'https://apnews.com/y', 'AP', '', 'soon'],
				['2025-03-04', 10, -60, 'ftp://example.com/z', 'Example', '', ''],
				['2025-03-04', 10, -60, '', 'Reuters', '', ''],
				['2025-03-04', 10, -60, '', '', '', '']
			]
		);
		const { features: items, problems, loaded } = convert(table);
		expect(loaded).toBe(5);
		expect(items.map((f) => f.properties.sources)).toEqual([
			[{ url: 'https://www.reuters.com/world/x', publication: 'reuters.com', quote: 'Ships arrived.', published: '2025-03-03' }],
			[{ url: 'https://apnews.com/y', publication: 'AP' }],
			[],
			[{ publication: 'Reuters' }],
			[]
		]);
		expect(problems.map((p) => [p.row, p.column])).toEqual([
			['row 3', 'published'],
			['row 4', 'url']
		]);
	});

	it('pads the region around a single point by half a degree each way', () => {
		const { index } = convert(sheet(['date', 'lat', 'lon'], [['2025-03-04', 18.4, -66.1]]));
		expect(index.region.map((v) => Math.round(v * 1000) / 1000)).toEqual([-66.6, 17.9, -65.6, 18.9]);
		expect(index.extent).toEqual([-180, -90, 180, 90]);
		const wide = convert(sheet(['date', 'lat', 'lon'], [['2025-03-04', 0, -70], ['2025-03-04', 20, -50], ['2025-03-04', 89.9, 179.9]])).index;
		expect(wide.region[2]).toBe(180);
		expect(wide.region[3]).toBe(90);
		expect(wide.region[0]).toBeCloseTo(-94.99);
	});

	it('builds the package without sources or descriptions (needs the optional-sources schema)', () => {
		// needs the optional-sources schema: until it lands, assert on the raw package shape instead of validating.
		const { package: pack, loaded } = toPackage(sheet(['name', 'date', 'lat', 'lon'], [['Ford', '2025-11-11', 18, -66]]), { name: 'name', start: 'date', latitude: 'lat', longitude: 'lon' }, { order: null, title: 'Mine' });
		expect(loaded).toBe(1);
		expect(pack).toEqual({
			format: 'briefing-map-scenario',
			version: 1,
			index: {
				title: 'Mine',
				start: '2025-11-11',
				end: '2025-11-11',
				initialDate: '2025-11-11',
				region: [-66.5, 17.5, -65.5, 18.5],
				extent: [-180, -90, 180, 90],
				categories: [{ id: 'items', label: 'Items', color: '#1f77b4' }],
				layers: ['items.geojson']
			},
			files: {
				'items.geojson': {
					type: 'FeatureCollection',
					features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-66, 18] }, properties: { id: 'row-2', name: 'Ford', category: 'items', start: '2025-11-11', precision: 'exact', sources: [] } }]
				}
			}
		});
	});

	it('builds a package that passes the scenario validation', () => {
		const table = sheet(
			['ID', 'Name', 'Description', 'Category', 'Date', 'End', 'Latitude', 'Longitude', 'Radius', 'Source', 'Quote'],
			[
				['ford', 'USS Gerald R. Ford', 'The carrier arrives.', 'Naval', '11 November 2025', '', 18.0, -66.0, '', 'https://www.navy.mil/a', 'The carrier arrived.'],
				['ceiba', 'F-35B at Ceiba', 'Fighters deploy.', 'Air', '2025-09-13', '2025-12-01', '18,25', '-65,64', '25', 'https://apnews.com/b', 'Ten F-35Bs landed.'],
				['', 'Strike', 'A boat is struck.', '', '2025-09-02T23:30:00-05:00', '', 11.5, -65.0, '', 'https://www.reuters.com/c', 'A boat was struck.']
			],
			'buildup.xlsx'
		);
		const mapping = guessMapping(table);
		expect(mapping).toMatchObject({ radiusKm: 'Radius', sourceUrl: 'Source', sourceQuote: 'Quote' });
		const { package: pack, problems, loaded } = toPackage(table, mapping, { order: null });
		expect(problems).toEqual([]);
		expect(loaded).toBe(3);
		const { index, problems: indexProblems } = validateIndex('scenario.json', pack.index);
		expect(indexProblems).toEqual([]);
		const scenario = buildScenario(index!, [{ file: 'items.geojson', json: { value: pack.files['items.geojson'] } }]);
		expect(scenario.problems).toEqual([]);
		expect(scenario.title).toBe('buildup');
		expect(scenario.features.map((f) => [f.properties.id, f.properties.category, f.properties.start, f.properties.precision])).toEqual([
			['ford', 'naval', '2025-11-11', 'exact'],
			['ceiba', 'air', '2025-09-13', 'approximate'],
			['row-4', 'other', '2025-09-03', 'exact']
		]);
		expect(scenario.features[1].properties).toMatchObject({ radiusKm: 25, positionNote: 'Radius from the file\'s column “Radius”.' });
		expect(scenario.features[2].properties.sources).toEqual([{ url: 'https://www.reuters.com/c', publication: 'reuters.com', quote: 'A boat was struck.' }]);
	});

	it('says why nothing loaded, by the commonest cause', () => {
		const { loaded, problems } = convert(sheet(['date', 'lat', 'lon'], [['soon', 10, -60], ['later', 10, -60], ['2025-01-01', '', -60]]));
		expect(loaded).toBe(0);
		expect(problems[problems.length - 1]).toEqual({
			file: 'events.csv',
			message: 'no row could be loaded: 2 of 3 rows have no usable start date (column “date”); the first, row 2: "soon" is not a date written as YYYY-MM-DD, DD/MM/YYYY or “4 March 2025”'
		});
	});

	it('lists the first problems of a kind and counts the rest, reporting progress', () => {
		const rows = Array.from({ length: 25_000 }, (_, i): Cell[] => [i % 2 ? '2025-01-01' : 'x', 10, -60]);
		const progress: number[] = [];
		const result = toPackage(sheet(['date', 'lat', 'lon'], rows), { start: 'date', latitude: 'lat', longitude: 'lon' }, { order: null, onProgress: (done) => progress.push(done) });
		expect([result.loaded, result.skipped]).toEqual([12_500, 12_500]);
		expect(result.problems.length).toBe(101);
		expect(result.problems[100].message).toMatch(/^12,400 more rows have the same kind of problem as row 2/);
		expect(progress).toEqual([10_000, 20_000, 25_000]);
	});
});

describe('previewRows', () => {
	it('shows the first rows as they will be read, problems in brackets', () => {
		const table = sheet(['name', 'date', 'end', 'kind', 'lat', 'lon'], [['Ford', '2025-11-11', '', 'Naval', 18, -66], ['', '', 'soon', '', '', -66], ['x', '2025-01-01', '', 'Air', 10, -60]]);
		expect(previewRows(table, guessMapping(table), 2)).toEqual([
			{ where: 'row 2', name: 'Ford', start: '2025-11-11', end: '', category: 'Naval', position: '18.0000, -66.0000' },
			{ where: 'row 3', name: 'Untitled (row 3)', start: '[no date]', end: '["soon" is not a date written as YYYY-MM-DD, DD/MM/YYYY or “4 March 2025”]', category: 'Other', position: '[no latitude]' }
		]);
	});
});
