import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { gpx, kmlWithFolders, type F, type Folder } from '@tmcw/togeojson';
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { Problem } from '$lib/data/problem';
import { PACKAGE_FORMAT } from '$lib/data/package';
import { importFileText } from '$lib/i18n/import-files';
import type { Cell, ImportRow, ImportTable, RawGeometry, ReadResult } from './table';

/**
 * The most a zip's entries may unpack to, together: an import is a scenario, a sheet or a map file, and a
 * small zip that claims gigabytes is a zip bomb meant to exhaust the browser's memory. The sizes checked are
 * those the zip's directory claims; fflate (here and inside read-excel-file) unpacks no entry past its claimed size.
 */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

/** How much of a file is looked at for NUL bytes to tell a binary file from text. */
const SNIFF_BYTES = 8192;

/** Where a name is shortened in a `where` label, so a pasted paragraph does not become the label. */
const WHERE_NAME_LENGTH = 40;

/** The extensions that say "delimited text": content that looks like JSON is tried as JSON, and read as text if it is not. */
const DELIMITED_EXTENSIONS = new Set(['csv', 'tsv', 'tab', 'txt']);

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/**
 * What togeojson adds to a placemark or GPX feature only to draw it, or to say whether it is shown:
 * of no use as data to map, and noise in the column list. ExtendedData fields by these names are lost too.
 */
const STYLE_PROPERTIES = new Set(['styleUrl', 'styleHash', 'styleMapHash', 'stroke', 'fill', 'icon', 'visibility', 'open', 'sym', '_gpxType']);
const STYLE_PREFIX = /^(stroke|fill|icon|label)-/;

/** A reason the whole file cannot be read, already a sentence naming the file; thrown from deep inside and returned as 'unreadable'. */
class Unreadable extends Error {}

/** One zip entry as the zip's directory describes it, before anything is unpacked. */
interface ZipEntry {
	name: string;
	size: number;
}

/** Reads a file's bytes into rows to map, a scenario package, or one clear sentence saying why it cannot be read. */
export async function readImportFile(name: string, bytes: Uint8Array): Promise<ReadResult> {
	try {
		return await readBytes(name, bytes);
	} catch (error) {
		if (error instanceof Unreadable) return { kind: 'unreadable', message: error.message };
		return { kind: 'unreadable', message: importFileText().couldNotRead(name, sentence(errorMessage(error))) };
	}
}

/** Chooses the reader by what the bytes are, using the extension only to explain a mismatch or to pick the delimiter. */
async function readBytes(name: string, bytes: Uint8Array): Promise<ReadResult> {
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1].toLowerCase() ?? '';
	const t = importFileText();
	if (!bytes.length) throw new Unreadable(t.empty(name));
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return readZip(name, bytes);
	if ((extension === 'xls' || extension === 'xlsx') && startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
		throw new Unreadable(t.oldExcel(name));
	}
	if (extension === 'xlsx') throw new Unreadable(t.xlsxNotZip(name));
	if (extension === 'kmz') throw new Unreadable(t.kmzNotZip(name));
	if (extension === 'zip') throw new Unreadable(t.notZip(name));
	const text = decodeText(name, bytes);
	if (!text.trim()) throw new Unreadable(t.empty(name));
	const first = text.trimStart()[0];
	if (first === '{' || first === '[') {
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (error) {
			if (DELIMITED_EXTENSIONS.has(extension)) return { kind: 'table', table: readDelimited(name, text, extension) };
			throw new Unreadable(t.notJson(name, jsonErrorMessage(text, error)));
		}
		return readJson(name, value);
	}
	if (first === '<') {
		// A web page (a link to the wrong address, a saved page) is not XML an XML parser can read; say what it is.
		if (/^\s*<(!doctype\s+html|html[\s>])/i.test(text)) throw new Unreadable(t.webPage(name));
		const doc = parseXml(name, text);
		const root = doc.documentElement;
		if (root?.localName === 'kml') return { kind: 'table', table: readKml(name, 'kml', doc) };
		if (root?.localName === 'gpx') return { kind: 'table', table: readGpx(name, doc) };
		throw new Unreadable(t.otherXml(name, root ? root.nodeName : null));
	}
	if (extension === 'json' || extension === 'geojson') throw new Unreadable(t.noJsonStart(name));
	if (extension === 'kml' || extension === 'gpx') throw new Unreadable(t.notXml(name, extension.toUpperCase()));
	return { kind: 'table', table: readDelimited(name, text, extension) };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Text as a spreadsheet program would save it: UTF-8 (its BOM dropped), UTF-16 when a BOM says so (Excel's
 * "Unicode text"), else Windows-1252, what older Excel writes as "CSV". A NUL byte without a UTF-16 BOM means binary.
 */
