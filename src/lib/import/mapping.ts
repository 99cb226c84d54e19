import { wktToGeoJSON } from '@terraformer/wkt';
import { PACKAGE_FORMAT, type ScenarioPackage } from '../data/package.ts';
import type { Category, Geometry } from '../data/schema.ts';
import type { Problem } from '../data/problem.ts';
import { formatDay, parseDay, type Day } from '../timeline/day.ts';
import { columnDayOrder, dayOrderVotes, impliedDayOrder, parseDateCell, type DayOrder } from './dates.ts';
import type { Cell, ImportRow, ImportTable, RawGeometry } from './table.ts';
import { importText } from '../i18n/import.ts';

/** Which column of the table gives each field of an item; a field left out is not in the file. */
export interface FieldMapping {
	id?: string;
	name?: string;
	description?: string;
	category?: string;
	start?: string;
	end?: string;
	latitude?: string;
	longitude?: string;
	wkt?: string;
	radiusKm?: string;
	sourceUrl?: string;
	sourceOutlet?: string;
	sourceQuote?: string;
	sourcePublished?: string;
}

/** The order the mapping step shows the fields in. */
const FIELD_ORDER: readonly (keyof FieldMapping)[] = ['start', 'end', 'name', 'description', 'category', 'latitude', 'longitude', 'wkt', 'radiusKm', 'sourceUrl', 'sourceOutlet', 'sourceQuote', 'sourcePublished', 'id'];

/**
 * The fields the mapping step offers, in the order it shows them, with what each one does to the map.
 * The label and hint are read in the page's language when they are shown (this list is made before it is chosen).
 */
export const MAPPING_FIELDS: readonly { readonly field: keyof FieldMapping; readonly label: string; readonly hint: string }[] = FIELD_ORDER.map((field) => ({
	field,
	get label() {
		return importText().fields[field].label;
	},
	get hint() {
		return importText().fields[field].hint;
	}
}));

type Field = keyof FieldMapping;
type Position = [number, number];

// Limits mirrored from src/lib/data/schema.ts, which is not imported here: it brings zod, and this runs in a worker on a million rows.
const NAME_LIMIT = 120;
const TEXT_LIMIT = 4000;
const ID_LIMIT = 80;
const RADIUS_LIMIT_KM = 5000;
const WORLD: [number, number, number, number] = [-180, -90, 180, 90];
/** How often toPackage reports progress, in rows. */
const PROGRESS_EVERY = 10_000;
/** How many problems of one kind in one column are listed row by row; the rest are counted in one line. */
const PROBLEMS_PER_KIND = 100;
/** The layer file an imported table becomes. */
const LAYER = 'items.geojson';

/**
 * Column names each field is known by, English and Spanish, in the form names are compared in
 * (lower case, no accents, no spaces, underscores or dashes). Earlier names win over later ones.
 * A name may be the whole column name or a run of its words ("Event date" has `date`).
 */
const NAMES: Record<Field, string[]> = {
	start: ['start', 'startdate', 'begin', 'date', 'fecha', 'fechainicio', 'inicio', 'datetime', 'timestamp', 'time', 'when', 'day', 'dia', 'starttime', 'startdatetime', 'begindate', 'datestart', 'fechahora', 'cuando'],
	end: ['end', 'enddate', 'fin', 'fechafin', 'until', 'endtime', 'enddatetime', 'dateend', 'hasta', 'fechafinal', 'termino'],
	name: ['name', 'title', 'nombre', 'titulo', 'label', 'event', 'evento', 'etiqueta'],
	description: ['description', 'descripcion', 'desc', 'details', 'detail', 'detalles', 'notes', 'note', 'notas', 'summary', 'resumen', 'comment', 'comments', 'comentario', 'comentarios'],
	category: ['category', 'categoria', 'type', 'tipo', 'kind', 'class', 'clase', 'group', 'grupo', 'folder', 'carpeta', 'layer', 'capa'],
	latitude: ['lat', 'latitude', 'latitud', 'y'],
	longitude: ['lon', 'lng', 'long', 'longitude', 'longitud', 'x'],
	wkt: ['wkt', 'geometry', 'geom', 'thegeom', 'shape', 'geometria', 'forma'],
	radiusKm: ['radiuskm', 'radius', 'radio', 'radiokm', 'uncertaintykm', 'uncertainty', 'incertidumbre'],
	sourceUrl: ['url', 'sourceurl', 'link', 'href', 'enlace', 'fuenteurl', 'urlfuente', 'sourcelink', 'vinculo'],
	sourceOutlet: ['outlet', 'publication', 'publisher', 'medio', 'sourcename', 'nombrefuente', 'media', 'publicacion'],
	sourceQuote: ['quote', 'cita', 'excerpt', 'extracto', 'quotation'],
	sourcePublished: ['published', 'publicationdate', 'fechapublicacion', 'publisheddate', 'datepublished', 'publishedat', 'publicado', 'pubdate', 'sourcedate', 'fechafuente'],
	id: ['id', 'uid', 'identifier', 'identificador', 'key', 'clave', 'code', 'codigo']
};

