import type { z } from 'zod';
import { parseDay, formatDay, type Day } from '../timeline/day.ts';
import { bbox } from '@turf/turf';
import { featureProperties, geometry, phaseList, scenarioIndex, type Bounds, type FeatureProperties, type Geometry, type Phase, type ScenarioIndex } from './schema.ts';
import { repeats } from './quantities.ts';
import type { Problem } from './problem.ts';
import { quickFeature } from './quick-check.ts';
import { problemText } from '../i18n/problems.ts';

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
	/** The fields shown in the scenario's own language because their translation is missing (see `localizeScenario`). */
	untranslated?: string[];
}

/** What the cross-file checks need to know: the scenario's categories, range and extent, and the ids seen so far. */
export interface LayerContext {
	categories: ReadonlySet<string>;
	start: Day;
	end: Day;
	/** Where anything not symbolic may lie. */
	extent: Bounds;
	/** Where each id was first seen, so a second use names both places. */
	seenIds: Map<string, { file: string; position: number }>;
	/**
	 * True for the built-in scenario, where every item says what it is and every fact has a source
	 * with a verbatim quote. A user's own file may lack them: allowed, and shown as unsourced.
	 */
	sourced: boolean;
}

function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/**
 * Parses with `schema`, shortening text over the schema's length limits (ending with "…") instead
 * of rejecting it, so a pasted essay costs a shortened name, not the item. Each shortening is
 * returned by its path, to be reported.
 */
export function parseShortening<T>(schema: z.ZodType<T>, raw: unknown): { parsed: z.ZodSafeParseResult<T>; shortened: { path: PropertyKey[]; length: number; maximum: number }[] } {
	const first = schema.safeParse(raw);
	const tooLong = first.success ? [] : first.error.issues.filter((issue) => issue.code === 'too_big' && issue.origin === 'string');
	if (!tooLong.length) return { parsed: first, shortened: [] };
	const copy = structuredClone(raw);
	const shortened = tooLong.map((issue) => {
		const { maximum } = issue as z.core.$ZodIssueTooBig;
		const parent = issue.path.slice(0, -1).reduce<Record<PropertyKey, unknown>>((node, key) => node[key] as Record<PropertyKey, unknown>, copy as Record<PropertyKey, unknown>);
		const key = issue.path[issue.path.length - 1];
		const value = parent[key] as string;
		parent[key] = `${value.slice(0, Number(maximum) - 1)}…`;
		return { path: issue.path, length: value.length, maximum: Number(maximum) };
	});
	return { parsed: schema.safeParse(copy), shortened };
}

function shortenedMessage({ length, maximum }: { length: number; maximum: number }): string {
	return problemText().shortened(length, maximum);
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
	const { parsed, shortened } = parseShortening(scenarioIndex, json);
	const problems: Problem[] = shortened.map((cut) => ({ file, field: fieldPath(cut.path), message: shortenedMessage(cut) }));
	if (!parsed.success) return { index: null, problems: [...problems, ...zodProblems(file, undefined, parsed.error)] };
	const index = parsed.data;
	const categories = index.categories.filter((category, position) => {
		const first = index.categories.findIndex((other) => other.id === category.id);
		if (first === position) return true;
		problems.push({ file, field: `categories[${position}].id`, message: problemText().categoryIdUsed(category.id, first, index.categories[first].label) });
		return false;
	});
	return { index: { ...index, categories }, problems };
}

/**
 * Validates one layer file. Each broken feature is reported and left out; the rest are returned, so
 * one typo never blanks the map.
 */
export function validateLayer(file: string, json: unknown, context: LayerContext, onProgress?: (checked: number) => void): { features: ValidFeature[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const features: ValidFeature[] = [];
	if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
		return { features, problems: [{ file, message: problemText().expectedFeatureCollection }] };
	}
	json.features.forEach((raw: unknown, position: number) => {
		const rawId = isRecord(raw) && isRecord(raw.properties) ? raw.properties.id : undefined;
		const label = typeof rawId === 'string' && rawId && rawId.length <= LABEL_LIMIT ? rawId : `#${position}`;
		const checked = checkFeature(file, position, label, raw, context);
		problems.push(...checked.problems);
		if (checked.feature) features.push(checked.feature);
		if (onProgress && (position + 1) % PROGRESS_EVERY === 0) onProgress(position + 1);
	});
	return { features, problems };
}

/** How many features are checked between two progress reports. */
const PROGRESS_EVERY = 5000;

/** An id longer than this is named by the feature's position instead, so a message stays readable. */
const LABEL_LIMIT = 80;

/**
 * Checks one feature. Problems that leave it out come back without a feature; repairs (a ring
 * closed, a text shortened, a repeated figure dropped) come back with it.
 */
