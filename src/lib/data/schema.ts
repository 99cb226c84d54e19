import { z } from 'zod';
import { isFirstOfMonth, parseDay, windowEnd, type DatePrecision } from '../timeline/day.ts';

// Zod compiles its checks with `new Function` when it may; the app's Content-Security-Policy allows
// no eval, and even Zod's probe for it would be reported as a violation.
z.config({ jitless: true });

/** True unless both are real days and `end` comes before `start` (a bad day is reported on its own). */
function inOrder(start: string, end: string | undefined): boolean {
	const [from, to] = [parseDay(start), end === undefined ? null : parseDay(end)];
	return from === null || to === null || to >= from;
}

/** A calendar day written as YYYY-MM-DD that exists (no 2025-02-30). */
export const isoDay = z
	.string({ error: 'expected a date written as YYYY-MM-DD' })
	.refine((text) => parseDay(text) !== null, { error: (issue) => `expected a real date written as YYYY-MM-DD, got ${JSON.stringify(issue.input)}` });

/** Longest name, label or title: about two lines of a map label. Longer text is shortened and reported. */
export const NAME_LIMIT = 120;
/** Longest description, quote or note: a long paragraph. Longer text is shortened and reported. */
export const TEXT_LIMIT = 4000;
/** Longest id: ids go into links. */
const ID_LIMIT = 80;
/** Largest radius of an area or a reach: beyond it a circle says nothing about where something is. */
export const RADIUS_LIMIT_KM = 5000;

const name = z.string().min(1, { error: 'must not be empty' }).max(NAME_LIMIT);
const text = z.string().min(1, { error: 'must not be empty' }).max(TEXT_LIMIT);
/** An id of lower-case letters, digits and dashes. `dashFirst` allows a leading dash (old category ids). */
const id = (dashFirst = false) =>
	z
		.string()
		.regex(dashFirst ? new RegExp(`^[a-z0-9-]{1,${ID_LIMIT}}$`) : new RegExp(`^[a-z0-9][a-z0-9-]{0,${ID_LIMIT - 1}}$`), {
			error: `expected an id of lower-case letters, digits and dashes, at most ${ID_LIMIT} long`
		});
const radiusKm = z.number().positive().max(RADIUS_LIMIT_KM, { error: `expected a radius of at most ${RADIUS_LIMIT_KM} km; draw a larger area as a polygon` });

const longitude = z.number({ error: 'expected a longitude in degrees' }).min(-180, { error: 'a longitude lies between -180 and 180' }).max(180, { error: 'a longitude lies between -180 and 180' });
const latitude = z.number({ error: 'expected a latitude in degrees' }).min(-90, { error: 'a latitude lies between -90 and 90' }).max(90, { error: 'a latitude lies between -90 and 90' });
const position = z.tuple([longitude, latitude], { error: 'expected a position [longitude, latitude] in degrees' });
const ring = z
	.array(position)
	.min(4, { error: 'a polygon ring needs at least 4 positions' })
	.refine(enclosesArea, { error: 'a polygon ring needs at least three different corners that enclose an area' });

/** Whether a ring's corners are not all on one line (its shoelace area, in square degrees, is not zero). */
function enclosesArea(ring: [number, number][]): boolean {
	let twiceArea = 0;
	for (let i = 0; i < ring.length; i++) {
		const [x1, y1] = ring[i];
		const [x2, y2] = ring[(i + 1) % ring.length];
		twiceArea += x1 * y2 - x2 * y1;
	}
	return Math.abs(twiceArea) > 1e-12;
}

/** The GeoJSON geometries a scenario feature may have. */
export const geometry = z.discriminatedUnion(
	'type',
	[
		z.object({ type: z.literal('Point'), coordinates: position }),
		z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
		z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
		z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) })
	],
	{ error: 'expected a Point, LineString, Polygon or MultiPolygon geometry' }
);

/** West, south, east, north in degrees. */
export const bounds = z
	.tuple([longitude, latitude, longitude, latitude], { error: 'expected [west, south, east, north] in degrees' })
	.refine(([west, south, east, north]) => west < east && south < north, { error: 'west must be less than east and south less than north' });


/** Where a fact comes from: an article file in the sources folder or a public URL, with a verbatim quote. */
export const source = z
	.object({
		file: name.optional(),
		url: z.url({ protocol: /^https?$/, error: 'expected a web address starting http:// or https://' }).optional(),
		publication: z.string({ error: 'name the outlet' }).min(1, { error: 'name the outlet' }).max(NAME_LIMIT),
		/** Required for article files; a web page may not say when it was published. */
		published: isoDay.optional(),
		/** Required in the built-in scenario (see `LayerContext.sourced`); a user's file may give only a link. */
		quote: z.string().min(1, { error: 'quote the supporting words verbatim' }).max(TEXT_LIMIT).optional(),
		/** Our English rendering of a quote in another language; the quote itself stays verbatim. */
		translation: text.optional(),
		/**
		 * True for a source published before the item's date: it reports an order, a plan, an
		 * expectation or background, not the event itself.
		 */
		earlier: z.boolean().optional()
	})
	.refine((s) => s.file === undefined || s.published !== undefined, { error: 'give the publication date of the article', path: ['published'] });

