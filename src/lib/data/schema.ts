import { z } from 'zod';
import { en as zodEnglish, es as zodSpanish } from 'zod/locales';
import { isFirstOfMonth, parseDay, windowEnd, type DatePrecision } from '../timeline/day.ts';
import { locale } from '../i18n/locale.ts';
import { problemText } from '../i18n/problems.ts';

/** Zod's own messages (for checks without one of ours), in each language. */
const zodMessages = { en: zodEnglish().localeError, es: zodSpanish().localeError };

// Zod compiles its checks with `new Function` when it may; the app's Content-Security-Policy allows
// no eval, and even Zod's probe for it would be reported as a violation. Its own messages are made
// when a problem is found, in the language of the page (or of the page that asked a worker) then.
z.config({ jitless: true, localeError: (issue) => zodMessages[locale()](issue) });

/** True unless both are real days and `end` comes before `start` (a bad day is reported on its own). */
function inOrder(start: string, end: string | undefined): boolean {
	const [from, to] = [parseDay(start), end === undefined ? null : parseDay(end)];
	return from === null || to === null || to >= from;
}

/** A calendar day written as YYYY-MM-DD that exists (no 2025-02-30). */
export const isoDay = z
	.string({ error: () => problemText().expectedDate })
	.refine((text) => parseDay(text) !== null, { error: (issue) => problemText().notRealDate(JSON.stringify(issue.input)) });

/** Longest name, label or title: about two lines of a map label. Longer text is shortened and reported. */
export const NAME_LIMIT = 120;
/** Longest description, quote or note: a long paragraph. Longer text is shortened and reported. */
export const TEXT_LIMIT = 4000;
/** Longest id: ids go into links. */
const ID_LIMIT = 80;
/** Largest radius of an area or a reach: beyond it a circle says nothing about where something is. */
export const RADIUS_LIMIT_KM = 5000;

const name = z.string().min(1, { error: () => problemText().mustNotBeEmpty }).max(NAME_LIMIT);
const text = z.string().min(1, { error: () => problemText().mustNotBeEmpty }).max(TEXT_LIMIT);
/** A short map label: a unit's designation, a statement's city. */
const label = z.string().min(1).max(40);

/**
 * The Spanish of an object's own texts, beside them: `{ "name": "…", "es": { "name": "…" } }`. The
 * object's own fields stay the scenario's language; quotes are never translated in place (see `source`).
 */
const spanish = <T extends z.ZodRawShape>(texts: T) => z.object(texts).partial().optional();
/** An id of lower-case letters, digits and dashes. `dashFirst` allows a leading dash (old category ids). */
const id = (dashFirst = false) =>
	z
		.string()
		.regex(dashFirst ? new RegExp(`^[a-z0-9-]{1,${ID_LIMIT}}$`) : new RegExp(`^[a-z0-9][a-z0-9-]{0,${ID_LIMIT - 1}}$`), {
			error: () => problemText().badId(ID_LIMIT)
		});
const radiusKm = z.number().positive().max(RADIUS_LIMIT_KM, { error: () => problemText().radiusTooLarge(RADIUS_LIMIT_KM) });

const longitude = z.number({ error: () => problemText().expectedLongitude }).min(-180, { error: () => problemText().longitudeRange }).max(180, { error: () => problemText().longitudeRange });
const latitude = z.number({ error: () => problemText().expectedLatitude }).min(-90, { error: () => problemText().latitudeRange }).max(90, { error: () => problemText().latitudeRange });
const position = z.tuple([longitude, latitude], { error: () => problemText().expectedPosition });
const ring = z
	.array(position)
	.min(4, { error: () => problemText().ringTooShort })
	.refine(enclosesArea, { error: () => problemText().ringWithoutArea });

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
	{ error: () => problemText().expectedGeometry }
);

/** West, south, east, north in degrees. */
export const bounds = z
	.tuple([longitude, latitude, longitude, latitude], { error: () => problemText().expectedBounds })
	.refine(([west, south, east, north]) => west < east && south < north, { error: () => problemText().boundsOrder });


