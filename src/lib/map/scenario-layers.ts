import { circle, destination } from '@turf/turf';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Category, Unit } from '$lib/data/schema';
import type { ScenarioFeature } from '$lib/data/scenario';
import { formatDistance } from './measure';
import { MAP_FONTS } from './style';
import { SYMBOL_SIZE, symbolImageName, type SymbolMode } from './unit-symbols';
import { areaOn, type TrackedPlace, type TrackPosition } from '$lib/timeline/track';

/**
 * What is drawn for a feature besides its mark, each tagged by `part`: its area or line (`shape`),
 * the arrowhead of a symbolic placement (`arrow`), and a range ring (`reach`). One source keeps the
 * first view's work small; its features share the fid of the feature they belong to, so one
 * feature-state change shows or hides all of them.
 */
export const FIGURES_SOURCE = 'scenario-figures';
/** One point per scenario feature, where its marker goes. */
export const MARKS_SOURCE = 'scenario-marks';
/**
 * Labels of the features on the map now, and only those: a transparent label would still take part
 * in collision detection and push visible labels off the map, so this small source is rewritten on
 * each change instead of using feature-state. It also holds the ring around the selected item
 * (`kind` tells them apart): that ring as feature-state would make every mark's paint depend on it.
 */
export const LABELS_SOURCE = 'scenario-labels';

/** Scenario label size, larger for a projector. */
export const scenarioLabelSize = (large: boolean) => (large ? 17 : 13);
/** Range ring caption size, larger for a projector. */
export const reachLabelSize = (large: boolean) => (large ? 15 : 12);
/** Beyond this many visible features, names show on hover only: more labels would be unreadable. */
export const LABEL_LIMIT = 80;

/** How much of its opacity an item that just ended keeps while it fades out as a ghost. */
const GHOST_SHARE = 0.35;

/**
 * `value` while the feature is on the map (feature-state `visible`); a faint share of it while it
 * is a ghost (`ghost`: it ended at the last step); 0 otherwise.
 */
function whenVisible(value: number | ExpressionSpecification): ExpressionSpecification {
	return [
		'case',
		['boolean', ['feature-state', 'visible'], false],
		value,
		['boolean', ['feature-state', 'ghost'], false],
		['*', GHOST_SHARE, value],
		0
	];
}

/** `value` while the feature is on the map or lingering as a ghost; 0 otherwise. */
function whileOnMap(value: number): ExpressionSpecification {
	return ['case', ['any', ['boolean', ['feature-state', 'visible'], false], ['boolean', ['feature-state', 'ghost'], false]], value, 0];
}

/** `selected` for the feature in the detail panel, `normal` for the rest. */
function whenSelected(selected: number, normal: number | ExpressionSpecification): ExpressionSpecification {
	return ['case', ['boolean', ['feature-state', 'selected'], false], selected, normal];
}

/**
 * The feature's category colour (its `color` property) at `alpha`. Each distinct set of data-driven
 * paint properties is a shader program of its own, and compiling one costs a software-rendering
 * browser tens of milliseconds on the first frame.
 */
function categoryColorWithAlpha(alpha: ExpressionSpecification): ExpressionSpecification {
	const channel = (i: number): ExpressionSpecification => ['at', i, ['var', 'rgba']];
	return ['let', 'rgba', ['to-rgba', ['to-color', ['get', 'color']]], ['rgba', channel(0), channel(1), channel(2), alpha]];
}

/** Arrowhead images are named by this prefix and the category, and drawn in the category's colour. */
export const ARROWHEAD_PREFIX = 'arrowhead-';

const isArea: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLine: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const precisionIs = (p: string): ExpressionSpecification => ['==', ['get', 'precision'], p];
const partIs = (part: 'shape' | 'arrow' | 'reach'): ExpressionSpecification => ['==', ['get', 'part'], part];
const isShape = partIs('shape');
const kindIs = (kind: 'name' | 'reach' | 'selection' | 'unit' | 'track-path' | 'track-area'): ExpressionSpecification => ['==', ['get', 'kind'], kind];

