import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { MAX_UNZIPPED_BYTES, readImportFile } from '$lib/import/read';
import type { ImportTable, ReadResult } from '$lib/import/table';
import type { ScenarioPackage } from '$lib/data/package';

function fixture(name: string): Uint8Array {
	return new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
}

/** Reads a fixture (or given bytes) and insists it came out as a table. */
async function table(name: string, bytes: Uint8Array = fixture(name)): Promise<ImportTable> {
	const result = await readImportFile(name, bytes);
	if (result.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(result)}`);
	return result.table;
}

async function unreadable(name: string, bytes: Uint8Array = fixture(name)): Promise<string> {
	const result = await readImportFile(name, bytes);
	if (result.kind !== 'unreadable') throw new Error(`expected unreadable, got ${result.kind}`);
	return result.message;
}

async function readPackage(name: string, bytes: Uint8Array = fixture(name)): Promise<Extract<ReadResult, { kind: 'package' }>> {
	const result = await readImportFile(name, bytes);
	if (result.kind !== 'package') throw new Error(`expected a package, got ${JSON.stringify(result)}`);
	return result;
}

describe('reading delimited text', () => {
	it('reads a CSV with a BOM, quoted commas, blank and repeated headers, and numbers rows as a spreadsheet does', async () => {
		const csv = await table('events.csv');
		expect(csv.format).toBe('csv');
		expect(csv.columns).toEqual(['name', 'start', 'place, country', 'Column 4', 'name (2)']);
		expect(csv.rows.map((row) => row.where)).toEqual(['row 2', 'row 4', 'row 6']);
		expect(csv.rows[0].values).toEqual({ name: 'Ford arrives', start: '2025-09-01', 'place, country': 'Roosevelt Roads, Puerto Rico', 'Column 4': 'x', 'name (2)': 'USS Gerald R. Ford' });
		expect(csv.rows[1].values).toEqual({ name: 'Iwo Jima ARG', start: '2025-08-14', 'place, country': 'Caribbean Sea', 'Column 4': null, 'name (2)': null });
		expect(csv.rows[2].values.name).toBe('Strike on boat, "Tren"');
		expect(csv.rows[0]).not.toHaveProperty('geometry');
		expect(csv.problems).toEqual([{ file: 'events.csv', row: 'row 5', message: 'has 6 values, but the header names only 5 columns, so its values cannot be matched to them' }]);
	});

	it('reports an unclosed quote at its row and keeps the rows before it', async () => {
		const csv = await table('open.csv', strToU8('a,b\n1,2\n\n3,"open\n4,5\n'));
		expect(csv.rows.map((row) => [row.where, row.values])).toEqual([['row 2', { a: '1', b: '2' }]]);
		expect(csv.problems).toEqual([{ file: 'open.csv', row: 'row 4', message: 'has a quote (") that is never closed, so this row and everything after it could not be read' }]);
	});

	it('detects the delimiter, keeps values as text, and calls a tab-separated .txt "tsv"', async () => {
		const semicolons = await table('semi.csv', strToU8('name;count\nA;007\n'));
		expect(semicolons.rows[0].values).toEqual({ name: 'A', count: '007' });
		expect(semicolons.format).toBe('csv');
		expect((await table('tabs.txt', strToU8('a\tb\n1\t2\n'))).format).toBe('tsv');
	});

	it('reads a TSV', async () => {
		const tsv = await table('events.tsv');
		expect(tsv.format).toBe('tsv');
		expect(tsv.columns).toEqual(['name', 'start', 'latitude', 'longitude']);
		expect(tsv.rows.map((row) => row.values)).toEqual([
			{ name: 'Ford', start: '2025-09-01', latitude: '18.23', longitude: '-65.6' },
			{ name: 'Iwo Jima', start: '2025-08-14', latitude: null, longitude: null }
		]);
	});

	it('gives a header without rows as a table with no rows', async () => {
		const csv = await table('empty.csv', strToU8('name,start\n'));
		expect(csv.columns).toEqual(['name', 'start']);
		expect(csv.rows).toEqual([]);
		expect(csv.problems).toEqual([]);
	});

	it('reads Windows-1252 text, as older Excel saves CSV', async () => {
		const csv = await table('cafe.csv', new Uint8Array([...strToU8('name\nCaf'), 0xe9, 0x0a]));
		expect(csv.rows[0].values).toEqual({ name: 'Café' });
	});
});

describe('reading Excel workbooks', () => {
	it('reads the first sheet with data, keeping numbers, booleans and dates, and names the sheets not read', async () => {
		const xlsx = await table('events.xlsx');
		expect(xlsx.format).toBe('xlsx');
		expect(xlsx.columns).toEqual(['name', 'start', 'count', 'confirmed', 'Column 5', 'name (2)']);
		expect(xlsx.rows.map((row) => row.where)).toEqual(['row 2', 'row 4']);
		expect(xlsx.rows[0].values).toEqual({ name: 'Ford arrives', start: '2025-09-01', count: 12.5, confirmed: true, 'Column 5': 'loose', 'name (2)': null });
		expect(xlsx.rows[1].values).toEqual({ name: 'Strike', start: '2025-09-02T14:30:00.000Z', count: 3, confirmed: false, 'Column 5': null, 'name (2)': 'second name' });
		expect(xlsx.problems).toEqual([{ file: 'events.xlsx', message: `only sheet "Events" was read; the workbook's other sheets ("Cover", "Notes") were not.` }]);
	});

	it('turns a broken workbook into a sentence instead of throwing', async () => {
		const broken = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
		expect(await unreadable('broken.xlsx', broken)).toMatch(/^"broken\.xlsx" is not a readable Excel workbook: .+\.$/);
	});
});