export const precision = z.enum(['exact', 'approximate', 'symbolic']);

/** Unit and installation types the map draws with military symbols (or plain icons). */
export const unitType = z.enum(['carrier-group', 'destroyer', 'cruiser', 'amphibious-group', 'submarine', 'fighter', 'drone', 'maritime-patrol', 'air-base', 'warship', 'tanker']);

/** What a feature is, for its symbol. Affiliation is as the US forces in the scenario see it; "neutral" takes no side. */
export const unit = z.object({ type: unitType, affiliation: z.enum(['friend', 'neutral']).default('friend') });

/** How far the aircraft at a place can reach, drawn as a ring while they are there. */
export const reach = z.object({
	radiusKm,
	/** What the radius is ("F-35B combat radius"). */
	label: name,
	/** How the radius follows from the sources, when it is not quoted directly. */
	basis: text.optional(),
	sources: z.array(source).min(1)
});

/**
 * A dated position on a track, from the source at `source` in the feature's sources: where it was
 * reported (`place`), and how far from `at` it may have been (`radiusKm`; absent for a fixed place).
 */
export const waypoint = z.object({
	date: isoDay,
	at: position,
	/** Required in the built-in scenario; an imported GPX track has no sources. */
	source: z.number().int().nonnegative().optional(),
	place: name.optional(),
	radiusKm: radiusKm.optional(),
	/**
	 * Undated points the way here passes through (a strait between two seas), so the line between
	 * reported positions keeps to the water; they are not reported positions.
	 */
	via: z.array(position).min(1).optional()
});
export const datePrecision = z.enum(['day', 'week', 'month']) satisfies z.ZodType<DatePrecision>;

/**
 * What a figure counts. Only figures of one kind are ever added together: US ships are not boats
 * destroyed, and a reward for one man is not a reward for another.
 */
export const quantityKind = z.enum(['personnel', 'aircraft', 'ships', 'killed', 'boats-destroyed', 'strikes', 'reward-usd']);

/** A reported figure, tied to the source (by position in `sources`) that gives it. */
export const quantity = z.object({
	kind: quantityKind,
	value: z.number({ error: 'give the figure as a number' }).nonnegative({ error: 'a figure is not negative' }),
	qualifier: z.enum(['exactly', 'about', 'at least', 'more than', 'nearly']).default('exactly'),
	source: z.number().int().nonnegative(),
	/** What is counted, when the kind alone does not say ("warships", "combat aircraft"). */
	of: name.optional(),
	/** True for a figure that already includes other items on the map, so totals leave it out. */
	overall: z.boolean().default(false),
	/**
	 * For a running count (a death toll), the day it was reported for: the map shows, of an item's
	 * figures of one kind, the latest reported on or before the day shown.
	 */
	asOf: isoDay.optional()
});

/** Where sources give different figures or facts, or a source contradicts itself: every claim, with its source. */
export const disagreement = z.object({
	topic: name,
	claims: z.array(z.object({ claim: text, source: z.number().int().nonnegative() })).min(1),
	note: text.optional()
});

