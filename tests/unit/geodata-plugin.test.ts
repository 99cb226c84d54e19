import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geodata, offlineData } from '../../scripts/geodata-plugin';

/** A geodata folder with one good and one broken feature. */
function brokenGeodata(): string {
	const root = mkdtempSync(join(tmpdir(), 'geodata-'));
	mkdirSync(join(root, 'scenario'));
	writeFileSync(
		join(root, 'scenario.json'),
		JSON.stringify({ title: 'T', start: '2025-08-01', end: '2025-12-31', region: [-82, 0, -54, 24], categories: [{ id: 'air', label: 'Air', color: '#00aa00' }], layers: ['scenario/a.geojson'] })
	);
	const properties = { id: 'ok', name: 'OK', category: 'air', description: 'd', start: '2025-09-01', precision: 'exact', sources: [{ url: 'https://example.org/a', publication: 'P', published: '2025-09-02', quote: 'q' }] };
	writeFileSync(
		join(root, 'scenario', 'a.geojson'),
		JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', geometry: { type: 'Point', coordinates: [-66, 18] }, properties },
				{ type: 'Feature', geometry: { type: 'Point', coordinates: [-66, 18] }, properties: { ...properties, id: 'bad', precision: 'maybe' } }
			]
		})
	);
	return root;
}

type Hook = (this: unknown, ...args: unknown[]) => unknown;

describe('the geodata build plugin', () => {
	it('validates at build time and names each problem', async () => {
		const plugin = geodata(brokenGeodata());
		(plugin.configResolved as Hook).call({}, { build: { ssr: false } });
		const warnings: string[] = [];
		await (plugin.buildStart as Hook).call({ warn: (message: string) => warnings.push(message) });
		expect(warnings).toEqual([expect.stringMatching(/^geodata\/scenario\/a\.geojson, feature "bad", field "precision": /)]);
	});

	it('writes the checked scenario the app shows: the good features shaped, the problems named', async () => {
		const plugin = geodata(brokenGeodata());
		(plugin.configResolved as Hook).call({}, { build: { ssr: false } });
		await (plugin.buildStart as Hook).call({ warn: () => {} });
		const emitted = new Map<string, string>();
		await (plugin.generateBundle as Hook).call({ emitFile: (file: { fileName: string; source: string }) => emitted.set(file.fileName, String(file.source)) });
		const checked = JSON.parse(emitted.get('data/checked-scenario.json')!);
		expect(checked.features.map((f: { properties: { id: string }; fid: number; anchor: number[] }) => [f.properties.id, f.fid, f.anchor])).toEqual([['ok', 0, [-66, 18]]]);
		expect(checked.start).toBe(Date.UTC(2025, 7, 1) / 86_400_000);
		expect(checked.problems).toEqual([expect.objectContaining({ file: 'scenario/a.geojson', feature: 'bad', field: 'precision' })]);
	});

	it('copies every data file into the client build under data/, beside the checked scenario', async () => {
		const plugin = geodata(brokenGeodata());
		(plugin.configResolved as Hook).call({}, { build: { ssr: false } });
		await (plugin.buildStart as Hook).call({ warn: () => {} });
		const emitted: string[] = [];
		await (plugin.generateBundle as Hook).call({ emitFile: (file: { fileName: string }) => emitted.push(file.fileName) });
		expect(emitted.sort()).toEqual(['data/checked-scenario.json', 'data/scenario.json', 'data/scenario/a.geojson']);
	});
});

describe('what the offline worker keeps of the data', () => {
	it('lists every data file the build writes, and its version follows their content', async () => {
		const root = brokenGeodata();
		const before = await offlineData(root);
		expect(before.files).toEqual(['data/scenario.json', 'data/scenario/a.geojson', 'data/checked-scenario.json']);
		expect((await offlineData(root)).version, 'the same content').toBe(before.version);
		writeFileSync(join(root, 'scenario', 'a.geojson'), '{"type":"FeatureCollection","features":[]}');
		expect((await offlineData(root)).version, 'a changed file').not.toBe(before.version);
	});

	it('covers the real geodata folder, basemap included', async () => {
		const { files } = await offlineData();
		expect(files).toContain('data/checked-scenario.json');
		expect(files).toContain('data/basemap/world.geojson');
		expect(files).toContain('data/scenario/naval.geojson');
	});
});