describe('reading GeoJSON', () => {
	it('gives one row per feature, with odd property names kept as they are and nested values as JSON text', async () => {
		const geojson = await table('features.geojson');
		expect(geojson.format).toBe('geojson');
		expect(geojson.title).toBe('Deployments');
		// JSON.parse puts integer-like keys ("2024") first; everything else keeps the file's order.
		expect(geojson.columns).toEqual(['id', '2024', 'Name (EN)', '__proto__', 'a.b', '', 'sources', 'note', 'extra']);
		expect(geojson.rows.map((row) => row.where)).toEqual(['feature 1', 'feature 3', 'feature 4']);
		const [ford, unplaced, badGeometry] = geojson.rows;
		expect(ford.values).toEqual({
			id: 'ford',
			'2024': 7,
			'Name (EN)': 'Ford',
			['__proto__']: 'not a prototype',
			'a.b': true,
			'': 'blank key',
			sources: '[{"url":"https://example.org/a"}]',
			note: null
		});
		expect(Object.getPrototypeOf(ford.values)).toBe(Object.prototype);
		expect(Object.hasOwn(ford.values, '__proto__')).toBe(true);
		expect(ford.geometry).toEqual({ type: 'Point', coordinates: [-65.6, 18.2] });
		expect(unplaced).toEqual({ where: 'feature 3', values: { 'Name (EN)': 'No position', extra: '{"x":1}' }, geometry: null });
		expect(badGeometry).toEqual({ where: 'feature 4', values: {}, geometry: null });
		expect(geojson.problems).toEqual([
			{ file: 'features.geojson', row: 'feature 2', message: 'is not a GeoJSON feature: it is not an object' },
			{ file: 'features.geojson', row: 'feature 4', field: 'geometry', message: 'is not a GeoJSON geometry; the feature was read without a position' }
		]);
	});

	it('reads a single feature, a bare geometry and an empty collection', async () => {
		const single = await table('one.geojson', strToU8(JSON.stringify({ type: 'Feature', geometry: null, properties: { a: 1 } })));
		expect(single.rows).toEqual([{ where: 'feature 1', values: { a: 1 }, geometry: null }]);
		const bare = await table('bare.json', strToU8(JSON.stringify({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })));
		expect(bare.rows).toEqual([{ where: 'feature 1', values: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }]);
		const empty = await table('empty.geojson', strToU8('{"type":"FeatureCollection","features":[]}'));
		expect([empty.rows, empty.columns, empty.problems]).toEqual([[], [], []]);
	});

	it('reads GeoJSON by its content whatever the extension says', async () => {
		expect((await table('really.csv', strToU8('{"type":"FeatureCollection","features":[]}'))).format).toBe('geojson');
	});
});

const LONG_NAME = 'USS Gerald R. Ford carrier strike group…';