/** Names that are a source's address or its outlet, as its values show: a column of web addresses is the URL. */
const SOURCE_NAMES = new Set(['source', 'fuente', 'sources', 'fuentes', 'origen']);
/** Names too short or too common to trust as a word of a longer name ("x" in "box x", "long" in "long name"). */
const WHOLE_NAME_ONLY = new Set(['x', 'y', 'long', 'day', 'dia', 'when', 'key', 'code', 'media']);
/** Words left out when comparing names ("fecha de inicio" is `fechainicio`). */
const STOP_WORDS = new Set(['de', 'del', 'la', 'el', 'of', 'the']);
/**
 * When a column's words match several fields ("event date", "source name", "end date"), the field
 * listed first wins: words that say what a value is (a date, a position) before words that say what
 * it is about (an event).
 */
const WORD_PRIORITY: Field[] = ['sourcePublished', 'end', 'start', 'latitude', 'longitude', 'wkt', 'radiusKm', 'sourceUrl', 'sourceQuote', 'sourceOutlet', 'category', 'description', 'name', 'id'];
/** The fields whose columns are dates. */
const DATE_FIELDS = ['start', 'end', 'sourcePublished'] as const;
const GEOMETRY_FORMATS = new Set<ImportTable['format']>(['geojson', 'kml', 'kmz', 'gpx']);
/** How many rows guessing looks at for a column's values. */
const SAMPLE = 200;
const ACCENTS = /[\u0300-\u036f]/g;
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const COORDINATE = /^([+\-−]?)(\d+)(?:[.,](\d+))?\s*°?$/;
const NOT_SLUG = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;
const FIRST_NUMBER = /\d+/;
const SRID = /^\s*srid=\d+\s*;\s*/i;

