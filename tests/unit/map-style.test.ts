import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapStyle, worldBasemap } from '$lib/map/style';
import { CARDS_FROM_ZOOM, groupsOf, markOf, standsInCluster, unitSlots } from '$lib/map/cluster';
import { FIGURES_SOURCE, LABEL_LIMIT, MARKS_SOURCE, labelCollection, scenarioLayers, scenarioSources } from '$lib/map/scenario-layers';
import type { ScenarioFeature } from '$lib/data/scenario';
import { buildTrack, placeOn } from '$lib/timeline/track';
import { GROUP_LIMIT, SYMBOL_LIMIT, withinMapLimits } from '$lib/map/limits';
import { pointFeature } from './scenario-feature';

const categories = [{ id: 'air', label: 'Air', color: '#00aa00' }];

function point(fid: number, precision: 'exact' | 'approximate' | 'symbolic' = 'exact'): ScenarioFeature {
	return pointFeature(fid, { precision });
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
		expect(blockers.map((f) => f.properties?.offset)).toEqual([[0, 0], unitSlots(features).get(1)!.offset]);
		expect(blockers[0].properties?.militarySymbol).toBe(scenarioSources(features, categories)[MARKS_SOURCE].features[0].properties?.militarySymbol);
	});

	it('puts everything drawn besides a mark in one source, under the fid of the feature it belongs to', () => {
		const statement: ScenarioFeature = { ...point(0, 'symbolic'), shape: { type: 'LineString', coordinates: [[-70, 20], [-66, 18]] }, arrow: { at: [-66, 18], bearing: 120 } };
		const figures = scenarioSources([statement, point(1)], categories)[FIGURES_SOURCE];
		expect(figures.features.map((f) => [f.id, f.properties?.part])).toEqual([[0, 'shape'], [0, 'arrow']]);
	});
});

describe('unit symbols that share a position', () => {
	const unit = { type: 'destroyer', affiliation: 'friend' } as const;
	const ship = (fid: number, start: number, anchor: [number, number], group?: string) => ({ ...point(fid), start, anchor, properties: { ...point(fid).properties, unit, group } });

	it('stand side by side, earliest in the middle, and a lone unit stays on its point', () => {
		const slots = unitSlots([ship(0, 5, [-66, 13]), ship(1, 1, [-66, 13]), ship(2, 3, [-66, 13]), ship(3, 1, [-70, 15])]);
		expect(slots.get(1)!.offset).toEqual([0, 0]);
		expect(slots.get(2)!.offset[0]).toBeGreaterThan(0);
		expect(slots.get(0)!.offset[0]).toBeLessThan(0);
		expect(slots.get(3)!.offset).toEqual([0, 0]);
	});

	it('in a group, form a compact grid of cards, each with room for its designation beside it', () => {
		const slots = unitSlots([0, 1, 2, 3, 4].map((fid) => ship(fid, fid, [-66, 13], 'fleet')));
		const offsets = [0, 1, 2, 3, 4].map((fid) => slots.get(fid)!.offset);
		// Two columns of three rows at most, centred on the point, earliest first.
		expect(new Set(offsets.map(([x]) => x)).size).toBe(2);
		expect(new Set(offsets.map(([, y]) => y)).size).toBe(3);
		expect(offsets[0][0]).toBeLessThan(offsets[1][0]);
		expect(offsets[0][1]).toBeLessThan(offsets[2][1]);
		// The designation starts right of its own symbol.
		for (const fid of [0, 1, 2, 3, 4]) expect(slots.get(fid)!.textOffset![0] * 12).toBeGreaterThan(slots.get(fid)!.offset[0]);
	});
});

