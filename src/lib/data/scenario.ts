import { along, bbox, bearing, booleanPointInPolygon, bboxPolygon, centerOfMass, circle, greatCircle, length, lineSliceAlong } from '@turf/turf';
import { clampDay, parseDay, type Day } from '../timeline/day.ts';
import { buildTrack, type Track } from '../timeline/track.ts';
import type { Bounds, Category, Geometry, ScenarioIndex } from './schema.ts';
import type { ScenarioPackage } from './package.ts';
import { validateIndex, validateLayer, validatePhases, type ValidFeature, type ValidPhase } from './validate.ts';
import type { Problem } from './problem.ts';
import { INDEX_FILE } from './package.ts';
import { errorText } from './error-text.ts';

/** A validated feature, numbered by `fid` (its position in `Scenario.features`) for the map and the time index. */
export interface ScenarioFeature extends ValidFeature {
	fid: number;
	/** What the map draws: an approximate point becomes a circle of its radius. */
	shape: Geometry;
	/** West, south, east, north of the shape, for framing it. */
	bounds: [number, number, number, number];
	/** Where its marker and label go: the point itself, an area's centre, a line's midpoint. */
	anchor: [number, number];
	/** For a symbolic placement aimed somewhere: the arrow's tip and its compass bearing. */
	arrow: { at: [number, number]; bearing: number } | null;
	/** For an item with dated positions: where it was reported, when. */
	track: Track | null;
	/** The fields shown in the scenario's own language because their translation is missing (see `localizeScenario`). */
	untranslated?: string[];
}

export interface Scenario {
	title: string;
	start: Day;
	end: Day;
	/** The day the app opens on when the address does not name one. */
	initialDay: Day;
	/** The theatre the first view frames. */
	region: Bounds;
	categories: Category[];
	features: ScenarioFeature[];
	/** Named stretches of the buildup, in order, not overlapping (maybe with gaps). */
	phases: ValidPhase[];
	/** The place the detail panel measures distances from. */
	measureFrom: ScenarioIndex['measureFrom'];
	/** Everything that was wrong with the data; what was fine is loaded anyway. */
	problems: Problem[];
	/** The languages beside its own that the scenario gives every text in. */
	translatedInto: readonly 'es'[];
	/** The title in Spanish. */
	es?: { title?: string };
}

/** Reads a file under geodata/ by its relative path, throwing on failure. */
export type ReadData = (path: string) => Promise<string>;

/** How strictly a scenario is checked: the built-in one must source every item (see `LayerContext.sourced`). */
export interface LoadOptions {
	sourced: boolean;
	/** Told how many features are checked so far, every few thousand, for a large file's progress bar. */
	onProgress?: (checked: number, total: number) => void;
}

/** Loads and validates the index and every layer it names; a broken file costs only its own features. */
export async function loadScenario(read: ReadData, options: LoadOptions = { sourced: true }): Promise<Scenario | { problems: Problem[] }> {
	return loadFrom((file) => readJson(read, file), options);
}

/** Validates a scenario package (an imported or kept scenario) as `loadScenario` does the geodata/ folder. */
export async function loadPackage(pack: ScenarioPackage, options: LoadOptions = { sourced: false }): Promise<Scenario | { problems: Problem[] }> {
	return loadFrom(async (file) => (file === INDEX_FILE ? { value: pack.index } : file in pack.files ? { value: pack.files[file] } : { problem: { file, message: 'is named by scenario.json but is not in the package' } }), options);
}

/** Reads one file of a scenario, parsed, or says why it could not be. */
type ReadJson = (file: string) => Promise<Read>;

async function loadFrom(read: ReadJson, options: LoadOptions): Promise<Scenario | { problems: Problem[] }> {
	const index = await loadIndex(read);
	return 'index' in index ? loadContent(read, index, options) : index;
}

/** Loads and validates `scenario.json` alone: the index with what was repaired in it, or what makes it unusable. */
async function loadIndex(read: ReadJson): Promise<{ index: ScenarioIndex; problems: Problem[] } | { problems: Problem[] }> {
	const indexJson = await read(INDEX_FILE);
	if ('problem' in indexJson) return { problems: [indexJson.problem] };
	const { index, problems } = validateIndex(INDEX_FILE, indexJson.value);
	return index ? { index, problems } : { problems };
}