/** A column name's words, lower case without accents, camelCase split, stop words left out. */
function nameWords(column: string): string[] {
	const words = column
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.normalize('NFD')
		.replace(ACCENTS, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((word) => word !== '');
	const kept = words.filter((word) => !STOP_WORDS.has(word));
	return kept.length ? kept : words;
}

/** Every run of consecutive words, joined ("start date utc": startdateutc, startdate, dateutc, start, date, utc). */
function wordRuns(words: string[]): Set<string> {
	const runs = new Set<string>();
	for (let from = 0; from < words.length; from++) {
		for (let to = from + 1; to <= words.length; to++) runs.add(words.slice(from, to).join(''));
	}
	return runs;
}

/** The first non-empty values of a column, to guess from. */
function sample(table: ImportTable, column: string): Cell[] {
	const values: Cell[] = [];
	for (let i = 0; i < table.rows.length && values.length < SAMPLE; i++) {
		const value = table.rows[i].values[column];
		if (value !== null && value !== undefined && value !== '') values.push(value);
	}
	return values;
}

/** Whether most of the values pass `test` (and there is at least one value). */
function mostly(values: Cell[], test: (value: Cell) => boolean): boolean {
	let passed = 0;
	for (const value of values) if (test(value)) passed++;
	return values.length > 0 && passed >= values.length * 0.8;
}

const isWebAddress = (value: Cell) => typeof value === 'string' && WEB_ADDRESS.test(value.trim());
const isNumber = (value: Cell) => coordinate(value) !== null;
const isDate = (value: Cell) => typeof value === 'string' && !('error' in parseDateCell(value, null));

/**
 * Guesses which column gives which field from the columns' names, English or Spanish, compared
 * without case, accents, spaces, underscores or dashes: a whole name first, then a name among a
 * column's words, words that say what a value is (a date, a position) winning over words that say
 * what it is about ("Event date" is the start, not the name). Values settle what names cannot: a
 * `source` column of web addresses is the URL, otherwise the outlet; `x` and `y` must hold numbers;
 * with no start column named, a column of dates is the start. No column gives two fields, and a
 * column that loses its best field to a better-named one gives none. For GeoJSON, KML and GPX, whose rows carry their own
 * geometry, no position column is guessed.
 */
export function guessMapping(table: ImportTable): FieldMapping {
	const withGeometry = GEOMETRY_FORMATS.has(table.format) || table.rows.some((row) => row.geometry);
	const candidates: { column: string; field: Field; name: string; whole: boolean; rank: number; at: number }[] = [];
	table.columns.forEach((column, at) => {
		if (column.startsWith('_')) return; // a reader's own bookkeeping (togeojson's _gpxType)
		const words = nameWords(column);
		const whole = words.join('');
		const runs = wordRuns(words);
		const consider = (field: Field, name: string, rank: number) => {
			if (withGeometry && (field === 'latitude' || field === 'longitude' || field === 'wkt')) return;
			if (whole === name) candidates.push({ column, field, name, whole: true, rank, at });
			else if (!WHOLE_NAME_ONLY.has(name) && runs.has(name)) candidates.push({ column, field, name, whole: false, rank, at });
		};
		for (const field of WORD_PRIORITY) NAMES[field].forEach((name, rank) => consider(field, name, rank));
		for (const name of SOURCE_NAMES) {
			if (whole === name || runs.has(name)) consider(mostly(sample(table, column), isWebAddress) ? 'sourceUrl' : 'sourceOutlet', name, NAMES.sourceUrl.length);
		}
	});
	candidates.sort((a, b) => Number(b.whole) - Number(a.whole) || (a.whole ? 0 : WORD_PRIORITY.indexOf(a.field) - WORD_PRIORITY.indexOf(b.field)) || a.rank - b.rank || a.at - b.at);

	// Each column goes to its best field or to none: a column called "Event date" that loses `start` to a
	// column called "Date" is not the name.
	const best = new Map<string, (typeof candidates)[number]>();
	for (const candidate of candidates) {
		if (best.has(candidate.column) || ((candidate.name === 'x' || candidate.name === 'y') && !mostly(sample(table, candidate.column), isNumber))) continue;
		best.set(candidate.column, candidate);
	}
	const mapping: FieldMapping = {};
	const taken = new Set<string>();
	for (const { column, field } of best.values()) {
		if (mapping[field] !== undefined) continue;
		mapping[field] = column;
		taken.add(column);
	}
	if (mapping.start === undefined) {
		const dated = table.columns.find((column) => !taken.has(column) && mostly(sample(table, column), isDate));
		if (dated !== undefined) mapping.start = dated;
	}
	return mapping;
}

/** Every value of a column, in row order. */
function columnValues(table: ImportTable, column: string): Cell[] {
	const values: Cell[] = new Array(table.rows.length);
	for (let i = 0; i < table.rows.length; i++) values[i] = table.rows[i].values[column] ?? null;
	return values;
}

/**
 * Whether the user must say which comes first in the mapped date columns, day or month: some column
 * has dates like 03/04/2025 and no mapped date column settles it with a part over 12 (a file keeps
 * one convention, so one column's 25/12/2025 settles another's 03/04/2025).
 */
export function needsDayOrder(table: ImportTable, mapping: FieldMapping): boolean {
	return ordersNeedAsking(mappedDateColumns(mapping).map((column) => columnDayOrder(columnValues(table, column))));
}

/** The columns mapped to a date field. */
export function mappedDateColumns(mapping: FieldMapping): string[] {
	return DATE_FIELDS.flatMap((field) => (mapping[field] === undefined ? [] : [mapping[field]]));
}

/** Given how the mapped date columns read (see `columnDayOrder`): whether one reads both ways and none settles it. */
export function ordersNeedAsking(orders: readonly (DayOrder | 'ambiguous' | null)[]): boolean {
	return orders.includes('ambiguous') && !orders.some((order) => order === 'dmy' || order === 'mdy');
}

/** How a mapped date column is read: its order, and for a mixed column the order most of its values settle on, to report the others. */
interface DateColumn {
	column: string;
	order: DayOrder | null;
	mixed: DayOrder | null;
	/** Each text already read, to its day or to why it is no date: a column repeats its dates many times over. */
	cache: Map<string, Day | string>;
}

/**
 * How each mapped date column is read. A column that settles its own order keeps it; otherwise the
 * user's choice; otherwise the order another mapped date column settles on; otherwise none, and a
 * date that could be either way round is reported.
 */
function dateColumns(table: ImportTable, mapping: FieldMapping, chosen: DayOrder | null): Partial<Record<(typeof DATE_FIELDS)[number], DateColumn>> {
	const columns: Partial<Record<(typeof DATE_FIELDS)[number], DateColumn>> = {};
	let settled: DayOrder | null = null;
	for (const field of DATE_FIELDS) {
		const column = mapping[field];
		if (column === undefined) continue;
		const votes = dayOrderVotes(columnValues(table, column));
		const own: DayOrder | null = votes.dmy > votes.mdy ? 'dmy' : votes.mdy > votes.dmy ? 'mdy' : null;
		settled ??= own;
		columns[field] = { column, order: own, mixed: own !== null && votes.dmy > 0 && votes.mdy > 0 ? own : null, cache: new Map() };
	}
	for (const field of DATE_FIELDS) {
		const read = columns[field];
		if (read) read.order ??= chosen ?? settled;
	}
	return columns;
}

/** What a problem is about, to count like problems together and to say why rows were skipped. */
type Cause = Field | 'position';

/**
 * Receives the problems of the row being read: what each is about, the column, the message, and
 * whether it costs the row (then `ok` turns false). One is reused for every row, to spare a million
 * closures.
 */
interface Sink {
	ok: boolean;
	add(cause: Cause, column: string | undefined, message: string, fatal: boolean): void;
}

/** One row read into an item's parts; `ok` is false when a problem costs the row. */
interface RowItem {
	ok: boolean;
	/** The id column's value as an id, '' when none. */
	id: string;
	name: string;
	description?: string;
	/** The category column's value, '' when none. */
	category: string;
	start: Day | null;
	end: Day | null;
	shape: Geometry | null;
	track: { day: Day; at: Position }[] | null;
	radiusKm?: number;
	source?: { url?: string; publication: string; quote?: string; published?: string };
}

/** What toPackage and previewRows both need to read rows. */
interface Reading {
	table: ImportTable;
	mapping: FieldMapping;
	dates: ReturnType<typeof dateColumns>;
	/** Whether the rows carry their own geometry (GeoJSON, KML, GPX). */
	withGeometry: boolean;
}

function reading(table: ImportTable, mapping: FieldMapping, order: DayOrder | null): Reading {
	return { table, mapping, dates: dateColumns(table, mapping, order), withGeometry: GEOMETRY_FORMATS.has(table.format) };
}

/** A cell as trimmed text: '' for none. */
function text(value: Cell | undefined): string {
	if (value === null || value === undefined) return '';
	return typeof value === 'string' ? value.trim() : String(value);
}

/** Text cut to `limit` characters, ending with "…". */
function shorten(value: string, limit: number): string {
	return value.length > limit ? `${value.slice(0, limit - 1)}…` : value;
}

/** Lower-case letters, digits and single dashes, at most `limit` long: "Ñandú 2" is `nandu-2`. */
function slug(value: string, limit = ID_LIMIT): string {
	return value.normalize('NFD').replace(ACCENTS, '').toLowerCase().replace(NOT_SLUG, '-').replace(EDGE_DASHES, '').slice(0, limit).replace(EDGE_DASHES, '');
}

/** Degrees (or kilometres) from a number or numeric text, with `.` or `,` as the decimal mark; null for anything else. */
function coordinate(value: Cell | undefined): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value !== 'string') return null;
	const match = COORDINATE.exec(value.trim());
	if (!match) return null;
	const number = Number(`${match[2]}.${match[3] ?? '0'}`);
	return match[1] === '' || match[1] === '+' ? number : -number;
}

