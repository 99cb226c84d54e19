import { circle, destination } from '@turf/turf';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Category, Unit } from '$lib/data/schema';
import { isFarStatement } from '$lib/data/far-statement';
import type { ScenarioFeature } from '$lib/data/scenario';
import { mapText } from '$lib/i18n/map-text';
import { formatDistance } from './measure';
import { MAP_FONTS } from './style';
import { CARDS_FROM_ZOOM, DESIGNATION_SIZE, gridOf, groupsOf, markOf, unitSlots, type Group, type Slot } from './cluster';
import { symbolImageName, type SymbolMode } from './unit-symbols';
import { areaOn, type TrackedPlace, type TrackPosition } from '$lib/timeline/track';
import type { Day } from '$lib/timeline/day';

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
export const reachLabelSize = (large: boolean) => (large ? 16 : 12);
/** How much larger unit symbols (and with them the cluster's cards) are on a projector. */
export const unitIconSize = (large: boolean) => (large ? 4 / 3 : 1);
/** The designations beside a cluster's cards, growing with the symbols. */
export const designationSize = (large: boolean) => DESIGNATION_SIZE * unitIconSize(large);
/** The image of the ring around the selected item. */
export const SELECTION_RING = 'selection-ring';
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

/** Whether the feature is in the detail panel or under the pointer. */
const pointedAt: ExpressionSpecification = ['any', ['boolean', ['feature-state', 'selected'], false], ['boolean', ['feature-state', 'hovered'], false]];

/**
 * `value`, except for a figure drawn only on demand (its `onDemand`: the area of an item shown with
 * its group, the arrow of a statement made far away) while its item is neither chosen nor pointed
 * at. With `allAreas` (for analysts) areas are always drawn.
 */