describe('reading KML and KMZ', () => {
	const check = (kml: ImportTable, file: string) => {
		expect(kml.title).toBe('Caribbean deployments');
		expect(kml.columns).toEqual(['name', 'description', 'category', 'precision', 'begin', 'end', 'folder']);
		expect(kml.rows.map((row) => row.where)).toEqual([`placemark 1 (“${LONG_NAME}”)`, 'placemark 2 (“Strike”)', 'placemark 3']);
		const [span, stamp, track] = kml.rows;
		expect(span.values).toEqual({
			name: 'USS Gerald R. Ford carrier strike group arrives in the Caribbean',
			description: '<b>Largest</b> carrier',
			category: 'naval',
			precision: 'exact',
			begin: '2025-11-11',
			end: '2025-12-31',
			folder: 'Naval'
		});
		expect(span.geometry).toEqual({ type: 'Point', coordinates: [-65.6, 18.2, 0] });
		expect(stamp.values).toEqual({ name: 'Strike', begin: '2025-09-02T14:30:00Z', folder: null });
		expect(track.values).toEqual({ folder: 'Tracks' });
		expect(track.geometry).toEqual({ type: 'LineString', coordinates: [[-66, 18, 0], [-65, 17, 0], [-64, 16, 0]] });
		expect(track.times).toEqual(['2025-09-01T00:00:00Z', '2025-09-02T00:00:00Z', '2025-09-03T12:00:00Z']);
		expect(kml.problems).toEqual([{ file, message: 'a ground overlay or network link was left out: only placemarks are read.' }]);
	};

	it('reads placemarks with their folder, time span, time stamp and gx:Track times, without style', async () => {
		const kml = await table('places.kml');
		expect(kml.format).toBe('kml');
		check(kml, 'places.kml');
	});

	it('reads the KML inside a KMZ', async () => {
		const kmz = await table('places.kmz');
		expect(kmz.format).toBe('kmz');
		check(kmz, 'places.kmz');
	});

	it('makes a gx:MultiTrack one MultiLineString with times nested like its coordinates', async () => {
		const multi = await table(
			'multi.kml',
			strToU8(
				`<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Placemark><gx:MultiTrack>` +
					`<gx:Track><when>2025-09-01</when><when>2025-09-02</when><gx:coord>1 1 0</gx:coord><gx:coord>2 2 0</gx:coord></gx:Track>` +
					`<gx:Track><when>2025-09-05</when><when>2025-09-06</when><gx:coord>3 3 0</gx:coord><gx:coord>4 4 0</gx:coord></gx:Track>` +
					`</gx:MultiTrack></Placemark></kml>`
			)
		);
		expect(multi.title).toBeUndefined();
		expect(multi.rows[0].geometry).toEqual({ type: 'MultiLineString', coordinates: [[[1, 1, 0], [2, 2, 0]], [[3, 3, 0], [4, 4, 0]]] });
		expect(multi.rows[0].times).toEqual([['2025-09-01', '2025-09-02'], ['2025-09-05', '2025-09-06']]);
	});
});

describe('reading GPX', () => {
	it('reads tracks with their times, routes and waypoints, each numbered in its kind', async () => {
		const gpx = await table('track.gpx');
		expect(gpx.format).toBe('gpx');
		expect(gpx.title).toBe('Patrol of the Sampson');
		expect(gpx.columns).toEqual(['name', 'desc', 'time']);
		expect(gpx.rows.map((row) => row.where)).toEqual(['track 1 (“Sampson”)', 'track 2', 'route 1 (“Planned”)', 'waypoint 1 (“Roosevelt Roads”)']);
		const [sampson, split, route, waypoint] = gpx.rows;
		// togeojson gives a track the time of its first point.
		expect(sampson.values).toEqual({ name: 'Sampson', desc: 'Destroyer patrol', time: '2025-09-01T06:00:00Z' });
		expect(sampson.geometry).toEqual({ type: 'LineString', coordinates: [[-65.6, 18.2], [-65, 15], [-64, 12]] });
		expect(sampson.times).toEqual(['2025-09-01T06:00:00Z', '2025-09-02T06:00:00Z', '2025-09-03T06:00:00Z']);
		expect(split.geometry?.type).toBe('MultiLineString');
		expect(split.times).toEqual([
			['2025-09-04T00:00:00Z', '2025-09-04T06:00:00Z'],
			['2025-09-05T00:00:00Z', '2025-09-05T06:00:00Z']
		]);
		expect(route.values).toEqual({ name: 'Planned' });
		expect(route).not.toHaveProperty('times');
		expect(waypoint.values).toEqual({ name: 'Roosevelt Roads', time: '2025-09-01T08:00:00Z' });
		expect(waypoint.geometry).toEqual({ type: 'Point', coordinates: [-65.6, 18.2] });
		expect(gpx.problems).toEqual([]);
	});

	it('leaves out times that would not line up with the positions, and says so', async () => {
		const gpx = await table(
			'gaps.gpx',
			strToU8(
				`<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Gaps</name><trkseg>` +
					`<trkpt lat="1" lon="1"><time>2025-09-01T00:00:00Z</time></trkpt><trkpt lat="2" lon="2"/></trkseg></trk></gpx>`
			)
		);
		expect(gpx.rows[0]).not.toHaveProperty('times');
		expect(gpx.problems).toEqual([{ file: 'gaps.gpx', row: 'track 1 (“Gaps”)', message: 'has times for only some of its positions, so its times were left out' }]);
	});
});