/** Whether a feature has a shape of its own besides its mark. */
export function hasShape(feature: ScenarioFeature): boolean {
	return feature.shape.type !== 'Point';
}

/**
 * The GeoJSON sources the map draws, with the feature's fid as `id` in each so one visibility diff
 * drives them all. Labels sit on the mark, so an area that spans tiles still gets one label. A
 * tracked feature's mark starts where it is `placed` on the first day.
 */
export function scenarioSources(
	features: readonly ScenarioFeature[],
	categories: readonly Category[],
	placed: ReadonlyMap<number, [number, number]> = new Map()
): Record<string, GeoJSON.FeatureCollection> {
	const colors = new Map(categories.map((c) => [c.id, c.color]));
	const slots = unitSlots(features);
	const properties = (f: ScenarioFeature) => {
		const { unit, category, precision } = f.properties;
		return {
			category,
			precision,
			pointLike: !hasShape(f) || f.track !== null,
			color: colors.get(category) ?? '#555555',
			...(unit && { ...unitSymbolProperties(unit, category), offset: slots.get(f.fid) })
		};
	};
	const figure = (f: ScenarioFeature, part: 'shape' | 'arrow' | 'reach', geometry: GeoJSON.Geometry, extra = {}): GeoJSON.Feature => ({
		type: 'Feature',
		id: f.fid,
		geometry,
		properties: { ...properties(f), part, ...extra }
	});
	return {
		[MARKS_SOURCE]: {
			type: 'FeatureCollection',
			features: features.map((f) => ({ type: 'Feature', id: f.fid, geometry: { type: 'Point', coordinates: placed.get(f.fid) ?? f.anchor }, properties: properties(f) }))
		},
		[FIGURES_SOURCE]: {
			type: 'FeatureCollection',
			features: features.flatMap((f) => [
				...(hasShape(f) ? [figure(f, 'shape', f.shape)] : []),
				...(f.arrow ? [figure(f, 'arrow', { type: 'Point', coordinates: f.arrow.at }, { bearing: f.arrow.bearing })] : []),
				...(f.properties.reach ? [figure(f, 'reach', circle(f.anchor, f.properties.reach.radiusKm, { steps: 128, units: 'kilometers' }).geometry)] : [])
			])
		},
		[LABELS_SOURCE]: { type: 'FeatureCollection', features: [] }
	};
}

/** Whether a feature has anything in the figures source. */
export function hasFigures(feature: ScenarioFeature): boolean {
	return hasShape(feature) || feature.arrow !== null || feature.properties.reach !== undefined;
}

/**
 * Screen offsets for unit symbols that share a position (the ships whose positions are not public
 * all sit on one point), so they stand side by side instead of on top of each other. Earlier items
 * take the inner places.
 */
export function unitSlots(features: readonly ScenarioFeature[]): Map<number, [number, number]> {
	const byPlace = new Map<string, ScenarioFeature[]>();
	for (const f of features) {
		if (!f.properties.unit) continue;
		const key = f.anchor.map((c) => c.toFixed(4)).join(',');
		byPlace.set(key, [...(byPlace.get(key) ?? []), f]);
	}
	const slots = new Map<number, [number, number]>();
	for (const group of byPlace.values()) {
		group.sort((a, b) => a.start - b.start || a.fid - b.fid);
		group.forEach((f, i) => slots.set(f.fid, SLOT_PATTERN[i % SLOT_PATTERN.length].map((step) => step * SLOT_STEP) as [number, number]));
	}
	return slots;
}

/** Side by side, then a row below, then above: the reading order of a small stack of cards. */
const SLOT_PATTERN: [number, number][] = [[0, 0], [1, 0], [-1, 0], [0, 1], [1, 1], [-1, 1], [0, -1], [1, -1], [-1, -1]];
const SLOT_STEP = SYMBOL_SIZE + 4;