function decodeText(name: string, bytes: Uint8Array): string {
	if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
	if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
	if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new Unreadable(importFileText().binary(name));
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		try {
			return new TextDecoder('windows-1252').decode(bytes);
		} catch {
			return new TextDecoder('utf-8').decode(bytes);
		}
	}
}

function errorMessage(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).trim();
}

/** A library's message as the end of one of our sentences: no trailing period of its own. */
function sentence(message: string): string {
	return `${message.replace(/[.\s]+$/, '')}.`;
}

// ——— Zip files: workbooks, KMZ and scenario packages ———

/** Tells a workbook, a KMZ and a scenario package apart by what the zip holds, refusing one that would unpack too large. */
async function readZip(name: string, bytes: Uint8Array): Promise<ReadResult> {
	const listed = listZip(name, bytes);
	const total = listed.reduce((sum, entry) => sum + entry.size, 0);
	if (total > MAX_UNZIPPED_BYTES) {
		throw new Unreadable(importFileText().tooLarge(name, megabytes(total), megabytes(MAX_UNZIPPED_BYTES)));
	}
	// Folders, and the resource forks macOS adds to zips it makes, are nobody's data.
	const entries = listed.filter((entry) => !entry.name.endsWith('/') && !entry.name.startsWith('__MACOSX/') && !baseName(entry.name).startsWith('._'));
	if (entries.some((entry) => entry.name === 'xl/workbook.xml')) return { kind: 'table', table: await readXlsx(name, bytes) };
	const index = entries.filter((entry) => /^([^/]+\/)?scenario\.json$/.test(entry.name)).sort((a, b) => a.name.length - b.name.length)[0];
	if (index) return readPackageZip(name, bytes, index.name, entries);
	const kmls = entries.filter((entry) => /\.kml$/i.test(entry.name));
	if (kmls.length) return { kind: 'table', table: readKmz(name, bytes, kmls) };
	throw new Unreadable(importFileText().emptyZip(name));
}

/** The zip's directory, read without unpacking anything: the filter sees every entry and keeps none. */
function listZip(name: string, bytes: Uint8Array): ZipEntry[] {
	const entries: ZipEntry[] = [];
	try {
		unzipSync(bytes, {
			filter: (file) => {
				entries.push({ name: file.name, size: file.originalSize });
				return false;
			}
		});
	} catch (error) {
		throw new Unreadable(importFileText().damagedZip(name, sentence(errorMessage(error))));
	}
	return entries;
}

/** Unpacks only the named entries (their sizes were checked by `readZip`). */
function unzipEntries(name: string, bytes: Uint8Array, names: ReadonlySet<string>): Record<string, Uint8Array> {
	try {
		return unzipSync(bytes, { filter: (file) => names.has(file.name) });
	} catch (error) {
		throw new Unreadable(importFileText().damagedZip(name, sentence(errorMessage(error))));
	}
}

function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

function megabytes(bytes: number): number {
	return Math.ceil(bytes / (1024 * 1024));
}

function utf8(bytes: Uint8Array): string {
	return new TextDecoder('utf-8').decode(bytes);
}

/**
 * A zipped geodata/ folder: `scenario.json` is the index, and every other JSON or GeoJSON file beside or
 * below it is kept by its path relative to that folder, as `ScenarioPackage.files` names them.
 */
