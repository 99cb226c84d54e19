import type { z } from 'zod';
import { parseDay, formatDay, type Day } from '../timeline/day.ts';
import { bbox } from '@turf/turf';
import { featureProperties, geometry, phaseList, scenarioIndex, type Bounds, type FeatureProperties, type Geometry, type Phase, type ScenarioIndex } from './schema.ts';

/** One thing wrong with the data, located precisely enough to fix it. */
export interface Problem {
	/** The file, relative to geodata/. */
	file: string;
	/** The feature's id, or its position (`#3`) when it has no usable id. */
	feature?: string;
	/** The phase's id, for problems in the phases file. */
	phase?: string;
	/** The field, as a path like `sources[0].quote`. */
	field?: string;
	message: string;
}

/** A feature that passed validation, with its dates as Days. */
export interface ValidFeature {
	properties: FeatureProperties;
	geometry: Geometry;
	start: Day;
	end: Day | null;
	file: string;
}

/** A phase that passed validation, with its dates as Days. */
export interface ValidPhase extends Phase {
	startDay: Day;
	endDay: Day;
}

/** What the cross-file checks need to know: the scenario's categories, range and extent, and the ids seen so far. */
export interface LayerContext {
	categories: ReadonlySet<string>;
	start: Day;
	end: Day;
	/** Where anything not symbolic may lie. */
	extent: Bounds;
	seenIds: Set<string>;
}

/** "scenario/naval.geojson, feature "ford", field start: expected …" */
export function describeProblem(problem: Problem): string {
	const where = [problem.file];
	if (problem.phase !== undefined) where.push(`phase "${problem.phase}"`);
	if (problem.feature !== undefined) where.push(`feature ${problem.feature.startsWith('#') ? problem.feature : `"${problem.feature}"`}`);
	if (problem.field !== undefined) where.push(`field "${problem.field}"`);
	return `${where.join(', ')}: ${problem.message}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

function zodProblems(file: string, feature: string | undefined, error: z.ZodError, prefix = ''): Problem[] {
	return error.issues.map((issue) => ({
		file,
		feature,
		field: fieldPath([...(prefix ? [prefix] : []), ...issue.path]) || undefined,
		message: issue.message
	}));
}

/** Validates `geodata/scenario.json`; returns the index or the problems that make it unusable. */
export function validateIndex(file: string, json: unknown): { index: ScenarioIndex | null; problems: Problem[] } {
	const parsed = scenarioIndex.safeParse(json);
	if (parsed.success) return { index: parsed.data, problems: [] };
	return { index: null, problems: zodProblems(file, undefined, parsed.error) };
}

/**
 * Validates one layer file. Each broken feature is reported and left out; the rest are returned, so
 * one typo never blanks the map.
 */
export function validateLayer(file: string, json: unknown, context: LayerContext): { features: ValidFeature[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const features: ValidFeature[] = [];
	if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
		return { features, problems: [{ file, message: 'expected a GeoJSON FeatureCollection with a "features" list' }] };
	}
	json.features.forEach((raw: unknown, position: number) => {
		const rawId = isRecord(raw) && isRecord(raw.properties) ? raw.properties.id : undefined;
		const label = typeof rawId === 'string' && rawId ? rawId : `#${position}`;
		const featureProblems = checkFeature(file, label, raw, context);
		if (Array.isArray(featureProblems)) problems.push(...featureProblems);
		else features.push(featureProblems);
	});
	return { features, problems };
}