/** The properties every scenario feature carries. */
export const featureProperties = z
	.object({
		id: id(),
		name,
		category: id(true),
		/** Required in the built-in scenario; a user's spreadsheet may have no such column. */
		description: z.string().min(1, { error: 'say what it is' }).max(TEXT_LIMIT).optional(),
		start: isoDay,
		end: isoDay.optional(),
		datePrecision: datePrecision.default('day'),
		/** How the date was worked out from the article ("‘on Thursday’ in an article of Thursday 21 August"). */
		dateNote: text.optional(),
		precision,
		radiusKm: radiusKm.optional(),
		positionNote: text.optional(),
		/** For symbolic placements: the place it was said or decided ("Beijing"). */
		place: name.optional(),
		/** For symbolic placements: where it was aimed, drawn as an arrow from `place`. */
		towards: position.optional(),
		/** For a statement made far from the region: the city, short, that names its badge ("Washington"). */
		from: z.string().min(1).max(40).optional(),
		unit: unit.optional(),
		/** A short name for the map: a unit's designation beside its symbol ("CG Gettysburg"), a count's line under its group's name. */
		designation: z.string().min(1).max(40).optional(),
		/**
		 * The id of the item this one is shown with: a ship whose position is not public stands in
		 * its group's cluster, a count or a strike is a line of its host's label; its own area is
		 * drawn only when it is chosen or pointed at.
		 */
		group: id().optional(),
		reach: reach.optional(),
		/** Dated positions, oldest first: the map draws the track and places the item along it by date. */
		track: z.array(waypoint).min(2).optional(),
		/** What a presenter's map frames when this item appears, for items worth a close look. */
		camera: bounds.optional(),
		/** How hard the map tries to label it when labels compete for space. */
		prominence: z.enum(['key', 'normal', 'minor']).default('normal'),
		/** At least one in the built-in scenario (see `LayerContext.sourced`); a user's item may have none, and says so. */
		sources: z.array(source).default([]),
		quantities: z.array(quantity).default([]),
		disagreements: z.array(disagreement).default([])
	})
	.refine((p) => inOrder(p.start, p.end), { error: 'end is before start', path: ['end'] })
	.refine((p) => p.towards === undefined || p.precision === 'symbolic', {
		error: 'only a symbolic placement points towards somewhere',
		path: ['towards']
	})
	.refine((p) => p.track === undefined || p.track.every((w, i, all) => i === 0 || w.date > all[i - 1].date), {
		error: 'track waypoints must be in date order, one per day at most',
		path: ['track']
	})
	.refine((p) => [...p.quantities, ...p.disagreements.flatMap((d) => d.claims), ...(p.track ?? [])].every((q) => q.source === undefined || q.source < p.sources.length), {
		error: 'a quantity or claim names a source position that is not in sources',
		path: ['sources']
	})
	.refine((p) => p.precision === 'exact' || p.positionNote !== undefined, {
		error: 'say why the position is not exact',
		path: ['positionNote']
	})
	.refine((p) => spansItsWindow(p.start, p.end, p.datePrecision), {
		error: (issue) => {
			const { datePrecision: precision } = issue.input as { datePrecision: string };
			return precision === 'month'
				? 'a date known to the month starts on the 1st and stays on the map to the month’s end at least'
				: 'a date known to the week stays on the map for the week (7 days) at least';
		},
		path: ['end']
	})
	// Said of the figure itself, so an editor can show it beside that figure's day.
	.superRefine((p, context) =>
		p.quantities.forEach((q, i) => {
			if (q.asOf !== undefined && (q.asOf < p.start || (p.end !== undefined && q.asOf > p.end))) {
				context.addIssue({ code: 'custom', message: 'a figure’s asOf day must fall while the item is on the map', path: ['quantities', i, 'asOf'], input: q.asOf });
			}
		})
	);

/**
 * Whether an item dated only to a week or a month is on the map for that whole window (a month's
 * starting on its 1st), so that no view shows it as if it were known to the first day. Bad days are
 * reported on their own.
 */
function spansItsWindow(start: string, end: string | undefined, precision: DatePrecision): boolean {
	const from = parseDay(start);
	const to = end === undefined ? Infinity : parseDay(end);
	// An end before the start is reported on its own, not as a window too short.
	if (from === null || to === null || to < from) return true;
	return (precision !== 'month' || isFirstOfMonth(from)) && to >= windowEnd(from, precision);
}

export const category = z.object({
	id: id(true),
	label: name,
	color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour like #1f77b4' })
});

/** A named stretch of the buildup, shown next to the date. */
export const phase = z
	.object({
		id: id(),
		name,
		start: isoDay,
		end: isoDay,
		/** What happens in it. Required in the built-in scenario (see `LayerContext.sourced`); a phase just made may have none yet. */
		summary: text.optional(),
		/** What the map frames when a briefer moves to this phase (any screen size). */
		camera: bounds.optional(),
		/** What the presenter wants to say, shown only in the presenter's notes window. */
		notes: text.optional(),
		/** At least one in the built-in scenario; a user's phase may have none, and says so. */
		sources: z.array(source).default([])
	})
	.refine((p) => inOrder(p.start, p.end), { error: 'end is before start', path: ['end'] });

/** `geodata/phases.json` (or whichever file the index names). */
export const phaseList = z.object({ phases: z.array(phase).min(1) });

/** `geodata/scenario.json`: the scenario's name, date range, region, categories and files. */
export const scenarioIndex = z
	.object({
		title: name,
		start: isoDay,
		end: isoDay,
		initialDate: isoDay.optional(),
		/** The theatre: what the first view frames; everything not symbolic lies inside it. */
		region: bounds,
		/**
		 * Where anything that is not symbolic may lie (a ship's track may run far beyond the region);
		 * the region when absent. A position outside it is taken for a typo and reported.
		 */
		extent: bounds.optional(),
		categories: z.array(category).min(1),
		layers: z.array(z.string().regex(/^[\w/.-]+\.geojson$/, { error: 'expected a .geojson path inside geodata/' })).min(1),
		phases: z.string().regex(/^[\w/.-]+\.json$/, { error: 'expected a .json path inside geodata/' }).optional(),
		/** The place distances in the detail panel are measured from. */
		measureFrom: z.object({ name, at: position }).optional()
	})
	.refine((s) => inOrder(s.start, s.end), { error: 'end is before start', path: ['end'] });

export type Phase = z.output<typeof phase>;
export type Unit = z.output<typeof unit>;
export type UnitType = z.output<typeof unitType>;
export type Bounds = z.output<typeof bounds>;
export type Quantity = z.output<typeof quantity>;
export type FeatureProperties = z.output<typeof featureProperties>;
export type Geometry = z.output<typeof geometry>;
export type Source = z.output<typeof source>;
export type Category = z.output<typeof category>;
export type ScenarioIndex = z.output<typeof scenarioIndex>;