describe('reading scenario packages', () => {
	it('reads a package saved as JSON', async () => {
		const result = await readPackage('scenario-package.json');
		expect(result.problems).toEqual([]);
		expect(result.package).toEqual({
			format: 'briefing-map-scenario',
			version: 1,
			index: { title: 'Imported', start: '2025-08-01', end: '2025-12-31', layers: ['scenario/naval.geojson'] },
			files: { 'scenario/naval.geojson': { type: 'FeatureCollection', features: [] } }
		} satisfies ScenarioPackage);
	});

	it('refuses a package of another version or without its parts', async () => {
		const read = (value: object) => unreadable('p.json', strToU8(JSON.stringify({ format: 'briefing-map-scenario', version: 1, index: {}, files: {}, ...value })));
		expect(await read({ version: 2 })).toBe('"p.json" is a scenario package of version 2, but only version 1 can be read.');
		expect(await read({ index: undefined })).toBe('"p.json" is a scenario package without its scenario: its "index" is missing or not an object.');
		expect(await read({ files: [] })).toBe('"p.json" is a scenario package without its files: its "files" is missing or not an object.');
	});

	it('reads a zipped geodata folder, keying files by their path beside scenario.json and reporting broken ones', async () => {
		const result = await readPackage('scenario-package.zip');
		expect(result.package.index).toEqual({ title: 'Zipped', start: '2025-08-01', end: '2025-12-31', layers: ['scenario/naval.geojson'], phases: 'phases.json' });
		expect(result.package.files).toEqual({ 'scenario/naval.geojson': { type: 'FeatureCollection', features: [] }, 'phases.json': [] });
		expect(result.problems).toEqual([{ file: 'scenario/broken.geojson', message: expect.stringMatching(/^is not valid JSON: .+\(line 1\)\.$/) }]);
	});
});

describe('refusing what cannot be read, in one sentence', () => {
	it('names binary files, damaged zips, misnamed workbooks, bad JSON and foreign XML', async () => {
		expect(await unreadable('junk.bin')).toBe('"junk.bin" is a binary file, not a spreadsheet, GeoJSON, KML or GPX.');
		expect(await unreadable('truncated.kmz')).toBe('"truncated.kmz" is a damaged zip file: invalid zip data.');
		expect(await unreadable('not-excel.xlsx')).toBe('"not-excel.xlsx" is not an Excel workbook: it is not a zip file.');
		expect(await unreadable('invalid.json')).toMatch(/^"invalid\.json" is not valid JSON: \S.* \(line 3\)\.$/);
		const unexpected = strToU8('{\n\t"a": 1,\n\t"b": x, "cccccccccccccccccccc": 2\n}');
		expect(await unreadable('token.json', unexpected)).toBe(`"token.json" is not valid JSON: Unexpected token 'x' (line 3).`);
		expect(await unreadable('tiny.json', strToU8('{\n\n"a": x}'))).toBe(`"tiny.json" is not valid JSON: Unexpected token 'x' (line 3).`);
		expect(await unreadable('short.json', strToU8('{"a": 1'))).toMatch(/^"short\.json" is not valid JSON: .+\(line 1\)\.$/);
		expect(await unreadable('other.xml')).toBe('"other.xml" is XML, but neither KML nor GPX (its root element is <svg>).');
		expect(await unreadable('cut.kml', strToU8('<kml><Placemark>'))).toBe('"cut.kml" is not well-formed XML: unclosed xml tag(s): kml, Placemark.');
		expect(await unreadable('index.html', strToU8('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"></head></html>'))).toBe('"index.html" is a web page (HTML), not KML, GPX or a spreadsheet.');
		expect(await unreadable('saved.kml', strToU8('  <html><body>Not KML</body></html>'))).toBe('"saved.kml" is a web page (HTML), not KML, GPX or a spreadsheet.');
	});

	it('names a zip that holds nothing it can read, an empty file, and text where KML was promised', async () => {
		expect(await unreadable('photos.zip', zipSync({ 'a.txt': strToU8('hello') }))).toBe('"photos.zip" is a zip file, but holds no spreadsheet, KML or scenario.json.');
		expect(await unreadable('nothing.csv', new Uint8Array())).toBe('"nothing.csv" is empty.');
		expect(await unreadable('places.kml', strToU8('name,start\n'))).toBe('"places.kml" is not a KML file: it is not XML.');
	});

	it('refuses a zip whose entries would unpack past the limit, before unpacking anything', async () => {
		const zip = zipSync({ 'doc.kml': strToU8('<kml/>') }, { level: 0 });
		// Claim 768 MB uncompressed in the central directory, as a zip bomb would.
		const central = zip.findIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02);
		new DataView(zip.buffer, zip.byteOffset).setUint32(central + 24, 768 * 1024 * 1024, true);
		expect(MAX_UNZIPPED_BYTES).toBe(512 * 1024 * 1024);
		expect(await unreadable('bomb.kmz', zip)).toBe('"bomb.kmz" would unpack to 768 MB, more than the 512 MB that can be imported.');
	});
});