/** Loads and validates the layers and phases an index names. */
async function loadContent(read: ReadJson, { index, problems }: { index: ScenarioIndex; problems: Problem[] }, options: LoadOptions): Promise<Scenario> {
	const files = index.phases === undefined ? index.layers : [...index.layers, index.phases];
	const contents = await Promise.all(files.map(read));
	const layers = index.layers.map((file, i) => ({ file, json: contents[i] }));
	const phases = index.phases === undefined ? undefined : { file: index.phases, json: contents[index.layers.length] };
	const scenario = buildScenario(index, layers, phases, options);
	return { ...scenario, problems: [...problems, ...scenario.problems] };
}

type Read = { value: unknown } | { problem: Problem };

/** Validates already-read layers against an index. Exposed for build-time checks and tests. */
export function buildScenario(index: ScenarioIndex, layers: { file: string; json: Read }[], phaseFile?: { file: string; json: Read }, { sourced, onProgress }: LoadOptions = { sourced: true }): Scenario {
	const start = parseDay(index.start) as Day;
	const end = parseDay(index.end) as Day;
	const context = { categories: new Set(index.categories.map((c) => c.id)), start, end, extent: index.extent ?? index.region, seenIds: new Map(), sourced };
	const problems: Problem[] = [];
	let phases: ValidPhase[] = [];
	if (phaseFile && 'problem' in phaseFile.json) problems.push(phaseFile.json.problem);
	else if (phaseFile && 'value' in phaseFile.json) {
		const checked = validatePhases(phaseFile.file, phaseFile.json.value, start, end, sourced);
		phases = checked.phases;
		problems.push(...checked.problems);
	}
	const valid: ValidFeature[] = [];
	const total = layers.reduce((sum, { json }) => sum + featureCount(json), 0);
	let before = 0;
	for (const { file, json } of layers) {
		if ('problem' in json) {
			problems.push(json.problem);
			continue;
		}
		const layer = validateLayer(file, json.value, context, onProgress && ((checked) => onProgress(before + checked, total)));
		before += featureCount(json);
		// Appended one by one: a spread of a layer's hundred thousand items would overflow the call stack.
		for (const problem of layer.problems) problems.push(problem);
		for (const feature of layer.features) valid.push(feature);
	}
	for (const problem of groupProblems(valid)) problems.push(problem);
	const initial = index.initialDate === undefined ? start : (parseDay(index.initialDate) as Day);
	return {
		title: index.title,
		start,
		end,
		initialDay: clampDay(initial, start, end),
		region: index.region,
		categories: index.categories,
		features: valid.map((feature, fid) => withShape(feature, fid, index.region)),
		phases,
		measureFrom: index.measureFrom,
		problems,
		translatedInto: index.translatedInto ?? [],
		...(index.es && { es: index.es })
	};
}

/** How many features a layer file holds, before they are checked. */
function featureCount(json: Read): number {
	const value = 'value' in json ? (json.value as { features?: unknown }) : null;
	return Array.isArray(value?.features) ? value.features.length : 0;
}

/** A group must name an item that is there and is not itself in a group. The member still loads, shown on its own. */
function groupProblems(features: ValidFeature[]): Problem[] {
	const byId = new Map(features.map((f) => [f.properties.id, f]));
	return features.flatMap((f) => {
		const { group, id } = f.properties;
		if (group === undefined) return [];
		const host = byId.get(group);
		const message =
			group === id
				? 'names itself as its group'
				: !host
					? `names the group "${group}", which is no item of the scenario`
					: host.properties.group !== undefined
						? `names the group "${group}", which is itself in a group`
						: null;
		if (message === null) return [];
		delete f.properties.group;
		return [{ file: f.file, feature: id, field: 'group', message }];
	});
}