function unlessOnDemand(value: number | ExpressionSpecification, allAreas: boolean): ExpressionSpecification {
	const onDemand: ExpressionSpecification = allAreas ? ['==', ['get', 'onDemand'], 'arrow'] : ['has', 'onDemand'];
	return ['case', ['all', onDemand, ['!', pointedAt]], 0, value];
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
const kindIs = (kind: LabelKind): ExpressionSpecification => ['==', ['get', 'kind'], kind];
type LabelKind = 'name' | 'group-name' | 'designation' | 'reach' | 'selection' | 'unit' | 'track-path' | 'track-area';

/**
 * How a feature's figures are drawn on demand, if they are (see `unlessOnDemand`): the circle of
 * an approximate position, unless it is the one area a cluster of units shares, and the arrow of a
 * statement made far away. A dozen circles around nearly one centre would bury the sea.
 */
function onDemandOf(f: ScenarioFeature, groups: ReadonlyMap<string, Group>): 'area' | 'arrow' | undefined {
	if (isFarStatement(f)) return 'arrow';
	if (f.properties.group !== undefined) return 'area';
	const uncertain = f.properties.precision === 'approximate' && f.properties.radiusKm !== undefined;
	return uncertain && !((groups.get(f.properties.id)?.units ?? 0) > 0) ? 'area' : undefined;
}


/** Whether a feature has a shape of its own besides its mark. */
export function hasShape(feature: ScenarioFeature): boolean {
	return feature.shape.type !== 'Point';
}

/**
 * The GeoJSON sources the map draws, with the feature's fid as `id` in each so one visibility diff
 * drives them all. Labels sit on the mark, so an area that spans tiles still gets one label. A
 * tracked feature's mark starts where its track `placed` it on the first day (see `markOf`).
 */
export function scenarioSources(
	features: readonly ScenarioFeature[],
	categories: readonly Category[],
	placed: ReadonlyMap<number, TrackPosition> = new Map()
): Record<string, GeoJSON.FeatureCollection> {
	const colors = new Map(categories.map((c) => [c.id, c.color]));
	const slots = unitSlots(features);
	const groups = groupsOf(features);
	const layout = { features, groups, slots };
	const properties = (f: ScenarioFeature) => {
		const { unit, category, precision } = f.properties;
		const onDemand = onDemandOf(f, groups);
		return {
			category,
			precision,
			pointLike: !hasShape(f) || f.track !== null,
			color: colors.get(category) ?? '#555555',
			...(onDemand && { onDemand }),
			...(unit && unitSymbolProperties(unit, category))
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
			features: features.map((f) => {
				const { at, offset, compact } = markOf(f, layout, placed.get(f.fid));
				return { type: 'Feature', id: f.fid, geometry: { type: 'Point', coordinates: at }, properties: { ...properties(f), ...(f.properties.unit && { offset, compact }) } };
			})
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

type LabelPlaces = (string | [number, number])[];
/**
 * Where a label may stand beside its mark, in ems, in order of preference: below, above, right,
 * left, then the corners; where marks crowd (an island's airfields under its name), a step further out.
 */
const MARK_LABEL_PLACES: LabelPlaces = [
	...['top', [0, 1.6], 'bottom', [0, -1.6], 'left', [1.6, 0], 'right', [-1.6, 0]],
	...['bottom-left', [1.5, -1.5], 'top-left', [1.5, 1.5], 'bottom-right', [-1.5, -1.5], 'top-right', [-1.5, 1.5]],
	...['top', [0, 2.8], 'bottom', [0, -2.8], 'left', [3, 0], 'right', [-3, 0]]
] as LabelPlaces;
/**
 * Where the label of an approximate area drawn only on demand may stand: it has no mark, and any
 * point well inside its area is as true as the centre, so it moves out of the way of others.
 */
const LOOSE_LABEL_PLACES: LabelPlaces = [
	...['center', [0, 0], 'top', [0, 2], 'bottom', [0, -2], 'left', [3, 0], 'right', [-3, 0]],
	...['top-left', [2, 2], 'top-right', [-2, 2], 'bottom-left', [2, -2], 'bottom-right', [-2, -2]],
	...['left', [6, 0], 'right', [-6, 0], 'top', [0, 4], 'bottom', [0, -4], 'top-left', [4, 3], 'top-right', [-4, 3], 'bottom-left', [4, -3], 'bottom-right', [-4, -3]],
	...['left', [9, 0], 'right', [-9, 0], 'top', [0, 6], 'bottom', [0, -6], 'top-left', [7, 4], 'top-right', [-7, 4], 'bottom-left', [7, -4], 'bottom-right', [-7, -4]]
] as LabelPlaces;
/** An area this wide or wider may have its label moved about (see `LOOSE_LABEL_PLACES`); a smaller one is nearly a place. */
const LOOSE_RADIUS_KM = 100;

/** A feature's map label: its short name (or its name), and what kind of position it is when that is not exact. */
function labelText(f: ScenarioFeature, tracked: TrackPosition | undefined): string {
	const { precision, place, track } = f.properties;
	const name = f.properties.designation ?? f.properties.name;
	if (tracked?.interpolated) return `${name}\n${mapText().workedOut(Math.round(tracked.radiusKm / 10) * 10)}`;
	const reported = tracked && tracked.waypoint !== null ? track?.[tracked.waypoint].place : undefined;
	if (reported) return `${name}\n(${reported})`;
	if (precision === 'approximate') return `${name}\n${mapText().approximate}`;
	if (precision === 'symbolic' && place) return `${name}\n(${place})`;
	return name;
}

/** Where the tracked features on the map are today, by fid. */
type TrackedToday = ReadonlyMap<number, TrackedPlace>;

/** What the labels depend on besides the features and which are shown. */
export interface LabelOptions {
	/** Where each tracked feature on the map is today. */
	tracked?: TrackedToday;
	/** Where each unit's symbol stands (see `unitSlots`). */
	slots?: ReadonlyMap<number, Slot>;
	/** Category colours, for a track's way and area. */
	colors?: ReadonlyMap<string, string>;
	/** The feature under the pointer (or a badge naming it): a far statement is labelled then. */
	hovered?: number | null;
	/** The scenario's groups (see `groupsOf`), worked out once. */
	groups?: ReadonlyMap<string, Group>;
	/** Whether every item's area is drawn (for analysts), a tracked item's area of today included. */
	allAreas?: boolean;
	/** The day shown: the items that appear on it are the news, labelled before others of their prominence. */
	today?: Day;
}

/**
 * The labels source's content: the ring around the selected feature, and for the given visible
 * features (none beyond LABEL_LIMIT) each one's name at its mark, a range ring's caption at the
 * ring's eastern edge, and for a unit an invisible copy of its symbol that keeps labels off it.
 * A unit shown with its group gets its designation beside its card in the cluster, and the
 * group's name stands beside the cluster; a count or a strike shown with its group is a line of
 * the group's label instead of a label of its own. A statement made far away is labelled only
 * when chosen or pointed at (its badge at the map's edge names it). A tracked feature also gets
 * the way it has come, and when chosen or pointed at (or with `allAreas`) the area it may be in today.
 */
export function labelCollection(
	features: readonly ScenarioFeature[],
	visible: ReadonlySet<number>,
	selected: number | null,
	{ tracked = new Map(), slots = new Map(), colors = new Map(), hovered = null, groups = groupsOf(features), allAreas = false, today: shownDay }: LabelOptions = {}
): GeoJSON.FeatureCollection {
	const mark = (fid: number) => markOf(features[fid], { features, groups, slots }, tracked.get(fid)?.position);
	const at = (fid: number): GeoJSON.Point => ({ type: 'Point', coordinates: mark(fid).at });
	const selection: GeoJSON.Feature[] =
		selected === null ? [] : [{ type: 'Feature', id: selected, geometry: at(selected), properties: { kind: 'selection', offset: mark(selected).offset, compact: mark(selected).compact } }];
	if (visible.size > LABEL_LIMIT) return { type: 'FeatureCollection', features: selection };
	const labels = [...visible].flatMap((fid): GeoJSON.Feature[] => {
		const f = features[fid];
		const { reach, unit, category, group, designation, name } = f.properties;
		if (isFarStatement(f) && fid !== selected && fid !== hovered) return [];
		const slot = slots.get(fid);
		const { offset, compact, clustered: inCluster } = mark(fid);
		const blocker: GeoJSON.Feature[] = unit ? [{ type: 'Feature', id: fid, geometry: at(fid), properties: { kind: 'unit', ...unitSymbolProperties(unit, category), offset, compact } }] : [];
		const host = group === undefined ? undefined : groups.get(group)?.host;
		const today = tracked.get(fid);
		const areaShown = allAreas || fid === selected || fid === hovered;
		if (host !== undefined && visible.has(host) && (inCluster || !unit)) {
			// In its group: a card in the cluster (a tracked unit's way there drawn on demand), or a line of the group's label.
			const card: GeoJSON.Feature[] = slot?.textOffset ? [{ type: 'Feature', id: fid, geometry: at(fid), properties: { kind: 'designation', label: designation ?? name, textOffset: slot.textOffset } }] : [];
			const way = today && areaShown ? trackFigures(fid, today, colors.get(category) ?? '#555555', true) : [];
			return [...card, ...blocker, ...way];
		}
		const own = groups.get(f.properties.id);
		const shownLines = own?.lines.filter((member) => visible.has(member)).map((member) => features[member].properties.designation ?? features[member].properties.name) ?? [];
		const lines = shownLines.length ? `\n${shownLines.join('\n')}` : '';
		const clustered = own !== undefined && own.units > 0;
		const label: GeoJSON.Feature = {
			type: 'Feature',
			id: fid,
			geometry: at(fid),
			properties: {
				kind: clustered ? 'group-name' : 'name',
				label: (clustered ? name : labelText(f, tracked.get(fid)?.position)) + lines,
				// A cluster's name and counts stand above its cards, as the heading of one block.
				...(clustered && headingPlaces(own.units)),
				places: labelPlaces(f, offset, groups),
				// Lower keys are placed first: the selected item's label always wins, then the day's news.
				priority: fid === selected ? 0 : LABEL_PRIORITY[f.properties.prominence] - (f.start === shownDay ? 0.5 : 0)
			}
		};
		const caption: GeoJSON.Feature[] = reach
			? [{ type: 'Feature', id: fid, geometry: destination(f.anchor, reach.radiusKm, 90, { units: 'kilometers' }).geometry, properties: { kind: 'reach', label: reachLabel(reach) } }]
			: [];
		return [label, ...caption, ...blocker, ...(today ? trackFigures(fid, today, colors.get(category) ?? '#555555', areaShown) : [])];
	});
	return { type: 'FeatureCollection', features: [...selection, ...labels] };
}

/** The way a tracked feature has come, and (with `areaShown`) the area it may be in today. */
function trackFigures(fid: number, { position, path }: TrackedPlace, color: string, areaShown: boolean): GeoJSON.Feature[] {
	const area = areaShown ? areaOn(position) : null;
	return [
		...(path.length > 1 ? [{ type: 'Feature' as const, id: fid, geometry: { type: 'LineString' as const, coordinates: path }, properties: { kind: 'track-path', color, width: 2.5, opacity: 0.85 } }] : []),
		...(area ? [{ type: 'Feature' as const, id: fid, geometry: area, properties: { kind: 'track-area', color, width: 1.8, opacity: 0.95 } }] : [])
	];
}

/** A cluster heading's width, in ems: "US forces at sea —" on a line. */
const HEADING_WIDTH = 11;

/**
 * Where a cluster's heading may stand, in ems: above its cards or, where a place's name is there
 * (place names come first), below them, then beside them; the same for its closed-up symbols.
 */
function headingPlaces(units: number): { headingPlaces: LabelPlaces; compactHeadingPlaces: LabelPlaces } {
	const { top, side, compactTop, compactSide } = gridOf(units);
	const size = scenarioLabelSize(false);
	const around = (top: number, side: number): LabelPlaces => {
		const [y, x] = [(top + 4) / size, (side + 6) / size];
		return ['bottom', [0, -y], 'top', [0, y], 'left', [x, 0], 'right', [-x, 0]];
	};
	return { headingPlaces: around(top, side), compactHeadingPlaces: around(compactTop, compactSide) };
}

/** A pair of numbers from the data: `full` from CARDS_FROM_ZOOM, `compact` below it. */
function byClusterZoom(full: string, compact: string): ExpressionSpecification {
	const pair = (name: string): ExpressionSpecification => ['array', 'number', 2, ['get', name]];
	return ['step', ['zoom'], pair(compact), CARDS_FROM_ZOOM, pair(full)];
}

/**
 * Where a feature's name may stand (see `MARK_LABEL_PLACES` and `LOOSE_LABEL_PLACES`), moved with its
 * mark when that stands beside others on its point (`offset`, in pixels).
 */
function labelPlaces(f: ScenarioFeature, [dx, dy]: [number, number], groups: ReadonlyMap<string, Group>): LabelPlaces {
	const loose = !f.properties.unit && onDemandOf(f, groups) === 'area' && (f.properties.radiusKm ?? 0) >= LOOSE_RADIUS_KM;
	const places = loose ? LOOSE_LABEL_PLACES : MARK_LABEL_PLACES;
	if (dx === 0 && dy === 0) return places;
	const size = scenarioLabelSize(false);
	return places.map((place) => (typeof place === 'string' ? place : [place[0] + dx / size, place[1] + dy / size]));
}

const reachLabel = (reach: NonNullable<ScenarioFeature['properties']['reach']>) => `${reach.label}: ${formatDistance(reach.radiusKm)}`;

/**
 * Items' names, in three layers by priority: the map places layers one after another but a layer's
 * own order (its sort key) only within each tile, so the day's news and the key items must have
 * layers of their own to be sure of their place. The last is on top, placed first.
 */
const NAME_LAYERS = [
	{ id: 'scenario-labels', from: 2, below: Infinity },
	{ id: 'scenario-labels-key', from: 1, below: 2 },
	{ id: 'scenario-labels-news', from: -Infinity, below: 1 }
];
export const NAME_LAYER_IDS = NAME_LAYERS.map((layer) => layer.id);

function nameLayer({ id, from, below }: (typeof NAME_LAYERS)[number]): LayerSpecification {
	const priority: ExpressionSpecification = ['get', 'priority'];
	return {
		id,
		type: 'symbol',
		source: LABELS_SOURCE,
		filter: ['all', kindIs('name'), ...(from > -Infinity ? [['>=', priority, from] as ExpressionSpecification] : []), ...(below < Infinity ? [['<', priority, below] as ExpressionSpecification] : [])],
		layout: {
			'text-field': ['get', 'label'],
			'text-font': [...MAP_FONTS.bold],
			'text-size': scenarioLabelSize(false),
			// Beside its mark, clear of a unit symbol (half its size; the blockers below keep labels off
			// it) as well as a dot; a label without a mark (a loose area's) anywhere near its centre.
			'text-variable-anchor-offset': ['get', 'places'],
			'text-max-width': 12,
			'symbol-sort-key': priority
		},
		paint: {
			'text-color': '#1b2530',
			'text-halo-color': 'rgba(255,255,255,0.95)',
			'text-halo-width': 1.6
		}
	};
}

/**
 * Layers drawing the scenario, units in `mode`, every area drawn with `allAreas` (for analysts);
 * everything starts invisible until the time engine shows it.
 */
export const scenarioLayers = (mode: SymbolMode, allAreas = false): LayerSpecification[] => [
	{
		id: 'scenario-area-fill',
		type: 'fill',
		source: FIGURES_SOURCE,
		filter: ['all', isShape, isArea],
		// The opacity rides in the colour, so this layer's paint has the basemap land's shape and shares its compiled shaders.
		paint: { 'fill-color': categoryColorWithAlpha(whenVisible(unlessOnDemand(whenSelected(0.3, ['case', precisionIs('approximate'), 0.06, 0.2]), allAreas))) }
	},
	{
		id: 'scenario-area-edge-approximate',
		type: 'line',
		source: FIGURES_SOURCE,
		filter: ['all', isShape, isArea, precisionIs('approximate')],
		paint: {
			'line-color': ['get', 'color'],
			'line-width': whenSelected(3, 1.8),
			'line-opacity': whenVisible(unlessOnDemand(0.95, allAreas)),
			'line-dasharray': [2, 2]
		}
	},
	{
		id: 'scenario-area-edge',
		type: 'line',
		source: FIGURES_SOURCE,
		filter: ['all', isShape, isArea, ['!', precisionIs('approximate')]],
		paint: { 'line-color': ['get', 'color'], 'line-width': whenSelected(3, 1.5), 'line-opacity': whenVisible(unlessOnDemand(0.9, allAreas)) }
	},
	{
		id: 'scenario-lines',
		type: 'line',
		source: FIGURES_SOURCE,
		filter: ['all', isShape, isLine],
		layout: { 'line-cap': 'round' },
		paint: { 'line-color': ['get', 'color'], 'line-width': whenSelected(4, 2.5), 'line-opacity': whenVisible(unlessOnDemand(0.9, allAreas)), 'line-dasharray': [1, 2] }
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
		paint: { 'icon-opacity': whenVisible(unlessOnDemand(0.95, allAreas)) }
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
		// A ring drawn as an image, so it can stand on a unit's card in a cluster (its offset).
		id: 'scenario-selection',
		type: 'symbol',
		source: LABELS_SOURCE,
		filter: kindIs('selection'),
		layout: { 'icon-image': SELECTION_RING, 'icon-offset': byClusterZoom('offset', 'compact'), 'icon-size': unitIconSize(false), 'icon-allow-overlap': true, 'icon-ignore-placement': true }
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
	...NAME_LAYERS.map(nameLayer),
	{
		// Designations beside the cards of a group's cluster: always shown, and placed before the names.
		id: 'scenario-designations',
		type: 'symbol',
		source: LABELS_SOURCE,
		filter: kindIs('designation'),
		minzoom: CARDS_FROM_ZOOM,
		layout: {
			'text-field': ['get', 'label'],
			'text-font': [...MAP_FONTS.bold],
			'text-size': designationSize(false),
			'text-anchor': 'left',
			'text-offset': ['get', 'textOffset'],
			'text-allow-overlap': true
		},
		paint: { 'text-color': '#1b2530', 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.6 }
	},
	{
		// A group's name and counts, the heading of its cluster: placed after the place names, so
		// above the cluster or, where a place is named there, below it.
		id: 'scenario-group-names',
		type: 'symbol',
		source: LABELS_SOURCE,
		filter: kindIs('group-name'),
		layout: {
			'text-field': ['get', 'label'],
			'text-font': [...MAP_FONTS.bold],
			'text-size': scenarioLabelSize(false),
			'text-variable-anchor-offset': ['step', ['zoom'], ['get', 'compactHeadingPlaces'], CARDS_FROM_ZOOM, ['get', 'headingPlaces']],
			// Narrow, a few short lines: it fits beside the cluster where a place's name is above it.
			'text-max-width': HEADING_WIDTH
		},
		paint: { 'text-color': '#1b2530', 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.6 }
	},
	{
		id: 'scenario-units',
		type: 'symbol',
		source: MARKS_SOURCE,
		filter: ['has', 'militarySymbol'],
		layout: {
			'icon-image': unitIconImage(mode),
			'icon-offset': byClusterZoom('offset', 'compact'),
			'icon-size': unitIconSize(false),
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
			'icon-offset': byClusterZoom('offset', 'compact'),
			'icon-size': unitIconSize(false),
			'icon-allow-overlap': true,
			'icon-padding': 0
		},
		paint: { 'icon-opacity': 0 }
	}
];

export const UNIT_BLOCKERS_LAYER = 'scenario-unit-blockers';

/** The layers a pointer can hover or click. */
export const interactiveLayerIds = ['scenario-units', ...NAME_LAYER_IDS, 'scenario-group-names', 'scenario-designations', 'scenario-points', 'scenario-lines', 'scenario-area-fill'];

/** The layers whose paint depends on whether every area is drawn (see `unlessOnDemand`). */
export const ON_DEMAND_LAYERS = ['scenario-area-fill', 'scenario-area-edge-approximate', 'scenario-area-edge', 'scenario-lines', 'scenario-arrowheads'];
