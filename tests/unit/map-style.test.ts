import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapStyle, worldBasemap } from '$lib/map/style';
import { FIGURES_SOURCE, LABEL_LIMIT, MARKS_SOURCE, labelCollection, scenarioLayers, scenarioSources, unitSlots } from '$lib/map/scenario-layers';
import type { ScenarioFeature } from '$lib/data/scenario';
import { buildTrack, placeOn } from '$lib/timeline/track';

const categories = [{ id: 'air', label: 'Air', color: '#00aa00' }];

function point(fid: number, precision: 'exact' | 'approximate' | 'symbolic' = 'exact'): ScenarioFeature {
	return {
		fid,
		file: 'x.geojson',
		start: 0,
		end: null,
		shape: { type: 'Point', coordinates: [-66, 18] },
		geometry: { type: 'Point', coordinates: [-66, 18] },
		bounds: [-66, 18, -66, 18],
		anchor: [-66, 18],
		arrow: null,
		track: null,
		properties: { id: `f${fid}`, name: `Item ${fid}`, category: 'air', description: 'd', start: '2025-08-01', datePrecision: 'day', precision, prominence: 'normal', sources: [], quantities: [], disagreements: [] }
	};
}

// A contract with the installed MapLibre: if an upgrade changes the style language, this fails.
describe('map style', () => {
	it('is a valid MapLibre style, scenario layers included', () => {
		const style = basemapStyle((path) => `https://example.org/data/${path}`);
		const sources = scenarioSources([point(0)], categories);
		for (const [id, data] of Object.entries(sources)) style.sources[id] = { type: 'geojson', data };
		style.layers.push(...scenarioLayers('military'));
		const world = worldBasemap((path) => `https://example.org/data/${path}`);
		style.sources.world = world.source;
		style.layers.splice(1, 0, ...world.layers);
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('never asks a glyph or sprite server for anything', () => {
		const style = basemapStyle((path) => `/data/${path}`);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const source of Object.values(style.sources)) {
			expect('data' in source && String(source.data)).toMatch(/^\/data\/basemap\//);
		}
	});

	it('gives every scenario feature its fid as id in the marks source', () => {
		const marks = scenarioSources([point(0), point(1)], categories)[MARKS_SOURCE];
		expect(marks.features.map((f) => f.id)).toEqual([0, 1]);
	});

	it('labels only visible features, marks approximate ones, and stops past the limit', () => {
		const features = [point(0), point(1, 'approximate')];
		const labels = labelCollection(features, new Set([1]), null);
		expect(labels.features.map((f) => f.properties?.label)).toEqual(['Item 1\n(approximate)']);
		const many = Array.from({ length: LABEL_LIMIT + 1 }, (_, i) => point(i));
		expect(labelCollection(many, new Set(many.map((f) => f.fid)), null).features).toEqual([]);
	});

	it('rings the selected item, past the label limit too, and captions a range ring at its eastern edge', () => {
		const reach = { radiusKm: 111.2, label: 'Reach', basis: 'b', sources: [] };
		const base = { ...point(0), properties: { ...point(0).properties, reach } };
		const labels = labelCollection([base, point(1)], new Set([0]), 1);
		expect(labels.features.map((f) => [f.properties?.kind, f.id])).toEqual([['selection', 1], ['name', 0], ['reach', 0]]);
		const [lng, lat] = (labels.features[2].geometry as GeoJSON.Point).coordinates;
		expect(lat).toBeCloseTo(18, 1);
		expect(lng).toBeCloseTo(-66 + 1 / Math.cos((18 * Math.PI) / 180), 1);
		const many = Array.from({ length: LABEL_LIMIT + 1 }, (_, i) => point(i));
		expect(labelCollection(many, new Set(many.map((f) => f.fid)), 3).features.map((f) => f.properties?.kind)).toEqual(['selection']);
	});

	it('gives each visible unit an invisible copy of its symbol, where it stands, to keep labels off it', () => {
		const unit = { type: 'destroyer', affiliation: 'friend' } as const;
		const ship = (fid: number) => ({ ...point(fid), properties: { ...point(fid).properties, unit } });
		const features = [ship(0), ship(1), point(2)];
		const labels = labelCollection(features, new Set([0, 1, 2]), null, { slots: unitSlots(features) });
		const blockers = labels.features.filter((f) => f.properties?.kind === 'unit');
		expect(blockers.map((f) => f.id)).toEqual([0, 1]);
		expect(blockers.map((f) => f.properties?.offset)).toEqual([[0, 0], [unitSlots(features).get(1)![0], 0]]);
		expect(blockers[0].properties?.militarySymbol).toBe(scenarioSources(features, categories)[MARKS_SOURCE].features[0].properties?.militarySymbol);
	});

	it('puts everything drawn besides a mark in one source, under the fid of the feature it belongs to', () => {
		const statement: ScenarioFeature = { ...point(0, 'symbolic'), shape: { type: 'LineString', coordinates: [[-70, 20], [-66, 18]] }, arrow: { at: [-66, 18], bearing: 120 } };
		const figures = scenarioSources([statement, point(1)], categories)[FIGURES_SOURCE];
		expect(figures.features.map((f) => [f.id, f.properties?.part])).toEqual([[0, 'shape'], [0, 'arrow']]);
	});
});

describe('unit symbols that share a position', () => {
	it('stand side by side, earliest in the middle, and a lone unit stays on its point', () => {
		const unit = { type: 'destroyer', affiliation: 'friend' } as const;
		const ship = (fid: number, start: number, anchor: [number, number]) => ({ ...point(fid), start, anchor, properties: { ...point(fid).properties, unit } });
		const slots = unitSlots([ship(0, 5, [-66, 13]), ship(1, 1, [-66, 13]), ship(2, 3, [-66, 13]), ship(3, 1, [-70, 15])]);
		expect(slots.get(1)).toEqual([0, 0]);
		expect(slots.get(2)![0]).toBeGreaterThan(0);
		expect(slots.get(0)![0]).toBeLessThan(0);
		expect(slots.get(3)).toEqual([0, 0]);
	});
});

describe('a tracked item on the map', () => {
	const waypoints = [
		{ date: '2025-11-04', at: [-5.6, 35.96] as [number, number], source: 0, place: 'Strait of Gibraltar', radiusKm: 15 },
		{ date: '2025-11-16', at: [-63.9, 18.6] as [number, number], source: 0, place: 'Anegada Passage', radiusKm: 30 }
	];
	const track = buildTrack(waypoints.map((w, i) => ({ day: i * 12, at: w.at, radiusKm: w.radiusKm, via: [] })));
	const ship: ScenarioFeature = { ...point(0, 'approximate'), track, properties: { ...point(0, 'approximate').properties, name: 'Carrier', track: waypoints } };
	const drawn = (day: number) => {
		const tracked = new Map([[0, placeOn(track, day)]]);
		return labelCollection([ship], new Set([0]), null, { tracked, colors: new Map([['air', '#00aa00']]) }).features;
	};

	it('is named with the place reported that day, or says its position is worked out and how loosely', () => {
		expect(drawn(0).find((f) => f.properties?.kind === 'name')?.properties?.label).toBe('Carrier\n(Strait of Gibraltar)');
		expect(drawn(6).find((f) => f.properties?.kind === 'name')?.properties?.label).toMatch(/^Carrier\n\(worked out, ±6\d0 km\)$/);
	});

	it('draws the area it may be in and the way it has come, in its colour', () => {
		const kinds = drawn(6).map((f) => [f.properties?.kind, f.geometry.type, f.properties?.color]);
		expect(kinds).toContainEqual(['track-path', 'LineString', '#00aa00']);
		expect(kinds).toContainEqual(['track-area', 'Polygon', '#00aa00']);
		expect(drawn(0).map((f) => f.properties?.kind)).not.toContain('track-path');
	});
});