describe('groups and statements made far away', () => {
	const host: ScenarioFeature = { ...point(0, 'approximate'), shape: { type: 'Polygon', coordinates: [[[-67, 12], [-66, 12], [-66, 13], [-67, 12]]] }, properties: { ...point(0, 'approximate').properties, id: 'fleet', name: 'US ships — positions not public' } };
	const ship: ScenarioFeature = { ...point(1, 'approximate'), properties: { ...point(1, 'approximate').properties, name: 'Cruiser USS Gettysburg', unit: { type: 'cruiser', affiliation: 'friend' }, designation: 'CG Gettysburg', group: 'fleet' } };
	const count: ScenarioFeature = { ...point(2, 'approximate'), properties: { ...point(2, 'approximate').properties, name: '13 US vessels', group: 'fleet' } };
	const far: ScenarioFeature = { ...point(3, 'symbolic'), properties: { ...point(3, 'symbolic').properties, name: 'Rubio speaks', from: 'Washington', place: 'Washington' } };
	const features = [host, ship, count, far];
	const drawn = (selected: number | null = null, hovered: number | null = null) =>
		labelCollection(features, new Set([0, 1, 2, 3]), selected, { slots: unitSlots(features), hovered }).features.map((f) => [f.properties?.kind, f.properties?.label]);

	it('names the group above its cluster, with its counts as lines, and each unit by its designation', () => {
		expect(drawn()).toContainEqual(['group-name', 'US ships — positions not public\n13 US vessels']);
		expect(drawn()).toContainEqual(['designation', 'CG Gettysburg']);
		expect(drawn().filter(([kind]) => kind === 'name').map(([, label]) => label)).not.toContain('13 US vessels\n(approximate)');
	});

	it('labels a statement made far away only when it is chosen or pointed at', () => {
		expect(drawn().map(([, label]) => label)).not.toContain('Rubio speaks\n(Washington)');
		expect(drawn(3).map(([, label]) => label)).toContain('Rubio speaks\n(Washington)');
		expect(drawn(null, 3).map(([, label]) => label)).toContain('Rubio speaks\n(Washington)');
	});

	it('draws a grouped item’s area and a far statement’s arrow only on demand', () => {
		const figures = scenarioSources(features, categories)[FIGURES_SOURCE].features;
		expect(figures.find((f) => f.id === 0)?.properties?.onDemand).toBeUndefined();
		const marks = scenarioSources(features, categories)[MARKS_SOURCE].features;
		expect(marks.find((f) => f.id === 1)?.properties?.onDemand).toBe('area');
		expect(marks.find((f) => f.id === 3)?.properties?.onDemand).toBe('arrow');
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

	it('draws the way it has come in its colour, and the area it may be in when chosen, pointed at or asked for', () => {
		const kinds = drawn(6).map((f) => [f.properties?.kind, f.geometry.type, f.properties?.color]);
		expect(kinds).toContainEqual(['track-path', 'LineString', '#00aa00']);
		expect(kinds.map(([kind]) => kind)).not.toContain('track-area');
		const tracked = new Map([[0, placeOn(track, 6)]]);
		for (const options of [{ hovered: 0 }, { allAreas: true }]) {
			const shown = labelCollection([ship], new Set([0]), null, { tracked, colors: new Map([['air', '#00aa00']]), ...options }).features;
			expect(shown.map((f) => [f.properties?.kind, f.properties?.color])).toContainEqual(['track-area', '#00aa00']);
		}
		expect(drawn(0).map((f) => f.properties?.kind)).not.toContain('track-path');
	});
});


describe('a cluster of units whose positions are not public', () => {
	const host: ScenarioFeature = { ...point(0, 'approximate'), anchor: [-66.5, 14], properties: { ...point(0, 'approximate').properties, id: 'fleet', radiusKm: 450 } };
	const ship = (fid: number, anchor: [number, number]): ScenarioFeature => ({
		...point(fid, 'approximate'),
		anchor,
		properties: { ...point(fid, 'approximate').properties, radiusKm: 400, unit: { type: 'cruiser', affiliation: 'friend' }, group: 'fleet' }
	});
	const strikes: ScenarioFeature = { ...point(3, 'approximate'), properties: { ...point(3, 'approximate').properties, radiusKm: 450, prominence: 'key' } };
	const features = [host, ship(1, [-66.5, 14]), ship(2, [-68.5, 14]), strikes];
	const layout = { features, groups: groupsOf(features), slots: unitSlots(features) };

	it('stands at the group’s point, even for a unit whose own area is centred elsewhere', () => {
		expect(markOf(features[2], layout).at).toEqual([-66.5, 14]);
		expect(markOf(features[2], layout).clustered).toBe(true);
		expect(markOf(features[2], layout).offset).not.toEqual(markOf(features[1], layout).offset);
	});

	it('takes in a tracked unit only on days its position is known no better than the group’s area, and within it', () => {
		const near = { at: [-66, 14.5] as [number, number], interpolated: true, radiusKm: 900, waypoint: null };
		expect(standsInCluster(near, host)).toBe(true);
		expect(standsInCluster({ ...near, radiusKm: 100 }, host)).toBe(false);
		expect(standsInCluster({ ...near, at: [-30, 18] }, host)).toBe(false);
		expect(markOf(features[1], layout, { ...near, radiusKm: 100 })).toMatchObject({ at: [-66, 14.5], offset: [0, 0], clustered: false });
	});

	it('closes up into a block of symbols when zoomed out, heading and all', () => {
		const cells = [1, 2].map((fid) => markOf(features[fid], layout));
		for (const { offset, compact } of cells) expect(Math.hypot(...compact)).toBeLessThanOrEqual(Math.hypot(...offset));
		const layers = scenarioLayers('military');
		expect(layers.find((l) => l.id === 'scenario-designations')?.minzoom).toBe(CARDS_FROM_ZOOM);
		expect(JSON.stringify(layers.find((l) => l.id === 'scenario-units')?.layout)).toContain('"compact"');
	});

	it('draws no circle of its own for an approximate item, only the group’s, until it is chosen or pointed at', () => {
		const marks = scenarioSources(features, categories)[MARKS_SOURCE].features;
		expect(marks.map((f) => f.properties?.onDemand)).toEqual([undefined, 'area', 'area', 'area']);
	});

	it('lets the label of a loose area move out of the way, and labels the day’s news before the rest', () => {
		const labels = labelCollection(features, new Set([0, 1, 2, 3]), null, { today: 0 }).features.filter((f) => f.properties?.kind === 'name');
		const strikeLabel = labels.find((f) => f.id === 3)!;
		expect(strikeLabel.properties?.places[0]).toBe('center');
		expect(strikeLabel.properties?.places.length).toBeGreaterThan(16);
		expect(strikeLabel.properties?.priority).toBeLessThan(1);
		const tomorrow = labelCollection(features, new Set([3]), null, { today: 1 }).features.find((f) => f.id === 3);
		expect(tomorrow?.properties?.priority).toBe(1);
	});
});

describe('what the map draws of a very large scenario', () => {
	const unitAt = (fid: number, group?: string): ScenarioFeature => {
		const f = point(fid);
		return { ...f, properties: { ...f.properties, unit: { type: 'destroyer', affiliation: 'friend' }, ...(group && { group }) } };
	};

	it('leaves a scenario within the limits as it is', () => {
		const features = [unitAt(0), unitAt(1, 'f0')];
		expect(withinMapLimits(features)).toEqual({ features, notices: [] });
	});

	it('draws the members of an oversized group each on its own, and says so', () => {
		const features = [point(0), ...Array.from({ length: GROUP_LIMIT + 1 }, (_, i) => unitAt(i + 1, 'f0'))];
		const drawn = withinMapLimits(features);
		expect(drawn.features.some((f) => f.properties.group !== undefined)).toBe(false);
		expect(drawn.features.every((f, i) => i === 0 || f.properties.unit)).toBe(true);
		expect(drawn.notices).toEqual([`The group "f0" has 41 members, more than one block on the map holds (40): they are drawn each where it is.`]);
		expect(features[1].properties.group, 'the data is unchanged').toBe('f0');
	});

	it('draws units as plain points beyond the symbol limit, and says so', () => {
		const features = Array.from({ length: SYMBOL_LIMIT + 1 }, (_, i) => unitAt(i));
		const drawn = withinMapLimits(features);
		expect(drawn.features.filter((f) => f.properties.unit)).toEqual([]);
		expect(drawn.notices).toEqual(['This scenario has 2,001 units, more than the map draws as symbols (2,000): they are drawn as plain points.']);
	});
});