/** The image names of a unit's symbol in each mode, as the units layers read them. */
const unitSymbolProperties = (unit: Unit, category: string) => ({
	militarySymbol: symbolImageName('military', unit, category),
	plainSymbol: symbolImageName('plain', unit, category)
});

/** Which image property the units layer draws in a mode. */
export function unitIconImage(mode: SymbolMode): ExpressionSpecification {
	return ['get', mode === 'military' ? 'militarySymbol' : 'plainSymbol'];
}

const LABEL_PRIORITY = { key: 1, normal: 2, minor: 3 } as const;

/** A feature's map label: its name, and what kind of position it is when that is not exact. */
function labelText(f: ScenarioFeature, tracked: TrackPosition | undefined): string {
	const { name, precision, place, track } = f.properties;
	if (tracked?.interpolated) return `${name}\n(worked out, ±${(Math.round(tracked.radiusKm / 10) * 10).toLocaleString('en-US')} km)`;
	const reported = tracked && tracked.waypoint !== null ? track?.[tracked.waypoint].place : undefined;
	if (reported) return `${name}\n(${reported})`;
	if (precision === 'approximate') return `${name}\n(approximate)`;
	if (precision === 'symbolic' && place) return `${name}\n(${place})`;
	return name;
}

/** Where the tracked features on the map are today, by fid. */
type TrackedToday = ReadonlyMap<number, TrackedPlace>;

/**
 * The labels source's content: the ring around the selected feature, and for the given visible
 * features (none beyond LABEL_LIMIT) each one's name at its mark, a range ring's caption at the
 * ring's eastern edge, and for a unit an invisible copy of its symbol that keeps labels off it.
 * A tracked feature also gets the way it has come and the area it may be in today, in its
 * category's `colors`. `slots` are the units' symbol offsets (see `unitSlots`).
 */
export function labelCollection(
	features: readonly ScenarioFeature[],
	visible: ReadonlySet<number>,
	selected: number | null,
	{ tracked = new Map(), slots = new Map(), colors = new Map() }: { tracked?: TrackedToday; slots?: ReadonlyMap<number, [number, number]>; colors?: ReadonlyMap<string, string> } = {}
): GeoJSON.FeatureCollection {
	const at = (fid: number): GeoJSON.Point => ({ type: 'Point', coordinates: tracked.get(fid)?.position.at ?? features[fid].anchor });
	const selection: GeoJSON.Feature[] = selected === null ? [] : [{ type: 'Feature', id: selected, geometry: at(selected), properties: { kind: 'selection' } }];
	if (visible.size > LABEL_LIMIT) return { type: 'FeatureCollection', features: selection };
	const labels = [...visible].flatMap((fid): GeoJSON.Feature[] => {
		const f = features[fid];
		const today = tracked.get(fid);
		const name: GeoJSON.Feature = {
			type: 'Feature',
			id: fid,
			geometry: at(fid),
			properties: {
				kind: 'name',
				label: labelText(f, today?.position),
				// Lower keys are placed first: the selected item's label always wins.
				priority: fid === selected ? 0 : LABEL_PRIORITY[f.properties.prominence]
			}
		};
		const { reach, unit, category } = f.properties;
		const caption: GeoJSON.Feature[] = reach
			? [{ type: 'Feature', id: fid, geometry: destination(f.anchor, reach.radiusKm, 90, { units: 'kilometers' }).geometry, properties: { kind: 'reach', label: reachLabel(reach) } }]
			: [];
		const blocker: GeoJSON.Feature[] = unit
			? [{ type: 'Feature', id: fid, geometry: at(fid), properties: { kind: 'unit', ...unitSymbolProperties(unit, category), offset: slots.get(fid) ?? [0, 0] } }]
			: [];
		return [name, ...caption, ...blocker, ...(today ? trackFigures(fid, today, colors.get(category) ?? '#555555') : [])];
	});
	return { type: 'FeatureCollection', features: [...selection, ...labels] };
}

