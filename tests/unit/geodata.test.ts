import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '$lib/data/scenario';
import { describeProblem } from '$lib/data/problem';
import { DETAILED_BASEMAP_BOUNDS } from '$lib/map/style';
import { BASEMAP_BBOX } from '../../scripts/basemap-config.js';

const geodata = new URL('../../geodata/', import.meta.url);
const read = (path: string) => readFile(new URL(path, geodata), 'utf8');

describe('geodata/', () => {
	it('loads with no problems at all', async () => {
		const scenario = await loadScenario(read);
		expect(scenario.problems.map(describeProblem)).toEqual([]);
		expect((scenario as Scenario).features.length).toBeGreaterThan(0);
	});

	it('has a basemap clipped to its box, with borders but no clip edges drawn as lines', async () => {
		const [west, south, east, north] = BASEMAP_BBOX;
		const land = JSON.parse(await read('basemap/land.geojson'));
		const lines = JSON.parse(await read('basemap/borders.geojson'));
		expect(land.features.length).toBeGreaterThan(30);
		expect(lines.features.map((f: { properties: { kind: string } }) => f.properties.kind).sort()).toEqual(['border', 'coast']);
		for (const line of lines.features) {
			for (const part of line.geometry.coordinates as number[][][]) {
				for (let i = 1; i < part.length; i++) {
					const [a, b] = [part[i - 1], part[i]];
					for (const p of [a, b]) {
						expect(p[0]).toBeGreaterThanOrEqual(west);
						expect(p[0]).toBeLessThanOrEqual(east);
						expect(p[1]).toBeGreaterThanOrEqual(south);
						expect(p[1]).toBeLessThanOrEqual(north);
					}
					// A segment running along the box edge would be the clip, not a real border or coast.
					const alongEdge = (a[0] === b[0] && (a[0] === west || a[0] === east)) || (a[1] === b[1] && (a[1] === south || a[1] === north));
					expect(alongEdge, `segment ${JSON.stringify([a, b])} runs along the clip box`).toBe(false);
				}
			}
		}
	});

	it('has a light world layer outside that box only, which the app knows the box of', async () => {
		expect([...DETAILED_BASEMAP_BOUNDS]).toEqual(BASEMAP_BBOX);
		const [west, south, east, north] = BASEMAP_BBOX;
		const world = JSON.parse(await read('basemap/world.geojson'));
		const inside = (p: number[]) => p[0] > west + 0.01 && p[0] < east - 0.01 && p[1] > south + 0.01 && p[1] < north - 0.01;
		const positions = (c: unknown): number[][] => (typeof (c as number[])[0] === 'number' ? [c as number[]] : (c as unknown[]).flatMap(positions));
		const strays = world.features.flatMap((f: { geometry: { coordinates: unknown } }) => positions(f.geometry.coordinates)).filter(inside);
		expect(strays).toEqual([]);
		const names = world.features.map((f: { properties: { name?: string } }) => f.properties.name).filter(Boolean);
		expect(names).toEqual(expect.arrayContaining(['SPAIN', 'MOROCCO', 'Mediterranean Sea', 'CROATIA']));
	});

	it('labels the region’s capitals, main cities and seas', async () => {
		const places = JSON.parse(await read('basemap/places.geojson'));
		const names = new Set(places.features.map((f: { properties: { name: string } }) => f.properties.name));
		for (const name of ['Caracas', 'San Juan', 'Havana', 'Santo Domingo', 'Kingston', 'Port of Spain', 'Bogotá', 'Panama City', 'Willemstad', 'Bridgetown', 'Miami', 'Caribbean Sea', 'Atlantic Ocean', 'Gulf of Mexico', 'VENEZUELA']) {
			expect(names.has(name), name).toBe(true);
		}
	});

	it('gives every label, in the region and on the world layer, a Spanish name', async () => {
		type Label = { geometry: { type: string }; properties: { name: string; name_es?: unknown } };
		const labels = async (file: string) => (JSON.parse(await read(file)).features as Label[]).filter((f) => f.geometry.type === 'Point');
		const places = await labels('basemap/places.geojson');
		const world = await labels('basemap/world.geojson');
		expect(places.length).toBeGreaterThan(60);
		expect(world.length).toBeGreaterThan(150);
		const unnamed = [...places, ...world].filter((f) => typeof f.properties.name_es !== 'string' || !f.properties.name_es.trim()).map((f) => f.properties.name);
		expect(unnamed).toEqual([]);
		const spanish = new Map([...places, ...world].map((f) => [f.properties.name, f.properties.name_es]));
		for (const [name, es] of [
			['Caribbean Sea', 'Mar Caribe'],
			['VENEZUELA', 'VENEZUELA'],
			['Havana', 'La Habana'],
			['Port of Spain', 'Puerto España'],
			['DOMINICAN REP.', 'REP. DOMINICANA'],
			['PUERTO RICO (US)', 'PUERTO RICO (EE. UU.)'],
			['S. SUDAN', 'SUDÁN DEL SUR'],
			["CÔTE D'IVOIRE", 'COSTA DE MARFIL']
		]) {
			expect(spanish.get(name), name).toBe(es);
		}
	});
});