/** Most texts a date column's cache holds before it starts again: a column of timestamps repeats none. */
const DATE_CACHE_LIMIT = 50_000;

/** A date cell's day, reported (as costing the row when `fatal`) when it is unusable; a value read against its mixed column's majority order is reported too. */
function readDate(row: ImportRow, read: DateColumn, cause: Cause, fatal: boolean, sink: Sink): Day | null {
	const value = row.values[read.column] ?? null;
	let result = typeof value === 'string' ? read.cache.get(value) : undefined;
	if (result === undefined) {
		const parsed = parseDateCell(value, read.order);
		result = 'day' in parsed ? (parseDay(parsed.day) as Day) : 'error' in parsed ? parsed.error : importText().eitherWayRound(text(value));
		if (typeof value === 'string') {
			if (read.cache.size >= DATE_CACHE_LIMIT) read.cache.clear();
			read.cache.set(value, result);
		}
	}
	if (typeof result === 'string') {
		sink.add(cause, read.column, result, fatal);
		return null;
	}
	if (read.mixed !== null) {
		const implied = impliedDayOrder(value);
		// Read the other way round from the column's majority (`mixed`), which is the opposite order.
		if (implied !== null && implied !== read.mixed) sink.add(cause, read.column, importText().readAgainstColumn(text(value), isoDay(result), implied === 'dmy'), false);
	}
	return result;
}

/** Days already written as text, to share one string among the many items of a day. */
const ISO_DAYS = new Map<Day, string>();

/** A day as `YYYY-MM-DD`. */
function isoDay(day: Day): string {
	let iso = ISO_DAYS.get(day);
	if (iso === undefined) {
		if (ISO_DAYS.size >= DATE_CACHE_LIMIT) ISO_DAYS.clear();
		iso = formatDay(day);
		ISO_DAYS.set(day, iso);
	}
	return iso;
}

/** Reads one row into an item's parts, reporting every problem it has (not only the first). */
function readRow(row: ImportRow, reading: Reading, sink: Sink): RowItem {
	const { mapping, dates } = reading;
	const values = row.values;
	sink.ok = true;

	const place = readPlace(row, reading, sink);
	let start: Day | null = null;
	if (dates.start && text(values[dates.start.column]) !== '') start = readDate(row, dates.start, 'start', place.first === null, sink);
	else if (place.first === null) sink.add('start', dates.start?.column, dates.start ? importText().noDate : importText().noStartColumn, true);
	if (start === null) start = place.first;
	let end: Day | null;
	if (dates.end && text(values[dates.end.column]) !== '') end = readDate(row, dates.end, 'end', false, sink);
	else end = place.last !== null && place.last !== start ? place.last : null;
	if (start !== null && end !== null && end < start) {
		sink.add('end', dates.end?.column, importText().endsBeforeStart(formatDay(end), formatDay(start)), false);
		end = null;
	}

	const rawName = mapping.name === undefined ? '' : text(values[mapping.name]);
	if (rawName.length > NAME_LIMIT) sink.add('name', mapping.name, importText().nameShortened(rawName.length, NAME_LIMIT), false);
	const rawDescription = mapping.description === undefined ? '' : text(values[mapping.description]);
	if (rawDescription.length > TEXT_LIMIT) sink.add('description', mapping.description, importText().descriptionShortened(rawDescription.length, TEXT_LIMIT), false);

	let radiusKm: number | undefined;
	if (mapping.radiusKm !== undefined && text(values[mapping.radiusKm]) !== '') {
		const radius = coordinate(values[mapping.radiusKm]);
		if (radius === null || radius <= 0 || radius > RADIUS_LIMIT_KM) sink.add('radiusKm', mapping.radiusKm, importText().badRadius(text(values[mapping.radiusKm]), RADIUS_LIMIT_KM), false);
		else if (place.shape !== null && place.shape.type !== 'Point') sink.add('radiusKm', mapping.radiusKm, importText().radiusNotPoint(place.shape.type), false);
		else radiusKm = radius;
	}

	return {
		ok: sink.ok,
		id: mapping.id === undefined ? '' : slug(text(values[mapping.id])),
		name: shorten(rawName || importText().untitled(row.where), NAME_LIMIT),
		description: rawDescription === '' ? undefined : shorten(rawDescription, TEXT_LIMIT),
		category: mapping.category === undefined ? '' : text(values[mapping.category]),
		start,
		end,
		shape: place.shape,
		track: place.track,
		radiusKm,
		source: readSource(row, reading, sink)
	};
}

/** A row's geometry, or its track and the days the track spans; null parts when there is none. */
interface Place {
	shape: Geometry | null;
	track: { day: Day; at: Position }[] | null;
	first: Day | null;
	last: Day | null;
}

const NO_PLACE: Place = { shape: null, track: null, first: null, last: null };

function placed(shape: Geometry): Place {
	return { shape, track: null, first: null, last: null };
}