function checkFeature(file: string, position: number, label: string, raw: unknown, context: LayerContext): { feature: ValidFeature | null; problems: Problem[] } {
	if (!isRecord(raw) || raw.type !== 'Feature') return { feature: null, problems: [{ file, feature: label, message: problemText().expectedFeature }] };
	const quick = quickFeature(raw.properties, raw.geometry);
	const { parsed, repairs, problems } = quick ? { parsed: quick, repairs: [], problems: [] } : checkShape(file, label, raw);
	if (!parsed) return { feature: null, problems: [...repairs, ...problems] };
	const { properties, geometry: shape } = parsed;
	const start = parseDay(properties.start) as Day;
	const end = properties.end === undefined ? null : (parseDay(properties.end) as Day);
	const outside = (day: string) => problemText().dayOutsideDates(day, formatDay(context.start), formatDay(context.end));
	if (!context.categories.has(properties.category)) {
		problems.push({ file, feature: label, field: 'category', message: problemText().unknownCategory(properties.category, [...context.categories].join(', ')) });
	}
	if (start < context.start || start > context.end) {
		problems.push({ file, feature: label, field: 'start', message: outside(properties.start) });
	}
	if (end !== null && end > context.end) {
		problems.push({ file, feature: label, field: 'end', message: outside(properties.end as string) });
	}
	if (properties.precision !== 'symbolic' && !within(bbox(shape), context.extent)) {
		problems.push({ file, feature: label, field: 'geometry', message: problemText().outsideExtentSymbolic(context.extent.join(', ')) });
	}
	const strayWaypoint = properties.track?.findIndex((w) => !within(bbox({ type: 'MultiPoint', coordinates: [w.at, ...(w.via ?? [])] }), context.extent)) ?? -1;
	if (strayWaypoint >= 0) {
		problems.push({ file, feature: label, field: `track[${strayWaypoint}]`, message: problemText().outsideExtent(context.extent.join(', ')) });
	}
	const first = context.seenIds.get(properties.id);
	if (first) {
		problems.push({ file, feature: label, field: 'id', message: problemText().featureIdUsed(properties.id, first.position, first.file, position) });
	}
	if (context.sourced) problems.push(...unsourcedProblems(file, label, properties));
	if (problems.length) return { feature: null, problems: [...repairs, ...problems] };
	context.seenIds.set(properties.id, { file, position });
	const quantities = properties.quantities.filter((q, at) => {
		const same = properties.quantities.findIndex((other) => repeats(other, q));
		if (same === at) return true;
		repairs.push({ file, feature: label, field: `quantities[${at}]`, message: problemText().repeatedFigure(same) });
		return false;
	});
	// Copied only when a figure was dropped: a spread of each of a hundred thousand items costs seconds.
	return { feature: { properties: quantities.length === properties.quantities.length ? properties : { ...properties, quantities }, geometry: shape, start, end, file }, problems: repairs };
}

/**
 * Checks a feature's properties and geometry with the schema, repairing what can be (a text
 * shortened, a ring closed). `parsed` is null when the problems leave it out; otherwise they are the
 * shape's ties to the properties, reported with the checks that follow.
 */
function checkShape(file: string, label: string, raw: Record<string, unknown>): { parsed: { properties: FeatureProperties; geometry: Geometry } | null; repairs: Problem[]; problems: Problem[] } {
	const { parsed: props, shortened } = parseShortening(featureProperties, raw.properties ?? {});
	const closed = closeRings(raw.geometry);
	const geom = geometry.safeParse(closed.geometry);
	const repairs: Problem[] = [
		...shortened.map((cut) => ({ file, feature: label, field: fieldPath(cut.path), message: shortenedMessage(cut) })),
		...closed.rings.map((ring) => ({ file, feature: label, field: `geometry.coordinates${ring}`, message: problemText().ringClosed }))
	];
	const problems = [
		...(props.success ? [] : zodProblems(file, label, props.error)),
		...(geom.success ? [] : zodProblems(file, label, geom.error, 'geometry')),
		...(geom.success && isRecord(raw.properties) ? shapeProblems(file, label, raw.properties, geom.data) : [])
	];
	return { parsed: props.success && geom.success ? { properties: props.data, geometry: geom.data } : null, repairs, problems };
}

/** What the built-in scenario must have and a user's file may leave out: a description, and sources with quotes for everything. */
function unsourcedProblems(file: string, feature: string, properties: FeatureProperties): Problem[] {
	const problems: Problem[] = [];
	const t = problemText();
	if (properties.description === undefined) problems.push({ file, feature, field: 'description', message: t.sayWhatItIs });
	if (!properties.sources.length) problems.push({ file, feature, field: 'sources', message: t.featureNeedsSource });
	properties.sources.forEach((source, i) => {
		if (source.quote === undefined) problems.push({ file, feature, field: `sources[${i}].quote`, message: t.quoteVerbatim });
		if (source.file === undefined && source.url === undefined) problems.push({ file, feature, field: `sources[${i}]`, message: t.giveFileOrUrl });
	});
	properties.track?.forEach((waypoint, i) => {
		if (waypoint.source === undefined) problems.push({ file, feature, field: `track[${i}].source`, message: t.nameWaypointSource });
	});
	return problems;
}