function checkFeature(file: string, label: string, raw: unknown, context: LayerContext): Problem[] | ValidFeature {
	if (!isRecord(raw) || raw.type !== 'Feature') return [{ file, feature: label, message: 'expected a GeoJSON Feature' }];
	const props = featureProperties.safeParse(raw.properties ?? {});
	const geom = geometry.safeParse(raw.geometry);
	const problems = [
		...(props.success ? [] : zodProblems(file, label, props.error)),
		...(geom.success ? [] : zodProblems(file, label, geom.error, 'geometry')),
		...(geom.success && isRecord(raw.properties) ? shapeProblems(file, label, raw.properties, geom.data) : [])
	];
	if (!props.success || !geom.success) return problems;

	const properties = props.data;
	const start = parseDay(properties.start) as Day;
	const end = properties.end === undefined ? null : (parseDay(properties.end) as Day);
	const range = `${formatDay(context.start)} to ${formatDay(context.end)}`;
	if (!context.categories.has(properties.category)) {
		problems.push({ file, feature: label, field: 'category', message: `unknown category "${properties.category}"; the scenario has ${[...context.categories].join(', ')}` });
	}
	if (start < context.start || start > context.end) {
		problems.push({ file, feature: label, field: 'start', message: `${properties.start} is outside the scenario's dates (${range})` });
	}
	if (end !== null && end > context.end) {
		problems.push({ file, feature: label, field: 'end', message: `${properties.end} is outside the scenario's dates (${range})` });
	}
	if (properties.precision !== 'symbolic' && !within(bbox(geom.data), context.extent)) {
		problems.push({ file, feature: label, field: 'geometry', message: `lies outside the scenario's extent [${context.extent.join(', ')}]; mark it symbolic if it is where something was said` });
	}
	const strayWaypoint = properties.track?.findIndex((w) => !within(bbox({ type: 'MultiPoint', coordinates: [w.at, ...(w.via ?? [])] }), context.extent)) ?? -1;
	if (strayWaypoint >= 0) {
		problems.push({ file, feature: label, field: `track[${strayWaypoint}]`, message: `lies outside the scenario's extent [${context.extent.join(', ')}]` });
	}
	if (context.seenIds.has(properties.id)) {
		problems.push({ file, feature: label, field: 'id', message: `the id "${properties.id}" is already used by another feature` });
	}
	if (problems.length) return problems;
	context.seenIds.add(properties.id);
	return { properties, geometry: geom.data, start, end, file };
}

/** Checks that tie the properties to the geometry, reported even when other fields are wrong. */
function shapeProblems(file: string, label: string, properties: Record<string, unknown>, shape: Geometry): Problem[] {
	if (properties.radiusKm !== undefined && shape.type !== 'Point') {
		return [{ file, feature: label, field: 'radiusKm', message: 'radiusKm only applies to a Point; draw other uncertain shapes as they are' }];
	}
	if (properties.precision === 'approximate' && shape.type === 'Point' && properties.radiusKm === undefined && properties.track === undefined) {
		return [{ file, feature: label, field: 'radiusKm', message: 'an approximate point needs radiusKm, the radius of the area it could be in (or a track whose positions give theirs)' }];
	}
	return [];
}

/**
 * Validates the phases file: each phase well formed, inside the scenario's dates, in order and not
 * overlapping. A bad phase is reported and left out.
 */
export function validatePhases(file: string, json: unknown, start: Day, end: Day): { phases: ValidPhase[]; problems: Problem[] } {
	const parsed = phaseList.safeParse(json);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) => {
			const [, position, ...rest] = issue.path;
			const raw = isRecord(json) && Array.isArray(json.phases) && typeof position === 'number' ? json.phases[position] : undefined;
			const phase = isRecord(raw) && typeof raw.id === 'string' ? raw.id : typeof position === 'number' ? `#${position}` : undefined;
			return { file, phase, field: fieldPath(phase === undefined ? issue.path : rest) || undefined, message: issue.message };
		});
		return { phases: [], problems };
	}
	const problems: Problem[] = [];
	const phases: ValidPhase[] = [];
	for (const phase of parsed.data.phases) {
		const startDay = parseDay(phase.start) as Day;
		const endDay = parseDay(phase.end) as Day;
		const previous = phases[phases.length - 1];
		if (startDay < start || endDay > end) {
			problems.push({ file, phase: phase.id, field: startDay < start ? 'start' : 'end', message: `is outside the scenario's dates (${formatDay(start)} to ${formatDay(end)})` });
		} else if (previous && startDay <= previous.endDay) {
			problems.push({ file, phase: phase.id, field: 'start', message: `overlaps or comes before phase "${previous.id}", which ends ${previous.end}` });
		} else {
			phases.push({ ...phase, startDay, endDay });
		}
	}
	return { phases, problems };
}

function within([west, south, east, north]: number[], region: Bounds): boolean {
	return west >= region[0] && south >= region[1] && east <= region[2] && north <= region[3];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