/** Where a row is: its own geometry (or timed track), else its WKT column, else its latitude and longitude columns. */
function readPlace(row: ImportRow, { mapping, withGeometry }: Reading, sink: Sink): Place {
	const values = row.values;
	if (row.geometry) {
		if (row.times && (row.geometry.type === 'LineString' || row.geometry.type === 'MultiLineString')) {
			const timed = readTrack(row.geometry, row.times);
			if (timed !== null) return 'error' in timed ? (sink.add('position', undefined, timed.error, true), NO_PLACE) : timed;
		}
		const shape = readGeometry(row.geometry);
		if ('error' in shape) return sink.add('position', undefined, shape.error, true), NO_PLACE;
		if (shape.closed) sink.add('position', undefined, importText().ringClosed, false);
		return placed(shape.geometry);
	}
	const lat = mapping.latitude;
	const lon = mapping.longitude;
	const latText = lat === undefined ? '' : text(values[lat]);
	const lonText = lon === undefined ? '' : text(values[lon]);
	const wktText = mapping.wkt === undefined ? '' : text(values[mapping.wkt]);
	if (wktText !== '' && (latText === '' || lonText === '')) {
		let parsed: RawGeometry;
		try {
			parsed = wktToGeoJSON(wktText.replace(SRID, '').toUpperCase());
		} catch {
			return sink.add('wkt', mapping.wkt, importText().notWkt(shorten(wktText, 60)), true), NO_PLACE;
		}
		const shape = readGeometry(parsed);
		if ('error' in shape) return sink.add('wkt', mapping.wkt, shape.error, true), NO_PLACE;
		if (shape.closed) sink.add('wkt', mapping.wkt, importText().ringClosed, false);
		return placed(shape.geometry);
	}
	if (lat === undefined || lon === undefined) {
		const t = importText();
		const message =
			mapping.wkt !== undefined
				? t.noWkt
				: withGeometry
					? t.noGeometry
					: lat === undefined && lon === undefined
						? t.noPositionColumns
						: lat === undefined
							? t.noLatitudeColumn
							: t.noLongitudeColumn;
		return sink.add('position', mapping.wkt, message, true), NO_PLACE;
	}
	const latitude = coordinate(values[lat]);
	const longitude = coordinate(values[lon]);
	if (latitude === null) sink.add('latitude', lat, latText === '' ? importText().noLatitude : importText().notLatitude(shorten(latText, 60)), true);
	if (longitude === null) sink.add('longitude', lon, lonText === '' ? importText().noLongitude : importText().notLongitude(shorten(lonText, 60)), true);
	if (latitude === null || longitude === null) return NO_PLACE;
	if (Math.abs(latitude) > 90) {
		const swapped = Math.abs(longitude) <= 90 && Math.abs(latitude) <= 180;
		return sink.add('latitude', lat, importText().latitudeBeyond(latitude, swapped), true), NO_PLACE;
	}
	if (Math.abs(longitude) > 180) return sink.add('longitude', lon, importText().longitudeBeyond(longitude), true), NO_PLACE;
	return placed({ type: 'Point', coordinates: [longitude, latitude] });
}

