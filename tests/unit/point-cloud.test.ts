import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '$lib/data/scenario';
import { hasFigures } from '$lib/map/scenario-layers';
import { POINT_CLOUD_FROM, isPlainDot, pointCloudFeatures } from '$lib/map/plain-dots';
import type { ScenarioFeature } from '$lib/data/scenario';
import { pointFeature } from './scenario-feature';

const geodata = new URL('../../geodata/', import.meta.url);

describe('which items a large scenario draws as a point cloud', () => {
	const dots = (count: number, properties: Partial<ScenarioFeature['properties']> = {}) => Array.from({ length: count }, (_, fid) => pointFeature(fid, properties));

	it('takes plain dots, exact or symbolic, and nothing that has more drawn for it', () => {
		expect(isPlainDot(pointFeature(0))).toBe(true);
		expect(isPlainDot(pointFeature(0, { precision: 'symbolic', place: 'Off Venezuela' }))).toBe(true);
		expect(isPlainDot(pointFeature(0, { unit: { type: 'destroyer', affiliation: 'friend' } })), 'a unit has a symbol').toBe(false);
		expect(isPlainDot(pointFeature(0, { group: 'g' })), 'a group member stands in its cluster').toBe(false);
		expect(isPlainDot(pointFeature(0, { reach: { radiusKm: 100, label: 'reach', sources: [] } })), 'a range ring is a figure').toBe(false);
		const area: ScenarioFeature = { ...pointFeature(0, { precision: 'approximate', radiusKm: 50 }), shape: { type: 'Polygon', coordinates: [[[-66, 18], [-65, 18], [-65, 19], [-66, 18]]] } };
		expect(isPlainDot(area), 'an approximate position is drawn as its circle').toBe(false);
		expect(isPlainDot({ ...pointFeature(0), arrow: { at: [-60, 10], bearing: 90 } }), 'a statement made far away has an arrow').toBe(false);
	});

	it('leaves a scenario with fewer dots than the threshold on the map’s own sources', () => {
		expect(pointCloudFeatures(dots(POINT_CLOUD_FROM - 1))).toEqual([]);
		const many = dots(POINT_CLOUD_FROM);
		expect(pointCloudFeatures(many)).toHaveLength(POINT_CLOUD_FROM);
		const mixed = [...many, pointFeature(POINT_CLOUD_FROM, { unit: { type: 'destroyer', affiliation: 'friend' } })];
		expect(pointCloudFeatures(mixed).map((f) => f.fid), 'the unit stays with the sources').not.toContain(POINT_CLOUD_FROM);
	});

	it('never takes an item of the built-in scenario that has a figure, symbol or track', async () => {
		const scenario = (await loadScenario((path) => readFile(new URL(path, geodata), 'utf8'))) as Scenario;
		const plain = scenario.features.filter(isPlainDot);
		expect(plain.length).toBeGreaterThan(0);
		for (const f of plain) expect([hasFigures(f), f.track, f.properties.unit], f.properties.id).toEqual([false, null, undefined]);
		expect(pointCloudFeatures(scenario.features), 'too small for a cloud').toEqual([]);
	});
});

describe('where the point cloud puts a dot', () => {
	it('projects as MapLibre does', async () => {
		const { MercatorCoordinate } = await import('maplibre-gl');
		const { mercatorX, mercatorY } = await import('$lib/map/point-cloud');
		for (const [lng, lat] of [[0, 0], [-66.6, 18.2], [179.9, -84], [-180, 85]] as const) {
			const { x, y } = MercatorCoordinate.fromLngLat([lng, lat]);
			const [mx, my] = [mercatorX(lng), mercatorY(lat)];
			expect(mx).toBeCloseTo(x, 12);
			expect(my).toBeCloseTo(y, 12);
		}
	});
});