function withShape(feature: ValidFeature, fid: number, region: Bounds): ScenarioFeature {
	const { geometry, properties } = feature;
	const arrow = geometry.type === 'Point' && properties.towards ? arrowInRegion(geometry.coordinates, properties.towards, region) : null;
	const track = properties.track
		? buildTrack(properties.track.map((w) => ({ day: parseDay(w.date) as Day, at: w.at, radiusKm: w.radiusKm ?? properties.radiusKm ?? 0, via: w.via ?? [] })))
		: null;
	// A tracked item is drawn where it is each day (see the map's labels), so its own shape is its first position.
	const shape: Geometry = track
		? { type: 'Point', coordinates: track.points[0] }
		: arrow
			? { type: 'LineString', coordinates: arrow.line }
			: geometry.type === 'Point' && properties.radiusKm !== undefined
				? (circle(geometry.coordinates, properties.radiusKm, { steps: 72, units: 'kilometers' }).geometry as Geometry)
				: geometry;
	// A point's box is the point itself; most items of a large file are points.
	const [west, south, east, north] =
		shape.type === 'Point' && !track ? [...shape.coordinates, ...shape.coordinates] : bbox(track ? { type: 'LineString', coordinates: track.legs.flatMap((leg) => leg.path) } : shape);
	const { start, end, file } = feature;
	// Fields named one by one: a spread of each of 100,000 features cost about 0.8 s (measured).
	return {
		properties,
		geometry,
		start,
		end,
		file,
		fid,
		shape,
		bounds: [west, south, east, north],
		anchor: track ? track.points[0] : arrow ? arrow.labelAt : anchorOf(geometry),
		arrow: arrow && { at: arrow.line[arrow.line.length - 1], bearing: arrow.bearing },
		track
	};
}

/** How far short of its target an arrow stops, so the head does not sit on the place itself. */
const ARROW_GAP_KM = 60;
/** How far into the region an arrow from afar carries its marker and label. */
const ARROW_LABEL_INSET_KM = 600;

/**
 * The part of the great circle from `origin` to `target` that lies in the region, ending a little
 * short of the target. A statement made in Beijing thus shows as an arrow entering the Caribbean from
 * the direction of Beijing, and the map never has to jump across the world. Null when the two are
 * too close for an arrow.
 */
export function arrowInRegion(
	origin: [number, number],
	target: [number, number],
	region: Bounds
): { line: [number, number][]; labelAt: [number, number]; bearing: number } | null {
	const arc = greatCircle(origin, target, { npoints: 400 }).geometry;
	const points = (arc.type === 'LineString' ? arc.coordinates : arc.coordinates.flat()) as [number, number][];
	const box = bboxPolygon(region);
	const entry = points.findIndex((p) => booleanPointInPolygon(p, box));
	if (entry < 0) return null;
	const inside = { type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: points.slice(entry) } };
	const km = length(inside);
	if (km <= ARROW_GAP_KM * 2) return null;
	const line = lineSliceAlong(inside, 0, km - ARROW_GAP_KM).geometry.coordinates as [number, number][];
	// An arrow from afar is labelled a little way in, clear of the map's edge and its overlays.
	const labelAt = entry === 0 ? line[0] : (along(inside, Math.min(ARROW_LABEL_INSET_KM, km / 3)).geometry.coordinates as [number, number]);
	return { line, labelAt, bearing: bearing(line[line.length - 2], line[line.length - 1]) };
}

function anchorOf(geometry: Geometry): [number, number] {
	switch (geometry.type) {
		case 'Point':
			return geometry.coordinates;
		case 'LineString': {
			const line = { type: 'Feature' as const, properties: {}, geometry };
			return along(line, length(line) / 2).geometry.coordinates as [number, number];
		}
		default:
			return centerOfMass(geometry).geometry.coordinates as [number, number];
	}
}

async function readJson(read: ReadData, file: string): Promise<Read> {
	let text: string;
	try {
		text = await read(file);
	} catch (error) {
		return { problem: { file, message: `could not be read (${errorText(error)})` } };
	}
	try {
		return { value: JSON.parse(text) };
	} catch (error) {
		return { problem: { file, message: `is not valid JSON: ${errorText(error)}` } };
	}
}
