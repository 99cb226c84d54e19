import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geodata } from '../../scripts/geodata-plugin';

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

	it('lists the files the index names for the page to preload, or just the index when it is broken', async () => {
		const root = brokenGeodata();
		const list = async () => {
			const plugin = geodata(root);
			const id = (plugin.resolveId as Hook).call({}, 'virtual:geodata-files');
			return (plugin.load as Hook).call({}, id);
		};
		expect(await list()).toBe('export default ["scenario.json","scenario/a.geojson"];');
		writeFileSync(join(root, 'scenario.json'), '{ not json');
		expect(await list()).toBe('export default ["scenario.json"];');
	});

	it('copies every data file into the client build under data/', async () => {
		const plugin = geodata(brokenGeodata());
		(plugin.configResolved as Hook).call({}, { build: { ssr: false } });
		const emitted: string[] = [];
		await (plugin.generateBundle as Hook).call({ emitFile: (file: { fileName: string }) => emitted.push(file.fileName) });
		expect(emitted.sort()).toEqual(['data/scenario.json', 'data/scenario/a.geojson']);
	});
});