function readPackageZip(name: string, bytes: Uint8Array, indexPath: string, entries: ZipEntry[]): ReadResult {
	const folder = indexPath.slice(0, -'scenario.json'.length);
	const dataPaths = entries.map((entry) => entry.name).filter((path) => path !== indexPath && path.startsWith(folder) && /\.(geo)?json$/i.test(path));
	const files = unzipEntries(name, bytes, new Set([indexPath, ...dataPaths]));
	let index: unknown;
	try {
		index = JSON.parse(utf8(files[indexPath]));
	} catch (error) {
		throw new Unreadable(importFileText().indexNotJson(name, indexPath, jsonErrorMessage(utf8(files[indexPath]), error)));
	}
	const problems: Problem[] = [];
	const parsed: [string, unknown][] = [];
	for (const path of dataPaths) {
		const relative = path.slice(folder.length);
		const text = utf8(files[path]);
		try {
			parsed.push([relative, JSON.parse(text)]);
		} catch (error) {
			problems.push({ file: relative, message: importFileText().dataNotJson(jsonErrorMessage(text, error)) });
		}
	}
	return { kind: 'package', package: { format: PACKAGE_FORMAT, version: 1, index, files: Object.fromEntries(parsed) }, problems };
}

/** A KMZ is a zipped KML (with its images): doc.kml by convention, else the first KML in it. */
function readKmz(name: string, bytes: Uint8Array, kmls: ZipEntry[]): ImportTable {
	const chosen = kmls.find((entry) => entry.name === 'doc.kml') ?? kmls[0];
	const text = utf8(unzipEntries(name, bytes, new Set([chosen.name]))[chosen.name]);
	const doc = parseXml(name, text);
	if (doc.documentElement?.localName !== 'kml') throw new Unreadable(importFileText().kmzWithoutKml(name, chosen.name));
	const table = readKml(name, 'kmz', doc);
	const others = kmls.filter((entry) => entry !== chosen).map((entry) => `"${entry.name}"`);
	if (others.length) table.problems.unshift({ file: name, message: importFileText().otherKmls(chosen.name, others.join(', ')) });
	return table;
}

// ——— Spreadsheets ———

/** Names for a header row: blank ones by their position ("Column 3"), repeated ones numbered ("name (2)"). */
function headerNames(cells: Cell[]): string[] {
	const seen = new Set<string>();
	const t = importFileText();
	return cells.map((cell, i) => {
		const base = cell === null || String(cell).trim() === '' ? t.column(i + 1) : String(cell).trim();
		let unique = base;
		for (let n = 2; seen.has(unique); n++) unique = `${base} (${n})`;
		seen.add(unique);
		return unique;
	});
}

function textCell(value: string): Cell {
	const trimmed = value.trim();
	return trimmed === '' ? null : trimmed;
}

/**
 * CSV or TSV. Empty lines are skipped here rather than by papaparse ('greedy'): papaparse numbers its errors
 * by the rows before it drops empty ones, and a spreadsheet shows empty lines as rows, so keeping them until
 * now keeps every "row N" what the user sees. The delimiter is still guessed with empty lines skipped.
 */