/**
 * Closes polygon rings that do not end where they start, a common slip in exported or hand-written
 * files, and says which (as a path like `[0]` or `[1][0]`). Anything not shaped like a polygon is
 * returned as it came, for the schema to report.
 */
function closeRings(raw: unknown): { geometry: unknown; rings: string[] } {
	if (!isRecord(raw) || !Array.isArray(raw.coordinates) || (raw.type !== 'Polygon' && raw.type !== 'MultiPolygon')) return { geometry: raw, rings: [] };
	const rings: string[] = [];
	const close = (ring: unknown, path: string): unknown => {
		if (!Array.isArray(ring) || ring.length < 3) return ring;
		const [first, last] = [ring[0], ring[ring.length - 1]];
		if (!Array.isArray(first) || !Array.isArray(last) || (first[0] === last[0] && first[1] === last[1])) return ring;
		rings.push(path);
		return [...ring, first];
	};
	const closeAll = (polygon: unknown, prefix: string) => (Array.isArray(polygon) ? polygon.map((ring, i) => close(ring, `${prefix}[${i}]`)) : polygon);
	const coordinates = raw.type === 'Polygon' ? closeAll(raw.coordinates, '') : raw.coordinates.map((polygon, i) => closeAll(polygon, `[${i}]`));
	return { geometry: rings.length ? { ...raw, coordinates } : raw, rings };
}

/** Checks that tie the properties to the geometry, reported even when other fields are wrong. */
function shapeProblems(file: string, label: string, properties: Record<string, unknown>, shape: Geometry): Problem[] {
	if (properties.radiusKm !== undefined && shape.type !== 'Point') {
		return [{ file, feature: label, field: 'radiusKm', message: problemText().radiusOnlyPoint }];
	}
	if (properties.precision === 'approximate' && shape.type === 'Point' && properties.radiusKm === undefined && properties.track === undefined) {
		return [{ file, feature: label, field: 'radiusKm', message: problemText().approximateNeedsRadius }];
	}
	return [];
}

/**
 * Validates the phases file: each phase well formed, inside the scenario's dates, in order and not
 * overlapping. A bad phase is reported and left out.
 */
export function validatePhases(file: string, json: unknown, start: Day, end: Day, sourced = true): { phases: ValidPhase[]; problems: Problem[] } {
	const located = (path: PropertyKey[], message: string): Problem => {
		const [, position, ...rest] = path;
		const raw = isRecord(json) && Array.isArray(json.phases) && typeof position === 'number' ? json.phases[position] : undefined;
		const phase = isRecord(raw) && typeof raw.id === 'string' && raw.id.length <= LABEL_LIMIT ? raw.id : typeof position === 'number' ? `#${position}` : undefined;
		return { file, phase, field: fieldPath(phase === undefined ? path : rest) || undefined, message };
	};
	const { parsed, shortened } = parseShortening(phaseList, json);
	const problems: Problem[] = shortened.map((cut) => located(cut.path, shortenedMessage(cut)));
	if (!parsed.success) return { phases: [], problems: [...problems, ...parsed.error.issues.map((issue) => located(issue.path, issue.message))] };
	const phases: ValidPhase[] = [];
	const t = problemText();
	parsed.data.phases.forEach((phase, position) => {
		const startDay = parseDay(phase.start) as Day;
		const endDay = parseDay(phase.end) as Day;
		const previous = phases[phases.length - 1];
		const first = parsed.data.phases.findIndex((other) => other.id === phase.id);
		if (first !== position) {
			problems.push({ file, phase: `#${position}`, field: 'id', message: t.phaseIdUsed(phase.id, first, parsed.data.phases[first].name) });
		} else if (startDay < start || endDay > end) {
			problems.push({ file, phase: phase.id, field: startDay < start ? 'start' : 'end', message: t.phaseOutsideDates(formatDay(start), formatDay(end)) });
		} else if (previous && startDay <= previous.endDay) {
			problems.push({ file, phase: phase.id, field: 'start', message: t.phaseOverlaps(previous.id, previous.end) });
		} else if (sourced && (phase.summary === undefined || !phase.sources.length)) {
			if (phase.summary === undefined) problems.push({ file, phase: phase.id, field: 'summary', message: t.sayWhatHappens });
			if (!phase.sources.length) problems.push({ file, phase: phase.id, field: 'sources', message: t.phaseNeedsSource });
		} else {
			phases.push({ ...phase, startDay, endDay });
		}
	});
	return { phases, problems };
}

function within([west, south, east, north]: number[], region: Bounds): boolean {
	return west >= region[0] && south >= region[1] && east <= region[2] && north <= region[3];
}

/** Whether a value is a JSON object (not an array or null), whose fields can be read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as an object to read fields from; anything else reads as empty. */
export function asRecord(value: unknown): Record<string, unknown> {
	return isRecord(value) ? value : {};
}