/** The way a tracked feature has come, and the area it may be in today. */
function trackFigures(fid: number, { position, path }: TrackedPlace, color: string): GeoJSON.Feature[] {
	const area = areaOn(position);
	return [
		...(path.length > 1 ? [{ type: 'Feature' as const, id: fid, geometry: { type: 'LineString' as const, coordinates: path }, properties: { kind: 'track-path', color, width: 2.5, opacity: 0.85 } }] : []),
		...(area ? [{ type: 'Feature' as const, id: fid, geometry: area, properties: { kind: 'track-area', color, width: 1.8, opacity: 0.95 } }] : [])
	];
}

const reachLabel = (reach: NonNullable<ScenarioFeature['properties']['reach']>) => `${reach.label}: ${formatDistance(reach.radiusKm)}`;

/** Layers drawing the scenario, units in `mode`; everything starts invisible until the time engine shows it. */
export const scenarioLayers = (mode: SymbolMode): LayerSpecification[] => [
	{
		id: 'scenario-area-fill',
		type: 'fill',
		source: FIGURES_SOURCE,
		filter: ['all', isShape, isArea],
		// The opacity rides in the colour, so this layer's paint has the basemap land's shape and shares its compiled shaders.
		paint: { 'fill-color': categoryColorWithAlpha(whenVisible(whenSelected(0.3, ['case', precisionIs('approximate'), 0.06, 0.2]))) }
	},
	{
		id: 'scenario-area-edge-approximate',
		type: 'line',
		source: FIGURES_SOURCE,
		filter: ['all', isShape, isArea, precisionIs('approximate')],
		paint: {
			'line-color': ['get', 'color'],
			'line-width': whenSelected(3, 1.8),
			'line-opacity': whenVisible(0.95),
			'line-dasharray': [2, 2]
		}
	},
	{
		id: 'scenario-area-edge',
		type: 'line',
		source: FIGURES_SOURCE,
		filter: ['all', isShape, isArea, ['!', precisionIs('approximate')]],
		paint: { 'line-color': ['get', 'color'], 'line-width': whenSelected(3, 1.5), 'line-opacity': whenVisible(0.9) }
	},
	{
		id: 'scenario-lines',
		type: 'line',
		source: FIGURES_SOURCE,
		filter: ['all', isShape, isLine],
		layout: { 'line-cap': 'round' },
		paint: { 'line-color': ['get', 'color'], 'line-width': whenSelected(4, 2.5), 'line-opacity': whenVisible(0.9), 'line-dasharray': [1, 2] }
	},
	{
		id: 'scenario-reach',
		type: 'line',
		source: FIGURES_SOURCE,
		filter: partIs('reach'),
		paint: { 'line-color': ['get', 'color'], 'line-width': whenSelected(2.5, 1.5), 'line-opacity': whenVisible(0.8), 'line-dasharray': [0.5, 2] }
	},
	// A tracked item's way and area. Their paint has the same form as the scenario's lines and
	// areas (colour, width and opacity from the data), so they share those layers' compiled shaders.
	{
		id: 'scenario-track-paths',
		type: 'line',
		source: LABELS_SOURCE,
		filter: kindIs('track-path'),
		layout: { 'line-cap': 'round' },
		paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'], 'line-opacity': ['get', 'opacity'], 'line-dasharray': [1, 2] }
	},
	{
		id: 'scenario-track-areas',
		type: 'fill',
		source: LABELS_SOURCE,
		filter: kindIs('track-area'),
		paint: { 'fill-color': categoryColorWithAlpha(['literal', 0.08]) }
	},
	{
		id: 'scenario-track-area-edges',
		type: 'line',
		source: LABELS_SOURCE,
		filter: kindIs('track-area'),
		paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'], 'line-opacity': ['get', 'opacity'], 'line-dasharray': [2, 2] }
	},
	{
		id: 'scenario-arrowheads',
		type: 'symbol',
		source: FIGURES_SOURCE,
		filter: partIs('arrow'),
		layout: {
			'icon-image': ['concat', ARROWHEAD_PREFIX, ['get', 'category']],
			'icon-rotate': ['get', 'bearing'],
			'icon-rotation-alignment': 'map',
			'icon-allow-overlap': true,
			'icon-ignore-placement': true
		},
		paint: { 'icon-opacity': whenVisible(0.95) }
	},
	{
		id: 'scenario-points',
		type: 'circle',
		source: MARKS_SOURCE,
		// Only real points get a dot (an area's centre is not a known position), and units get a symbol instead.
		filter: ['all', ['get', 'pointLike'], ['!', ['has', 'militarySymbol']]],
		paint: {
			// A hidden point shrinks to nothing, so the GPU draws no pixels for it: with many points,
			// most of them hidden on any one day, that is most of a frame's work saved.
			'circle-radius': whileOnMap(7),
			'circle-color': ['case', precisionIs('symbolic'), '#ffffff', ['get', 'color']],
			'circle-stroke-color': ['case', precisionIs('symbolic'), ['get', 'color'], '#ffffff'],
			'circle-stroke-width': whileOnMap(2),
			'circle-opacity': whenVisible(1),
			'circle-stroke-opacity': whenVisible(1)
		}
	},
	{
		id: 'scenario-selection',
		type: 'circle',
		source: LABELS_SOURCE,
		filter: kindIs('selection'),
		paint: { 'circle-radius': 16, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#f0b429', 'circle-stroke-width': 4 }
	},
	{
		id: 'scenario-reach-labels',
		type: 'symbol',
		source: LABELS_SOURCE,
		filter: kindIs('reach'),
		layout: {
			'text-field': ['get', 'label'],
			'text-font': [...MAP_FONTS.italic],
			'text-size': reachLabelSize(false),
			// Beside the ring's edge, or a line above or below it when another ring's caption is there.
			'text-variable-anchor-offset': ['left', [0.4, 0], 'bottom-left', [0.4, -1], 'top-left', [0.4, 1]],
			'text-max-width': 30
		},
		paint: { 'text-color': '#30424f', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 }
	},
	{
		id: 'scenario-labels',
		type: 'symbol',
		source: LABELS_SOURCE,
		filter: kindIs('name'),
		layout: {
			'text-field': ['get', 'label'],
			'text-font': [...MAP_FONTS.bold],
			'text-size': scenarioLabelSize(false),
			'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
			// Clear of a unit symbol (half its size, and the blockers below keep labels off it) as well as a dot.
			'text-radial-offset': 1.6,
			'text-max-width': 12,
			'symbol-sort-key': ['get', 'priority']
		},
		paint: {
			'text-color': '#1b2530',
			'text-halo-color': 'rgba(255,255,255,0.95)',
			'text-halo-width': 1.6
		}
	},
	{
		id: 'scenario-units',
		type: 'symbol',
		source: MARKS_SOURCE,
		filter: ['has', 'militarySymbol'],
		layout: {
			'icon-image': unitIconImage(mode),
			'icon-offset': ['get', 'offset'],
			// Hidden units keep their (transparent) icons, so icons must not take part in collisions.
			'icon-allow-overlap': true,
			'icon-ignore-placement': true
		},
		paint: { 'icon-opacity': whenVisible(1) }
	},
	{
		// The units on the map now, invisible, taking part in collisions so labels are placed clear of
		// the symbols instead of under them. The top layer, so placed first.
		id: UNIT_BLOCKERS_LAYER,
		type: 'symbol',
		source: LABELS_SOURCE,
		filter: kindIs('unit'),
		layout: {
			'icon-image': unitIconImage(mode),
			'icon-offset': ['get', 'offset'],
			'icon-allow-overlap': true,
			'icon-padding': 0
		},
		paint: { 'icon-opacity': 0 }
	}
];

export const UNIT_BLOCKERS_LAYER = 'scenario-unit-blockers';

/** The layers a pointer can hover or click. */
export const interactiveLayerIds = ['scenario-units', 'scenario-labels', 'scenario-points', 'scenario-lines', 'scenario-area-fill'];