function readDelimited(name: string, text: string, extension: string): ImportTable {
	const source = text.replace(/^\uFEFF/, '');
	const delimiter = extension === 'tsv' || extension === 'tab' ? '\t' : Papa.parse<string[]>(source, { preview: 1, skipEmptyLines: 'greedy' }).meta.delimiter;
	const parsed = Papa.parse<string[]>(source, { header: false, delimiter, skipEmptyLines: false, dynamicTyping: false });
	const problems: Problem[] = [];
	const broken = new Map<number, string>();
	const t = importFileText();
	for (const error of parsed.errors) {
		if (error.row === undefined || error.type === 'Delimiter') continue;
		// An unclosed quote swallows the rest of the file into this row, which is worth saying over anything else.
		if (error.code === 'MissingQuotes') broken.set(error.row, t.unclosedQuote);
		else if (!broken.has(error.row)) {
			broken.set(error.row, error.code === 'InvalidQuotes' ? t.textAfterQuote : error.message.replace(/\.$/, ''));
		}
	}
	const isBlank = (row: string[]) => row.every((value) => value.trim() === '');
	const headerIndex = parsed.data.findIndex((row) => !isBlank(row));
	const format = delimiter === '\t' ? 'tsv' : 'csv';
	if (headerIndex < 0) return { file: name, format, columns: [], rows: [], problems };
	const columns = headerNames(parsed.data[headerIndex].map(textCell));
	if (broken.has(headerIndex)) problems.push({ file: name, row: t.row(headerIndex + 1), message: broken.get(headerIndex)! });
	const rows: ImportRow[] = [];
	parsed.data.forEach((row, index) => {
		if (index <= headerIndex || isBlank(row)) return;
		const where = t.row(index + 1);
		const message = broken.get(index);
		if (message) {
			problems.push({ file: name, row: where, message });
			return;
		}
		const used = row.length - [...row].reverse().findIndex((value) => value.trim() !== '');
		if (used > columns.length) {
			problems.push({ file: name, row: where, message: t.tooManyValues(used, columns.length) });
			return;
		}
		rows.push({ where, values: Object.fromEntries(columns.map((column, i) => [column, textCell(row[i] ?? '')])) });
	});
	return { file: name, format, columns, rows, problems };
}

/** A workbook cell as a `Cell`: dates as ISO text (a day alone when it has no time), text trimmed, empty as null. */
function workbookCell(value: unknown): Cell {
	if (value instanceof Date) {
		const iso = value.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
	}
	if (typeof value === 'string') return textCell(value);
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'boolean') return value;
	return null;
}

/**
 * The first sheet with anything in it, its first non-empty row the header; rows keep the numbers the spreadsheet shows.
 * Read with read-excel-file rather than SheetJS: SheetJS 0.18, the last version on npm, has a known prototype-pollution
 * flaw, and the fixed versions are published only outside npm. read-excel-file's `universal` entry takes an ArrayBuffer
 * and needs no DOM, so it runs in a Web Worker and in Node alike.
 */
async function readXlsx(name: string, bytes: Uint8Array): Promise<ImportTable> {
	let sheets: { sheet: string; data: unknown[][] }[];
	try {
		sheets = await readXlsxFile(new Uint8Array(bytes).buffer);
	} catch (error) {
		throw new Unreadable(importFileText().notWorkbook(name, sentence(errorMessage(error))));
	}
	const isBlank = (row: unknown[]) => row.every((value) => workbookCell(value) === null);
	const sheet = sheets.find((candidate) => candidate.data.some((row) => !isBlank(row)));
	const problems: Problem[] = [];
	const t = importFileText();
	if (!sheet) return { file: name, format: 'xlsx', columns: [], rows: [], problems };
	const others = sheets.filter((other) => other !== sheet).map((other) => `"${other.sheet}"`);
	if (others.length) problems.push({ file: name, message: t.otherSheets(sheet.sheet, others.join(', ')) });
	const headerIndex = sheet.data.findIndex((row) => !isBlank(row));
	const width = sheet.data.reduce((widest, row) => Math.max(widest, row.length), 0);
	const header = sheet.data[headerIndex].map(workbookCell);
	const columns = headerNames(Array.from({ length: width }, (_, i) => header[i] ?? null));
	const rows: ImportRow[] = [];
	sheet.data.forEach((row, index) => {
		if (index <= headerIndex || isBlank(row)) return;
		rows.push({ where: t.row(index + 1), values: Object.fromEntries(columns.map((column, i) => [column, workbookCell(row[i])])) });
	});
	return { file: name, format: 'xlsx', columns, rows, problems };
}

// ——— GeoJSON and scenario packages ———

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isGeometry(value: unknown): value is RawGeometry {
	return isObject(value) && typeof value.type === 'string';
}

/** A property value as a `Cell`: nested objects and arrays become JSON text, so nothing is lost and nothing is run. */
function jsonCell(value: unknown): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	return JSON.stringify(value);
}

/** Column names in order of first appearance across rows. */
function columnsOf(rows: [string, Cell][][]): string[] {
	const columns = new Set<string>();
	for (const entries of rows) for (const [key] of entries) columns.add(key);
	return [...columns];
}