/** Where a fact comes from: an article file in the sources folder or a public URL, with a verbatim quote. */
export const source = z
	.object({
		file: name.optional(),
		url: z.url({ protocol: /^https?$/, error: () => problemText().expectedWebAddress }).optional(),
		publication: z.string({ error: () => problemText().nameTheOutlet }).min(1, { error: () => problemText().nameTheOutlet }).max(NAME_LIMIT),
		/** Required for article files; a web page may not say when it was published. */
		published: isoDay.optional(),
		/** Required in the built-in scenario (see `LayerContext.sourced`); a user's file may give only a link. */
		quote: z.string().min(1, { error: () => problemText().quoteVerbatim }).max(TEXT_LIMIT).optional(),
		/** Our English rendering of a quote in another language; the quote itself stays verbatim. */
		translation: text.optional(),
		/** The quote's language when it is not English ("es", "pt"), so it is read and translated as such. */
		lang: z.string().regex(/^[a-z]{2,3}$/, { error: () => problemText().expectedLanguage }).optional(),
		/** Our Spanish rendering of the quote, shown beside it and marked as ours. */
		es: spanish({ translation: text }),
		/**
		 * True for a source published before the item's date: it reports an order, a plan, an
		 * expectation or background, not the event itself.
		 */
		earlier: z.boolean().optional()
	})
	.refine((s) => s.file === undefined || s.published !== undefined, { error: () => problemText().givePublished, path: ['published'] });

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
	sources: z.array(source).min(1),
	es: spanish({ label: name, basis: text })
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
	via: z.array(position).min(1).optional(),
	es: spanish({ place: name })
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
	value: z.number({ error: () => problemText().figureAsNumber }).nonnegative({ error: () => problemText().figureNegative }),
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
	asOf: isoDay.optional(),
	es: spanish({ of: name })
});

/** Where sources give different figures or facts, or a source contradicts itself: every claim, with its source. */
export const disagreement = z.object({
	topic: name,
	claims: z.array(z.object({ claim: text, source: z.number().int().nonnegative(), es: spanish({ claim: text }) })).min(1),
	note: text.optional(),
	es: spanish({ topic: name, note: text })
});

/** The properties every scenario feature carries. */
export const featureProperties = z
	.object({
		id: id(),
		name,
		category: id(true),
		/** Required in the built-in scenario; a user's spreadsheet may have no such column. */
		description: z.string().min(1, { error: () => problemText().sayWhatItIs }).max(TEXT_LIMIT).optional(),
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
		from: label.optional(),
		unit: unit.optional(),
		/** A short name for the map: a unit's designation beside its symbol ("CG Gettysburg"), a count's line under its group's name. */
		designation: label.optional(),
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
		disagreements: z.array(disagreement).default([]),
		es: spanish({ name, description: text, dateNote: text, positionNote: text, place: name, from: label, designation: label })
	})
	.refine((p) => inOrder(p.start, p.end), { error: () => problemText().endBeforeStart, path: ['end'] })
	.refine((p) => p.towards === undefined || p.precision === 'symbolic', {
		error: () => problemText().towardsOnlySymbolic,
		path: ['towards']
	})
	.refine((p) => p.track === undefined || p.track.every((w, i, all) => i === 0 || w.date > all[i - 1].date), {
		error: () => problemText().trackOrder,
		path: ['track']
	})
	.refine((p) => [...p.quantities, ...p.disagreements.flatMap((d) => d.claims), ...(p.track ?? [])].every((q) => q.source === undefined || q.source < p.sources.length), {
		error: () => problemText().sourceOutOfList,
		path: ['sources']
	})
	.refine((p) => p.precision === 'exact' || p.positionNote !== undefined, {
		error: () => problemText().sayWhyNotExact,
		path: ['positionNote']
	})
	.refine((p) => spansItsWindow(p.start, p.end, p.datePrecision), {
		error: (issue) => {
			const { datePrecision: precision } = issue.input as { datePrecision: string };
			return precision === 'month' ? problemText().monthWindow : problemText().weekWindow;
		},
		path: ['end']
	})
	// Said of the figure itself, so an editor can show it beside that figure's day.
	.superRefine((p, context) =>
		p.quantities.forEach((q, i) => {
			if (q.asOf !== undefined && (q.asOf < p.start || (p.end !== undefined && q.asOf > p.end))) {
				context.addIssue({ code: 'custom', message: problemText().asOfOutside, path: ['quantities', i, 'asOf'], input: q.asOf });
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
	color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: () => problemText().expectedColour }),
	es: spanish({ label: name })
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
		sources: z.array(source).default([]),
		es: spanish({ name, summary: text, notes: text })
	})
	.refine((p) => inOrder(p.start, p.end), { error: () => problemText().endBeforeStart, path: ['end'] });

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
		layers: z.array(z.string().regex(/^[\w/.-]+\.geojson$/, { error: () => problemText().expectedGeojsonPath })).min(1),
		phases: z.string().regex(/^[\w/.-]+\.json$/, { error: () => problemText().expectedJsonPath }).optional(),
		/** The place distances in the detail panel are measured from. */
		measureFrom: z.object({ name, at: position, es: spanish({ name }) }).optional(),
		/**
		 * The languages beside the scenario's own that every text is given in (`["es"]`): a text
		 * missing in one of them is then shown in the scenario's own language, marked as such.
		 */
		translatedInto: z.array(z.enum(['es'])).optional(),
		es: spanish({ title: name })
	})
	.refine((s) => inOrder(s.start, s.end), { error: () => problemText().endBeforeStart, path: ['end'] });

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