/** A position as the map takes it, [longitude, latitude] in range (an altitude dropped); null for anything else. */
function position(raw: unknown): Position | null {
	if (!Array.isArray(raw) || raw.length < 2) return null;
	const [lon, lat] = raw;
	if (typeof lon !== 'number' || typeof lat !== 'number' || !(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) return null;
	return [lon, lat];
}

function positions(raw: unknown): Position[] | null {
	if (!Array.isArray(raw)) return null;
	const out: Position[] = new Array(raw.length);
	for (let i = 0; i < raw.length; i++) {
		const at = position(raw[i]);
		if (at === null) return null;
		out[i] = at;
	}
	return out;
}

/** A polygon's rings, each closed if it was not; null when a ring has too few positions. */
function rings(raw: unknown, closed: { any: boolean }): Position[][] | null {
	if (!Array.isArray(raw) || raw.length === 0) return null;
	const out: Position[][] = [];
	for (const ringRaw of raw) {
		const ring = positions(ringRaw);
		if (ring === null || ring.length < 3) return null;
		const [first, last] = [ring[0], ring[ring.length - 1]];
		if (first[0] !== last[0] || first[1] !== last[1]) {
			ring.push([first[0], first[1]]);
			closed.any = true;
		}
		if (ring.length < 4) return null;
		out.push(ring);
	}
	return out;
}

/**
 * A file's geometry as the map takes it. A multi-geometry of one part is that part; MultiPoint,
 * MultiLineString of several parts and GeometryCollection are refused, saying how to split them.
 */
function readGeometry(raw: RawGeometry): { geometry: Geometry; closed: boolean } | { error: string } {
	const coordinates = raw.coordinates;
	const closed = { any: false };
	switch (raw.type) {
		case 'Point': {
			const at = position(coordinates);
			return at ? { geometry: { type: 'Point', coordinates: at }, closed: false } : { error: importText().pointOutOfRange };
		}
		case 'LineString': {
			const line = positions(coordinates);
			if (line === null) return { error: importText().lineOutOfRange };
			return line.length >= 2 ? { geometry: { type: 'LineString', coordinates: line }, closed: false } : { error: importText().lineTooShort };
		}
		case 'Polygon': {
			const polygon = rings(coordinates, closed);
			return polygon ? { geometry: { type: 'Polygon', coordinates: polygon }, closed: closed.any } : { error: importText().polygonOutOfRange };
		}
		case 'MultiPolygon': {
			if (!Array.isArray(coordinates) || coordinates.length === 0) return { error: importText().noPolygons };
			const polygons: Position[][][] = [];
			for (const part of coordinates) {
				const polygon = rings(part, closed);
				if (polygon === null) return { error: importText().multiPolygonOutOfRange };
				polygons.push(polygon);
			}
			return { geometry: { type: 'MultiPolygon', coordinates: polygons }, closed: closed.any };
		}
		case 'MultiPoint':
			if (Array.isArray(coordinates) && coordinates.length === 1) return readGeometry({ type: 'Point', coordinates: coordinates[0] });
			return { error: importText().multiPoint };
		case 'MultiLineString':
			if (Array.isArray(coordinates) && coordinates.length === 1) return readGeometry({ type: 'LineString', coordinates: coordinates[0] });
			return { error: importText().multiLine };
		case 'GeometryCollection':
			return { error: importText().collection };
		default:
			return { error: importText().unknownGeometry(shorten(String(raw.type), 40)) };
	}
}

/**
 * A timed line (a GPX track, a KML gx:Track) as dated positions: one a UTC day, the last the file
 * gives for that day (files list a track's positions in time order), oldest day first. Positions
 * without a usable time are passed over. With fewer than two days it is a point where it was last,
 * on that day; with none, null (the line is then read as a plain line).
 */
function readTrack(raw: RawGeometry, times: NonNullable<ImportRow['times']>): Place | { error: string } | null {
	const lines = (raw.type === 'LineString' ? [raw.coordinates] : raw.coordinates) as unknown[];
	if (!Array.isArray(lines)) return { error: importText().trackOutOfRange };
	const nested = Array.isArray(times[0]);
	let flat = 0;
	const byDay = new Map<Day, Position>();
	for (let l = 0; l < lines.length; l++) {
		const line = lines[l];
		if (!Array.isArray(line)) return { error: importText().trackOutOfRange };
		for (let i = 0; i < line.length; i++, flat++) {
			const time = nested ? (times as (string | null)[][])[l]?.[i] : (times as (string | null)[])[flat];
			if (time === null || time === undefined) continue;
			const parsed = parseDateCell(time, null);
			if (!('day' in parsed)) continue;
			const at = position(line[i]);
			if (at === null) return { error: importText().trackOutOfRange };
			byDay.set(parseDay(parsed.day) as Day, at);
		}
	}
	if (byDay.size === 0) return null;
	const days = [...byDay.keys()].sort((a, b) => a - b);
	const first = days[0];
	const last = days[days.length - 1];
	if (days.length < 2) return { shape: { type: 'Point', coordinates: byDay.get(last) as Position }, track: null, first: last, last };
	const track = days.map((day) => ({ day, at: byDay.get(day) as Position }));
	return { shape: { type: 'Point', coordinates: track[0].at }, track, first, last };
}

/**
 * The row's source, when it names a URL or an outlet. The outlet is the URL's site (without `www.`)
 * when no outlet is given. A source needs a web address (the schema takes an article file or a URL,
 * and an import has no files), so an outlet alone, or a bad address, is reported and the source left
 * out; the row is kept either way.
 */
function readSource(row: ImportRow, { mapping, dates }: Reading, sink: Sink): RowItem['source'] {
	const values = row.values;
	const url = mapping.sourceUrl === undefined ? '' : text(values[mapping.sourceUrl]);
	const outlet = mapping.sourceOutlet === undefined ? '' : text(values[mapping.sourceOutlet]);
	const quote = mapping.sourceQuote === undefined ? '' : text(values[mapping.sourceQuote]);
	if (url === '' && outlet === '') {
		if (quote !== '') sink.add('sourceQuote', mapping.sourceQuote, importText().quoteWithoutSource, false);
		return undefined;
	}
	// An outlet alone (a printed paper, a broadcast) is a source a reader can look up; an address must be a web one.
	let host = '';
	if (url !== '') {
		try {
			host = WEB_ADDRESS.test(url) ? new URL(url).hostname : '';
		} catch {
			host = '';
		}
		if (host === '') {
			sink.add('sourceUrl', mapping.sourceUrl, importText().notWebAddress(shorten(url, 60)), false);
			return undefined;
		}
	}
	const source: NonNullable<RowItem['source']> = { publication: shorten(outlet || host.replace(/^www\./, ''), NAME_LIMIT) };
	if (url !== '') source.url = url;
	if (quote !== '') {
		if (quote.length > TEXT_LIMIT) sink.add('sourceQuote', mapping.sourceQuote, importText().quoteShortened(quote.length, TEXT_LIMIT), false);
		source.quote = shorten(quote, TEXT_LIMIT);
	}
	if (dates.sourcePublished && text(values[dates.sourcePublished.column]) !== '') {
		const published = readDate(row, dates.sourcePublished, 'sourcePublished', false, sink);
		if (published !== null) source.published = isoDay(published);
	}
	return source;
}

/** A row of the mapping step's preview: each field as it will be read, a problem in brackets ("[no date]"). */
export interface PreviewRow {
	where: string;
	name: string;
	start: string;
	end: string;
	category: string;
	position: string;
}

/** The first rows as toPackage will read them, for the mapping step to show before anything is loaded. */
export function previewRows(table: ImportTable, mapping: FieldMapping, count = 5, order: DayOrder | null = null): PreviewRow[] {
	const read = reading(table, mapping, order);
	const rows = table.rows.slice(0, count);
	const t = importText();
	return rows.map((row) => {
		const errors = new Map<string, string>();
		const item = readRow(row, read, {
			ok: true,
			add(cause, _column, message, fatal) {
				if (fatal) this.ok = false;
				const shown = cause === 'latitude' || cause === 'longitude' || cause === 'wkt' || cause === 'radiusKm' ? 'position' : cause;
				if (!errors.has(shown)) errors.set(shown, `[${message}]`);
			}
		});
		const category = mapping.category === undefined ? t.items : item.category === '' ? t.other : shorten(item.category, NAME_LIMIT);
		return {
			where: row.where,
			name: item.name,
			start: item.start !== null ? formatDay(item.start) : (errors.get('start') ?? ''),
			end: errors.get('end') ?? (item.end !== null ? formatDay(item.end) : ''),
			category,
			position: errors.get('position') ?? describePlace(item)
		};
	});
}

/** "18.4650, -66.1057 (±25 km)", "track over 3 days", "area of 5 positions". */
function describePlace({ shape, track, radiusKm }: RowItem): string {
	const t = importText();
	if (track) return t.trackOver(track.length);
	if (shape === null) return '';
	switch (shape.type) {
		case 'Point':
			return t.pointAt(shape.coordinates[1], shape.coordinates[0], radiusKm);
		case 'LineString':
			return t.lineOf(shape.coordinates.length);
		case 'Polygon':
			return t.areaOf(shape.coordinates[0].length - 1);
		case 'MultiPolygon':
			return t.areas(shape.coordinates.length);
	}
}

/**
 * Category colours: Tableau 10, which stays distinct on a light basemap, with its grey swapped for a
 * navy so that grey can mean "Other". Beyond ten categories the colours repeat in the same order;
 * the legend's labels tell same-coloured categories apart.
 */
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#bcbd22', '#17becf', '#393b79'];
const OTHER_COLOR = '#7f7f7f';

/** Counts problems by kind and column, keeping the first few of each kind, and the rows each kind of fatal problem cost. */
class Problems {
	readonly list: Problem[] = [];
	private readonly kinds = new Map<string, { count: number; first: Problem; fatal: boolean; cause: Cause }>();

	constructor(private readonly file: string) {}

	add(row: string, cause: Cause, column: string | undefined, message: string, fatal: boolean): void {
		const key = `${cause}\u0000${column ?? ''}\u0000${fatal ? 1 : 0}`;
		const problem: Problem = column === undefined ? { file: this.file, row, message } : { file: this.file, row, column, message };
		const kind = this.kinds.get(key);
		if (kind === undefined) this.kinds.set(key, { count: 1, first: problem, fatal, cause });
		else kind.count++;
		if ((kind?.count ?? 1) <= PROBLEMS_PER_KIND) this.list.push(problem);
	}

	/** The listed problems, with one line for each kind that had more than were listed. */
	finish(): Problem[] {
		for (const { count, first } of this.kinds.values()) {
			if (count <= PROBLEMS_PER_KIND) continue;
			this.list.push({ file: this.file, column: first.column, message: importText().moreRows(count - PROBLEMS_PER_KIND, first.row as string, first.message) });
		}
		return this.list;
	}

	/** Why rows were skipped, by the kind of fatal problem that skipped the most: for "no row could be loaded". */
	commonestSkip(): { count: number; first: Problem; cause: Cause } | null {
		let commonest: { count: number; first: Problem; cause: Cause } | null = null;
		for (const kind of this.kinds.values()) if (kind.fatal && (commonest === null || kind.count > commonest.count)) commonest = kind;
		return commonest;
	}
}

/**
 * Builds a scenario package from a table and a mapping: one item a row, in one layer,
 * `items.geojson`, and an index whose dates span the items and whose region frames them. A row the
 * map cannot place or date is reported and left out; a smaller problem (a bad end date, a bad
 * source) is reported and that part left out. Problems of one kind in one column are listed for the
 * first rows and counted for the rest. The caller refuses a package with nothing `loaded`.
 */
export function toPackage(
	table: ImportTable,
	mapping: FieldMapping,
	options: { order: DayOrder | null; title?: string; onProgress?: (done: number, total: number) => void; oneDay?: boolean }
): { package: ScenarioPackage; problems: Problem[]; loaded: number; skipped: number } {
	const read = reading(table, mapping, options.order);
	const problems = new Problems(table.file);
	const features: unknown[] = [];
	const categories: Category[] = [];
	const categoryIds = new Map<string, string>();
	const usedCategoryIds = new Set<string>();
	const ids = new Map<string, string>();
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	let [first, last] = [Infinity, -Infinity];
	let skipped = 0;
	const total = table.rows.length;
	const sink = {
		ok: true,
		where: '',
		add(cause: Cause, column: string | undefined, message: string, fatal: boolean) {
			if (fatal) this.ok = false;
			problems.add(this.where, cause, column, message, fatal);
		}
	};

	const addPosition = (at: Position) => {
		if (at[0] < west) west = at[0];
		if (at[0] > east) east = at[0];
		if (at[1] < south) south = at[1];
		if (at[1] > north) north = at[1];
	};
	const addPositions = (nested: unknown): void => {
		if (typeof (nested as unknown[])[0] === 'number') addPosition(nested as Position);
		else for (const inner of nested as unknown[]) addPositions(inner);
	};
	const uniqueCategoryId = (base: string) => {
		let id = base;
		for (let n = 2; usedCategoryIds.has(id); n++) id = `${base.slice(0, ID_LIMIT - String(n).length - 1)}-${n}`;
		usedCategoryIds.add(id);
		return id;
	};
	const categoryOf = (value: string): string => {
		const known = categoryIds.get(value);
		if (known !== undefined) return known;
		let category: Category;
		if (mapping.category === undefined) category = { id: uniqueCategoryId('items'), label: importText().items, color: PALETTE[0] };
		else if (value === '') category = { id: uniqueCategoryId('other'), label: importText().other, color: OTHER_COLOR };
		else {
			const colored = categories.length - (categoryIds.has('') ? 1 : 0);
			category = { id: uniqueCategoryId(slug(value) || 'category'), label: shorten(value, NAME_LIMIT), color: PALETTE[colored % PALETTE.length] };
		}
		categories.push(category);
		categoryIds.set(value, category.id);
		return category.id;
	};

	for (let i = 0; i < total; i++) {
		const row = table.rows[i];
		sink.where = row.where;
		const item = readRow(row, read, sink);
		if (!item.ok || item.start === null || item.shape === null) {
			skipped++;
		} else {
			let id = item.id;
			const firstUse = id === '' ? undefined : ids.get(id);
			if (firstUse !== undefined) problems.add(row.where, 'id', mapping.id, importText().idUsed(id, firstUse), false);
			if (id === '' || firstUse !== undefined) {
				const base = `row-${FIRST_NUMBER.exec(row.where)?.[0] ?? i + 1}`;
				id = base;
				for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
			}
			ids.set(id, row.where);

			const properties: Record<string, unknown> = { id, name: item.name, category: categoryOf(mapping.category === undefined ? '' : item.category) };
			if (item.description !== undefined) properties.description = item.description;
			properties.start = isoDay(item.start);
			// An event with no end is on the map for its own day when asked (a list of events), else until the scenario's end.
			if (item.end !== null) properties.end = isoDay(item.end);
			else if (options.oneDay && !item.track) properties.end = isoDay(item.start);
			if (item.radiusKm === undefined) properties.precision = 'exact';
			else {
				properties.precision = 'approximate';
				properties.radiusKm = item.radiusKm;
				properties.positionNote = importText().radiusNote(mapping.radiusKm as string);
			}
			if (item.track) {
				const track = new Array(item.track.length);
				for (let w = 0; w < item.track.length; w++) {
					const { day, at } = item.track[w];
					track[w] = { date: isoDay(day), at };
					addPosition(at);
					if (day > last) last = day;
				}
				properties.track = track;
			}
			properties.sources = item.source ? [item.source] : [];
			features.push({ type: 'Feature', geometry: item.shape, properties });

			if (item.shape.type === 'Point') addPosition(item.shape.coordinates);
			else addPositions(item.shape.coordinates);
			if (item.start < first) first = item.start;
			const latest = item.end ?? item.start;
			if (latest > last) last = latest;
		}
		if ((i + 1) % PROGRESS_EVERY === 0) options.onProgress?.(i + 1, total);
	}
	if (total % PROGRESS_EVERY !== 0) options.onProgress?.(total, total);

	const loaded = features.length;
	const list = problems.finish();
	if (loaded === 0) list.push({ file: table.file, message: importText().nothingLoaded(nothingLoaded(problems, total)) });
	const index: Record<string, unknown> = { title: titleOf(table, options.title) };
	if (loaded > 0) Object.assign(index, { start: formatDay(first), end: formatDay(last), initialDate: formatDay(first) });
	index.region = loaded > 0 ? padded(west, south, east, north) : WORLD;
	index.extent = WORLD;
	index.categories = categories;
	index.layers = [LAYER];
	return {
		package: { format: PACKAGE_FORMAT, version: 1, index, files: { [LAYER]: { type: 'FeatureCollection', features } } },
		problems: list,
		loaded,
		skipped
	};
}

/** Why no row loaded: the kind of problem that skipped the most rows, with its first example. */
function nothingLoaded(problems: Problems, total: number): string {
	const t = importText();
	if (total === 0) return t.noRows;
	const commonest = problems.commonestSkip();
	if (commonest === null) return t.noneUsable(total);
	const { count, first, cause } = commonest;
	const because = Object.hasOwn(t.skippedBecause, cause) ? t.skippedBecause[cause as keyof typeof t.skippedBecause] : t.skippedBecause.other;
	return t.rowsSkipped(count, total, because, first.column, first.row as string, first.message);
}

/** The scenario's title: as asked, else the file's own, else the file name without its extension. */
function titleOf(table: ImportTable, asked: string | undefined): string {
	const title = asked?.trim() || table.title?.trim() || table.file.replace(/\.[^.]*$/, '').trim();
	return shorten(title || importText().importedTitle, NAME_LIMIT);
}

/**
 * A box around everything, 10% of its size wider each way and at least half a degree, within the
 * world, so a single point gets a sensible first view and the box is never empty.
 */
function padded(west: number, south: number, east: number, north: number): [number, number, number, number] {
	const [padX, padY] = [Math.max((east - west) * 0.1, 0.5), Math.max((north - south) * 0.1, 0.5)];
	return [Math.max(-180, west - padX), Math.max(-90, south - padY), Math.min(180, east + padX), Math.min(90, north + padY)];
}