/**
 * A parsed JSON value: the app's own scenario package, or GeoJSON (a FeatureCollection, one Feature, or a
 * bare geometry).
 */
function readJson(name: string, value: unknown): ReadResult {
	const t = importFileText();
	if (isObject(value) && value.format === PACKAGE_FORMAT) {
		if (value.version !== 1) throw new Unreadable(t.packageVersion(name, JSON.stringify(value.version)));
		if (!isObject(value.index)) throw new Unreadable(t.packageWithoutIndex(name));
		if (!isObject(value.files)) throw new Unreadable(t.packageWithoutFiles(name));
		return { kind: 'package', package: { format: PACKAGE_FORMAT, version: 1, index: value.index, files: value.files }, problems: [] };
	}
	let features: unknown[];
	if (isObject(value) && value.type === 'FeatureCollection') {
		if (!Array.isArray(value.features)) throw new Unreadable(t.noFeatureList(name));
		features = value.features;
	} else if (isObject(value) && value.type === 'Feature') features = [value];
	else if (isObject(value) && typeof value.type === 'string' && GEOMETRY_TYPES.has(value.type)) features = [{ type: 'Feature', properties: {}, geometry: value }];
	else throw new Unreadable(t.otherJson(name));
	const title = isObject(value) && typeof value.name === 'string' && value.name.trim() ? value.name.trim() : undefined;
	return { kind: 'table', table: readGeoJson(name, features, title) };
}

/** One row per feature, its properties as values (and its `id`, when the properties have none). */
function readGeoJson(name: string, features: unknown[], title: string | undefined): ImportTable {
	const problems: Problem[] = [];
	const read: { where: string; entries: [string, Cell][]; geometry: RawGeometry | null }[] = [];
	const t = importFileText();
	features.forEach((feature, i) => {
		const where = t.feature(i + 1);
		if (!isObject(feature)) {
			problems.push({ file: name, row: where, message: t.featureNotObject });
			return;
		}
		const { properties } = feature;
		if (properties !== null && properties !== undefined && !isObject(properties)) {
			problems.push({ file: name, row: where, message: t.propertiesNotObject });
		}
		const entries: [string, Cell][] = Object.entries(isObject(properties) ? properties : {}).map(([key, value]) => [key, jsonCell(value)]);
		if ((typeof feature.id === 'string' || typeof feature.id === 'number') && !entries.some(([key]) => key === 'id')) entries.unshift(['id', feature.id]);
		let geometry: RawGeometry | null = null;
		if (isGeometry(feature.geometry)) geometry = feature.geometry;
		else if (feature.geometry !== null && feature.geometry !== undefined) {
			problems.push({ file: name, row: where, field: 'geometry', message: t.notGeometry });
		}
		read.push({ where, entries, geometry });
	});
	const rows = read.map(({ where, entries, geometry }) => ({ where, values: Object.fromEntries(entries), geometry }));
	return { file: name, format: 'geojson', ...(title ? { title } : {}), columns: columnsOf(read.map(({ entries }) => entries)), rows, problems };
}

/**
 * JSON.parse's message with a line number instead of a character position. V8 either names the position, or
 * quotes the text from 10 characters before the bad token ("...") or from the start, which is found again here.
 * Other engines' messages are kept as they are (Firefox's already give the line).
 */
