import { along, bbox, centerOfMass, circle, length } from '@turf/turf';
import { clampDay, parseDay, type Day } from '../timeline/day.ts';
import type { Category, Geometry, ScenarioIndex } from './schema.ts';
import { validateIndex, validateLayer, type Problem, type ValidFeature } from './validate.ts';

/** A validated feature, numbered by `fid` (its position in `Scenario.features`) for the map and the time index. */
export interface ScenarioFeature extends ValidFeature {
	fid: number;
	/** What the map draws: an approximate point becomes a circle of its radius. */
	shape: Geometry;
	/** West, south, east, north of the shape, for framing it. */
	bounds: [number, number, number, number];
	/** Where its marker and label go: the point itself, an area's centre, a line's midpoint. */
	anchor: [number, number];
}

export interface Scenario {
	title: string;
	start: Day;
	end: Day;
	/** The day the app opens on when the address does not name one. */
	initialDay: Day;
	categories: Category[];
	features: ScenarioFeature[];
	/** Everything that was wrong with the data; what was fine is loaded anyway. */
	problems: Problem[];
}

/** Reads a file under geodata/ by its relative path, throwing on failure. */
export type ReadData = (path: string) => Promise<string>;

export const INDEX_FILE = 'scenario.json';

/** Loads and validates the index and every layer it names; a broken file costs only its own features. */
export async function loadScenario(read: ReadData): Promise<Scenario | { problems: Problem[] }> {
	const indexJson = await readJson(read, INDEX_FILE);
	if ('problem' in indexJson) return { problems: [indexJson.problem] };
	const { index, problems } = validateIndex(INDEX_FILE, indexJson.value);
	if (!index) return { problems };
	const layers = await Promise.all(index.layers.map((file) => readJson(read, file)));
	return buildScenario(index, index.layers.map((file, i) => ({ file, json: layers[i] })));
}

/** Validates already-read layers against an index. Exposed for build-time checks and tests. */
export function buildScenario(index: ScenarioIndex, layers: { file: string; json: { value: unknown } | { problem: Problem } }[]): Scenario {
	const start = parseDay(index.start) as Day;
	const end = parseDay(index.end) as Day;
	const context = { categories: new Set(index.categories.map((c) => c.id)), start, end, seenIds: new Set<string>() };
	const problems: Problem[] = [];
	const valid: ValidFeature[] = [];
	for (const { file, json } of layers) {
		if ('problem' in json) {
			problems.push(json.problem);
			continue;
		}
		const layer = validateLayer(file, json.value, context);
		problems.push(...layer.problems);
		valid.push(...layer.features);
	}
	const initial = index.initialDate === undefined ? start : (parseDay(index.initialDate) as Day);
	return {
		title: index.title,
		start,
		end,
		initialDay: clampDay(initial, start, end),
		categories: index.categories,
		features: valid.map((feature, fid) => withShape(feature, fid)),
		problems
	};
}

function withShape(feature: ValidFeature, fid: number): ScenarioFeature {
	const { geometry, properties } = feature;
	const shape: Geometry =
		geometry.type === 'Point' && properties.radiusKm !== undefined
			? (circle(geometry.coordinates, properties.radiusKm, { steps: 72, units: 'kilometers' }).geometry as Geometry)
			: geometry;
	const [west, south, east, north] = bbox(shape);
	return { ...feature, fid, shape, bounds: [west, south, east, north], anchor: anchorOf(geometry) };
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

async function readJson(read: ReadData, file: string): Promise<{ value: unknown } | { problem: Problem }> {
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

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
