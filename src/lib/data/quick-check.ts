import { isFirstOfMonth, parseDay, windowEnd, type DatePrecision } from '../timeline/day.ts';
import { NAME_LIMIT, RADIUS_LIMIT_KM, TEXT_LIMIT, type FeatureProperties, type Geometry } from './schema.ts';

/**
 * A fast, hand-written check for the plain features a spreadsheet or a point layer becomes: a dated,
 * sourced Point with simple fields. It only ever accepts, and then returns exactly what the schema
 * in schema.ts would (its defaults filled in); anything else, well formed or not, returns null and
 * goes to the schema, which says what is wrong. So messages come from one place, and a file of a
 * hundred thousand rows is not parsed field by field through the general schema library.
 * `tests/unit/quick-check.test.ts` holds the two to the same answers.
 */
export function quickFeature(properties: unknown, geometry: unknown): { properties: FeatureProperties; geometry: Geometry } | null {
	const point = quickPoint(geometry);
	if (point === null || !isPlainObject(properties)) return null;
	for (const key of Object.keys(properties)) {
		const value = properties[key];
		// Own fields only: "__proto__" or "toString" in a file are not fields to look up.
		if (value !== undefined && (!Object.hasOwn(FIELDS, key) || !FIELDS[key](value))) return null;
	}
	const p = properties as Partial<FeatureProperties>;
	if (p.id === undefined || p.name === undefined || p.category === undefined || p.start === undefined || p.precision === undefined) return null;
	const datePrecision: DatePrecision = p.datePrecision ?? 'day';
	const start = parseDay(p.start) as number;
	const end = p.end === undefined ? Infinity : (parseDay(p.end) as number);
	if (end < start) return null;
	if ((datePrecision === 'month' && !isFirstOfMonth(start)) || (datePrecision !== 'day' && end < windowEnd(start, datePrecision))) return null;
	if (p.precision !== 'exact' && p.positionNote === undefined) return null;
	// The checks that tie the fields to the shape (see `shapeProblems` in validate.ts).
	if (p.precision === 'approximate' && p.radiusKm === undefined) return null;
	// Built field by field in one order, so a hundred thousand of them share one shape in memory.
	const out: Record<string, unknown> = { id: p.id, name: p.name, category: p.category };
	for (const key of KEPT_AS_GIVEN) if (p[key] !== undefined) out[key] = p[key];
	out.datePrecision = datePrecision;
	out.prominence = p.prominence ?? 'normal';
	out.sources = (p.sources ?? []).map(definedFields);
	out.quantities = NONE;
	out.disagreements = NONE;
	if (p.es !== undefined) out.es = definedFields(p.es);
	return { properties: out as FeatureProperties, geometry: point };
}

type Check = (value: unknown) => boolean;

/**
 * The one empty list every plain feature's figures and claims are: a scenario sent from the worker
 * to the page then carries one, not two hundred thousand. Frozen here; the page's copy is one
 * shared (unfrozen) list too, so nothing may fill a feature's list in place (nothing does: edits
 * change the package and check it again).
 */
const NONE: never[] = Object.freeze([]) as never[];

/** The fields after id, name and category that a plain feature keeps as given, in the schema's order. */
const KEPT_AS_GIVEN = ['description', 'start', 'end', 'dateNote', 'precision', 'radiusKm', 'positionNote', 'place', 'from', 'designation', 'group'] as const;

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const CATEGORY_ID = /^[a-z0-9-]{1,80}$/;
/** A web address the schema's `z.url({ protocol: /^https?$/ })` takes as it is: no spaces to trim or strip. */
const PLAIN_WEB_ADDRESS = /^https?:\/\/\S+$/i;

const textUpTo = (limit: number): Check => (value) => typeof value === 'string' && value.length >= 1 && value.length <= limit;
const oneOf = (...options: string[]): Check => (value) => typeof value === 'string' && options.includes(value);
const matches = (pattern: RegExp): Check => (value) => typeof value === 'string' && pattern.test(value);
const isDay: Check = (value) => typeof value === 'string' && parseDay(value) !== null;
const isName = textUpTo(NAME_LIMIT);
const isText = textUpTo(TEXT_LIMIT);
const isShort = textUpTo(40);
/** An object's Spanish texts (`spanish` in schema.ts): only the named fields, each as checked in English. */
const spanishOf =
	(fields: Record<string, Check>): Check =>
	(value) =>
		isPlainObject(value) && Object.keys(value).every((key) => value[key] === undefined || (Object.hasOwn(fields, key) && fields[key](value[key])));

const SOURCE_FIELDS: Record<string, Check> = {
	file: isName,
	url: (value) => typeof value === 'string' && PLAIN_WEB_ADDRESS.test(value) && URL.canParse(value),
	publication: isName,
	published: isDay,
	quote: isText,
	translation: isText,
	lang: matches(/^[a-z]{2,3}$/),
	es: spanishOf({ translation: isText }),
	earlier: (value) => typeof value === 'boolean'
};

function isSource(value: unknown): boolean {
	if (!isPlainObject(value)) return false;
	for (const key in value) {
		if (value[key] !== undefined && (!Object.hasOwn(SOURCE_FIELDS, key) || !SOURCE_FIELDS[key](value[key]))) return false;
	}
	return value.publication !== undefined && (value.file === undefined || value.published !== undefined);
}

/** The fields a plain feature may have; any other field (a track, a unit, figures…) is the schema's to check. */
const FIELDS: Record<string, Check> = {
	id: matches(ID),
	name: isName,
	category: matches(CATEGORY_ID),
	description: isText,
	start: isDay,
	end: isDay,
	datePrecision: oneOf('day', 'week', 'month'),
	dateNote: isText,
	precision: oneOf('exact', 'approximate', 'symbolic'),
	radiusKm: (value) => typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= RADIUS_LIMIT_KM,
	positionNote: isText,
	place: isName,
	from: isShort,
	designation: isShort,
	group: matches(ID),
	prominence: oneOf('key', 'normal', 'minor'),
	sources: (value) => Array.isArray(value) && value.every(isSource),
	// Present only when empty: figures and claims are checked by the schema.
	quantities: (value) => Array.isArray(value) && value.length === 0,
	disagreements: (value) => Array.isArray(value) && value.length === 0,
	es: spanishOf({ name: isName, description: isText, dateNote: isText, positionNote: isText, place: isName, from: isShort, designation: isShort })
};

/** A Point whose coordinates are a longitude and a latitude in range, as a new geometry without other members. */
function quickPoint(geometry: unknown): Geometry | null {
	if (!isPlainObject(geometry) || geometry.type !== 'Point') return null;
	const { coordinates } = geometry;
	if (!Array.isArray(coordinates) || coordinates.length !== 2) return null;
	const [x, y] = coordinates as unknown[];
	if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y) || x < -180 || x > 180 || y < -90 || y > 90) return null;
	return { type: 'Point', coordinates: [x, y] };
}

/** A copy without the members set to undefined, as the schema returns it. */
function definedFields<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