function jsonErrorMessage(text: string, error: unknown): string {
	const message = errorMessage(error);
	const lineAt = (position: number) => text.slice(0, position).split('\n').length;
	if (/\bline \d+/.test(message)) return message.replace(/\.$/, '');
	const position = /^(.*?)\s+in JSON at position (\d+)/.exec(message);
	if (position) return importFileText().atLine(position[1], lineAt(Number(position[2])));
	const context = /^(Unexpected token '([\s\S])'), (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
	if (context) {
		const [, unexpected, token, cut, quoted] = context;
		const start = text.indexOf(quoted);
		const at = start < 0 ? -1 : cut ? start + 10 : text.indexOf(token, start);
		return at < 0 ? unexpected : importFileText().atLine(unexpected, lineAt(at));
	}
	return message.replace(/\.$/, '');
}

// ——— KML and GPX ———

/**
 * An XML document. Only a fatal error stops xmldom (and throws); lesser ones, such as an unknown entity, leave
 * what was read, as a browser would. None is printed: a worker's console is no place for a user's file.
 */
function parseXml(name: string, text: string): XmlDocument {
	try {
		return new DOMParser({ onError: () => {} }).parseFromString(text, 'text/xml');
	} catch (error) {
		throw new Unreadable(importFileText().notWellFormed(name, sentence(errorMessage(error))));
	}
}

/** The first child element of `parent` with this local name. */
function childElement(parent: XmlElement | null | undefined, localName: string): XmlElement | null {
	if (!parent) return null;
	for (let node = parent.firstChild; node; node = node.nextSibling) {
		if (node.nodeType === 1 && (node as XmlElement).localName === localName) return node as XmlElement;
	}
	return null;
}

function elementText(element: XmlElement | null): string | undefined {
	const text = element?.textContent?.replace(/\s+/g, ' ').trim();
	return text || undefined;
}

/** "placemark 3 (“Ford”)", the name shortened so a label stays a label. */
function whereLabel(kind: MarkupKind, n: number, name: Cell | undefined): string {
	const t = importFileText();
	if (typeof name !== 'string' || !name.trim()) return t.markupRow(t.markup[kind], n, null);
	const flat = name.replace(/\s+/g, ' ').trim();
	return t.markupRow(t.markup[kind], n, flat.length > WHERE_NAME_LENGTH ? `${flat.slice(0, WHERE_NAME_LENGTH - 1)}…` : flat);
}

/** What a row of a KML or GPX file is. */
type MarkupKind = keyof ReturnType<typeof importFileText>['markup'];

/** A KML or GPX property as a `Cell`: text trimmed, empty as null, anything nested as JSON text. */
function markupCell(value: unknown): Cell {
	return typeof value === 'string' ? textCell(value) : jsonCell(value);
}

/**
 * togeojson's properties as flat values: style dropped, a time span split into `begin` and `end`, an
 * HTML description as its text. A time stamp is a `begin` too, so that one column dates every
 * placemark of a file that mixes moments and spans.
 */
function flatProperties(properties: Record<string, unknown> | null): [string, Cell][] {
	const entries: [string, Cell][] = [];
	for (const [key, value] of Object.entries(properties ?? {})) {
		if (key === 'coordinateProperties' || STYLE_PROPERTIES.has(key) || STYLE_PREFIX.test(key)) continue;
		if (key === 'timespan' && isObject(value)) entries.push(['begin', markupCell(value.begin)], ['end', markupCell(value.end)]);
		else if (key === 'timestamp') entries.push(['begin', markupCell(value)]);
		else if (key === 'description' && isObject(value)) entries.push([key, markupCell(value.value)]);
		else entries.push([key, markupCell(value)]);
	}
	return entries;
}

/**
 * The times togeojson gives a timed line, kept only when there is one per position in the same nesting:
 * togeojson leaves out a missing time rather than marking it, which would shift every later time.
 * A KML gx:MultiTrack comes as a collection of lines, made a MultiLineString here to match its nested times.
 */
function lineTimes(properties: Record<string, unknown> | null, geometry: RawGeometry | null): { times?: ImportRow['times']; geometry: RawGeometry | null; mismatch: boolean } {
	const coordinateProperties = properties?.coordinateProperties;
	const times = isObject(coordinateProperties) ? coordinateProperties.times : undefined;
	if (!Array.isArray(times) || !geometry) return { geometry, mismatch: false };
	const clean = (list: unknown[]) => list.map((time) => (typeof time === 'string' && time.trim() ? time.trim() : null));
	const lengthOf = (coordinates: unknown) => (Array.isArray(coordinates) ? coordinates.length : -1);
	if (geometry.type === 'LineString' && times.length === lengthOf(geometry.coordinates) && !times.some(Array.isArray)) return { times: clean(times), geometry, mismatch: false };
	const parts = geometry.type === 'GeometryCollection' && Array.isArray(geometry.geometries) ? (geometry.geometries as unknown[]) : null;
	const lines =
		geometry.type === 'MultiLineString' && Array.isArray(geometry.coordinates)
			? (geometry.coordinates as unknown[])
			: parts?.every((part) => isGeometry(part) && part.type === 'LineString')
				? (parts as RawGeometry[]).map((part) => part.coordinates)
				: null;
	if (lines && times.length === lines.length && times.every((list, i) => Array.isArray(list) && list.length === lengthOf(lines[i]))) {
		return { times: (times as unknown[][]).map(clean), geometry: { type: 'MultiLineString', coordinates: lines }, mismatch: false };
	}
	return { geometry, mismatch: true };
}

/**
 * One row per placemark, in document order, with the name of the folder it is in (the innermost named one)
 * when the file has folders. Ground overlays and network links are pictures and links, not places: left out, and said so.
 */
function readKml(name: string, format: 'kml' | 'kmz', doc: XmlDocument): ImportTable {
	const problems: Problem[] = [];
	const placemarks: { feature: F; folder: string | null }[] = [];
	let skipped = 0;
	const walk = (children: (Folder | F)[], folder: string | null) => {
		for (const child of children) {
			if (child.type === 'folder') {
				const folderName = typeof child.meta.name === 'string' ? child.meta.name.replace(/\s+/g, ' ').trim() : '';
				walk(child.children, folderName || folder);
			} else if (child.properties && '@geometry-type' in child.properties) skipped++;
			else placemarks.push({ feature: child, folder });
		}
	};
	walk(kmlWithFolders(doc).children, null);
	const hasFolders = placemarks.some(({ folder }) => folder !== null);
	const read = placemarks.map(({ feature, folder }, i) => {
		const entries = flatProperties(feature.properties);
		if (hasFolders) entries.push(['folder', folder]);
		const where = whereLabel('placemark', i + 1, entries.find(([key]) => key === 'name')?.[1]);
		const { times, geometry, mismatch } = lineTimes(feature.properties, feature.geometry as RawGeometry | null);
		if (mismatch) problems.push({ file: name, row: where, message: importFileText().timesMismatch });
		return { entries, row: { where, values: Object.fromEntries(entries), geometry, ...(times ? { times } : {}) } };
	});
	if (skipped) problems.push({ file: name, message: importFileText().overlaysLeftOut(skipped) });
	const title = elementText(childElement(childElement(doc.documentElement, 'Document'), 'name'));
	return { file: name, format, ...(title ? { title } : {}), columns: columnsOf(read.map(({ entries }) => entries)), rows: read.map(({ row }) => row), problems };
}

/** Tracks, routes and waypoints, each numbered in its own kind ("track 2", "waypoint 1 (“Harbour”)"). */
function readGpx(name: string, doc: XmlDocument): ImportTable {
	const problems: Problem[] = [];
	const counts = new Map<string, number>();
	const read = gpx(doc).features.map((feature) => {
		const properties = feature.properties as Record<string, unknown> | null;
		const kind: MarkupKind = properties?._gpxType === 'trk' ? 'track' : properties?._gpxType === 'rte' ? 'route' : 'waypoint';
		counts.set(kind, (counts.get(kind) ?? 0) + 1);
		const entries = flatProperties(properties);
		const where = whereLabel(kind, counts.get(kind)!, entries.find(([key]) => key === 'name')?.[1]);
		const { times, geometry, mismatch } = lineTimes(properties, feature.geometry as RawGeometry | null);
		if (mismatch) problems.push({ file: name, row: where, message: importFileText().timesMismatch });
		return { entries, row: { where, values: Object.fromEntries(entries), geometry, ...(times ? { times } : {}) } };
	});
	const root = doc.documentElement;
	const title = elementText(childElement(childElement(root, 'metadata'), 'name')) ?? elementText(childElement(root, 'name'));
	return { file: name, format: 'gpx', ...(title ? { title } : {}), columns: columnsOf(read.map(({ entries }) => entries)), rows: read.map(({ row }) => row), problems };
}
