/**
 * Edits of a scenario package, as a person authors it on the map. Each returns a new package and
 * leaves its input alone, sharing every file and feature it did not change, so an undo history can
 * keep each state cheaply and a view can tell what changed by identity.
 */
import type { ScenarioPackage } from '$lib/data/package';
import { INDEX_FILE } from '$lib/data/package';
import type { Bounds } from '$lib/data/schema';
import { asRecord, isRecord, validateIndex, validateLayer, type LayerContext } from '$lib/data/validate';
import type { Problem } from '$lib/data/problem';
import { editsText } from '$lib/i18n/edits';
import { formatDay, parseDay, type Day } from '$lib/timeline/day';

/** A position on the map: [longitude, latitude] in degrees. */
export type Position = [number, number];

/** What `tryEdit` returns: the edited package with no problems, or the package as it was with the problems that refused the edit. */
export interface EditResult {
	pack: ScenarioPackage;
	problems: Problem[];
}

/** The layer file an item is added to when the index names none. */
export const NEW_LAYER_FILE = 'items.geojson';

/** How far beyond a position the extent is grown to take it in, in degrees, so it does not sit on the edge. */
const EXTENT_MARGIN = 1;

/** A feature, untyped as the package holds it, with where it is: its layer file and its position there. */
interface Placed {
	file: string;
	position: number;
	feature: Record<string, unknown>;
}

/**
 * Adds a point item at `at` on `day` to the index's first layer (or to a new `items.geojson` when it
 * names none), with the first free id `item-1`, `item-2`, …, and grows the scenario's extent and
 * dates to take it in, so the new item is valid until the author changes it.
 */
export function addPoint(pack: ScenarioPackage, { at, day, category }: { at: Position; day: Day; category?: string }): { pack: ScenarioPackage; id: string } {
	return addItem(pack, { type: 'Point', coordinates: at }, [at], [day], category);
}

/** Adds an area drawn corner by corner (at least three; the ring is closed here), as `addPoint` adds a point. */
export function addArea(pack: ScenarioPackage, { corners, day, category }: { corners: Position[]; day: Day; category?: string }): { pack: ScenarioPackage; id: string } {
	if (corners.length < 3) throw new Error('an area needs at least three corners');
	return addItem(pack, { type: 'Polygon', coordinates: [[...corners, corners[0]]] }, corners, [day], category);
}

/** A position reported for a day, as a track is drawn: one per day. */
export interface DatedPosition {
	day: Day;
	at: Position;
}

/**
 * Adds an item that moves: a track through `positions` (at least two days; a later position for a
 * day already given replaces it), starting on the first day, added as `addPoint` adds a point.
 */
export function addTrack(pack: ScenarioPackage, { positions, category }: { positions: DatedPosition[]; category?: string }): { pack: ScenarioPackage; id: string } {
	const waypoints = byDay(positions.map(({ day, at }) => ({ date: formatDay(day), at })));
	if (waypoints.length < 2) throw new Error('a track needs positions on at least two days');
	const days = waypoints.map((w) => parseDay(w.date) as Day);
	return addItem(pack, { type: 'Point', coordinates: waypoints[0].at }, waypoints.map((w) => w.at), days, category, { track: waypoints });
}

function addItem(
	pack: ScenarioPackage,
	geometry: { type: string; coordinates: unknown },
	positions: Position[],
	days: Day[],
	category: string | undefined,
	extra: Record<string, unknown> = {}
): { pack: ScenarioPackage; id: string } {
	const index = asRecord(pack.index);
	const file = layerFiles(index)[0] ?? NEW_LAYER_FILE;
	const layers = Array.isArray(index.layers) ? index.layers : [];
	const withLayer = layers.includes(file) ? index : { ...index, layers: [...layers, file] };
	const existing = pack.files[file];
	if (existing !== undefined && !isCollection(existing)) throw new Error(`${file} is not a GeoJSON FeatureCollection, so no item can be added to it`);
	const collection = isCollection(existing) ? existing : { type: 'FeatureCollection', features: [] };
	const id = freeId(pack);
	const properties = { id, name: editsText().newItemName, category: category ?? firstCategory(index), start: formatDay(Math.min(...days)), precision: 'exact', sources: [], ...extra };
	const feature = { type: 'Feature', geometry, properties };
	const files = { ...pack.files, [file]: { ...collection, features: [...collection.features, feature] } };
	const grown = positions.reduce<unknown>((grownIndex, at) => grownToInclude(grownIndex, at, days), withLayer);
	return { pack: { ...pack, index: grown, files }, id };
}

/**
 * `after` without the Spanish of the texts that changed from `before` while their Spanish did not:
 * the old Spanish no longer says what the new text does, so a Spanish reader is shown the new text,
 * marked as untranslated.
 */
export function withoutStaleSpanish(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
	if (!isRecord(after.es)) return after;
	const old = isRecord(before.es) ? before.es : {};
	const kept = Object.fromEntries(Object.entries(after.es).filter(([field, spanish]) => after[field] === before[field] || spanish !== old[field]));
	const { es: _stale, ...rest } = after;
	return Object.keys(kept).length ? { ...rest, es: kept } : rest;
}

/**
 * Merges `patch` into an item's properties; a key patched to `undefined` is removed. A valid `start`
 * or `end` outside the scenario's dates grows them to take it in.
 */
export function updateItem(pack: ScenarioPackage, id: string, patch: Record<string, unknown>): ScenarioPackage {
	const place = locate(pack, id);
	const merged = { ...asRecord(place.feature.properties), ...patch };
	const properties = withoutStaleSpanish(asRecord(place.feature.properties), Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)));
	const days = [patch.start, patch.end].flatMap((text) => (typeof text === 'string' ? (parseDay(text) ?? []) : []));
	return replaced({ ...pack, index: grownToInclude(pack.index, null, days) }, place, { ...place.feature, properties });
}

/**
 * Moves a point item to `at`, growing the extent to take it in unless the item is symbolic (a
 * symbolic placement may lie anywhere, and would stretch the extent across the world). Items of
 * other shapes are left where they are.
 */
export function moveItem(pack: ScenarioPackage, id: string, at: Position): ScenarioPackage {
	const place = locate(pack, id);
	const geometry = asRecord(place.feature.geometry);
	if (geometry.type !== 'Point') return pack;
	const symbolic = asRecord(place.feature.properties).precision === 'symbolic';
	const index = symbolic ? pack.index : grownToInclude(pack.index, at, []);
	return replaced({ ...pack, index }, place, { ...place.feature, geometry: { ...geometry, coordinates: at } });
}

/**
 * Records where an item was on `day`, as dragging it on that day does: a tracked item's position for
 * that day is set (added in date order, or the one for that day moved, keeping its place, radius and
 * source); a point that did not move yet becomes a track from where it was on its first day to `at`
 * on `day` (on its first day it is simply moved). Other shapes are left as they are.
 */
export function recordPosition(pack: ScenarioPackage, id: string, day: Day, at: Position): ScenarioPackage {
	const place = locate(pack, id);
	const properties = asRecord(place.feature.properties);
	const geometry = asRecord(place.feature.geometry);
	const date = formatDay(day);
	const track = trackOf(properties);
	if (track.length === 0) {
		if (geometry.type !== 'Point' || properties.start === date) return moveItem(pack, id, at);
		return setTrack(pack, id, [{ date: properties.start, at: geometry.coordinates }, { date, at }]);
	}
	const same = track.findIndex((w) => w.date === date);
	const moved = same < 0 ? [...track, { date, at }] : track.map((w, i) => (i === same ? { ...w, at } : w));
	return setTrack(pack, id, moved);
}

/**
 * Gives an item the dated positions `waypoints` (sorted here by date; two for one day are left for
 * validation to refuse, not merged), its shape following the first; with fewer than two left it
 * stops moving and stands at the one that is left. The extent and dates grow to take them in.
 */
export function setTrack(pack: ScenarioPackage, id: string, waypoints: readonly Record<string, unknown>[]): ScenarioPackage {
	const place = locate(pack, id);
	const sorted = [...waypoints].sort(byDate);
	const first = sorted[0];
	if (!first) throw new Error(`a track needs at least one position; remove item "${id}" instead`);
	const properties = { ...asRecord(place.feature.properties), track: sorted.length > 1 ? sorted : undefined };
	if (properties.track === undefined) delete properties.track;
	const days = sorted.flatMap((w) => (typeof w.date === 'string' ? (parseDay(w.date) ?? []) : []));
	const positions = sorted.flatMap((w) => (isPosition(w.at) ? [w.at] : []));
	const index = positions.reduce<unknown>((grownIndex, at) => grownToInclude(grownIndex, at, days), pack.index);
	return replaced({ ...pack, index }, place, { ...place.feature, geometry: { type: 'Point', coordinates: first.at }, properties });
}

/** An item's dated positions as the package holds them; none for an item that does not move. */
export function trackOf(properties: Record<string, unknown>): Record<string, unknown>[] {
	return Array.isArray(properties.track) ? properties.track.filter(isRecord) : [];
}

/** Positions in date order; of two for one day, the later given wins. */
function byDay<T extends Record<string, unknown>>(waypoints: readonly T[]): T[] {
	const last = new Map(waypoints.map((w) => [w.date, w]));
	return [...last.values()].sort(byDate);
}

/** Text order is date order for ISO days. */
const byDate = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.date).localeCompare(String(b.date));

function isPosition(value: unknown): value is Position {
	return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Removes an item from its layer. */
export function removeItem(pack: ScenarioPackage, id: string): ScenarioPackage {
	return replaced(pack, locate(pack, id), null);
}

/**
 * Everything the app's validation reports about one item, repairs included, checked against the
 * package's index and the ids of every other item (a repeated id is reported on this item). A
 * broken index leaves every item out, so its problems are returned instead.
 */
export function itemProblems(pack: ScenarioPackage, id: string): Problem[] {
	return checked(pack, locate(pack, id)).problems;
}

/**
 * Applies `edit` and keeps it only if validation still keeps the item; otherwise returns the package
 * as it was with the problems, so the item stays as it last was valid until the author fixes it.
 * The item is followed by its place in its layer, so an edit may change its id but must not remove
 * or reorder it (use `removeItem` on its own). A repair such as a shortened name does not refuse it.
 */
export function tryEdit(pack: ScenarioPackage, id: string, edit: (pack: ScenarioPackage) => ScenarioPackage): EditResult {
	const before = locate(pack, id);
	const edited = edit(pack);
	const feature = featuresOf(edited.files[before.file])[before.position];
	if (!isRecord(feature)) throw new Error(`the edit removed item "${id}"; tryEdit checks edits that keep an item in its place`);
	const { kept, problems } = checked(edited, { ...before, feature });
	return kept ? { pack: edited, problems: [] } : { pack, problems };
}

/** Validates one item as loading the package would, and says whether it would be kept (perhaps repaired) or left out. */
function checked(pack: ScenarioPackage, place: Placed): { kept: boolean; problems: Problem[] } {
	const { index, problems } = validateIndex(INDEX_FILE, pack.index);
	if (!index) return { kept: false, problems };
	const context: LayerContext = {
		categories: new Set(index.categories.map((c) => c.id)),
		start: parseDay(index.start) as Day,
		end: parseDay(index.end) as Day,
		extent: index.extent ?? index.region,
		seenIds: otherIds(pack, place),
		sourced: false
	};
	// A sparse list holding the item alone at its own position, so messages name it as loading would ("#3", "this copy (#3)").
	const features: unknown[] = [];
	features[place.position] = place.feature;
	const layer = validateLayer(place.file, { type: 'FeatureCollection', features }, context);
	return { kept: layer.features.length > 0, problems: layer.problems };
}

/** Where each id of an item other than `place` is first used, as validation records the ids it has seen. */
function otherIds(pack: ScenarioPackage, place: Placed): LayerContext['seenIds'] {
	const seen: LayerContext['seenIds'] = new Map();
	for (const { file, position, feature } of placedFeatures(pack)) {
		const id = asRecord(feature.properties).id;
		if (typeof id === 'string' && !seen.has(id) && !(file === place.file && position === place.position)) seen.set(id, { file, position });
	}
	return seen;
}

/** Finds an item by id in the index's layers; an unknown id is a programming error. */
function locate(pack: ScenarioPackage, id: string): Placed {
	for (const placed of placedFeatures(pack)) if (asRecord(placed.feature.properties).id === id) return placed;
	throw new Error(`no item "${id}" in this scenario`);
}

/** Every feature of every layer the index names, in loading order, with where it is. */
function* placedFeatures(pack: ScenarioPackage): Generator<Placed> {
	for (const file of layerFiles(asRecord(pack.index))) {
		const features = featuresOf(pack.files[file]);
		for (let position = 0; position < features.length; position++) {
			const feature = features[position];
			if (isRecord(feature)) yield { file, position, feature };
		}
	}
}

/** The first id `item-1`, `item-2`, … that no item of any layer uses. */
function freeId(pack: ScenarioPackage): string {
	const used = new Set([...placedFeatures(pack)].map(({ feature }) => asRecord(feature.properties).id));
	let n = 1;
	while (used.has(`item-${n}`)) n++;
	return `item-${n}`;
}

/** The package with the feature at `place` replaced by `feature`, or removed when it is null; only that layer is copied. */
function replaced(pack: ScenarioPackage, place: Placed, feature: Record<string, unknown> | null): ScenarioPackage {
	const collection = pack.files[place.file] as { features: unknown[] };
	const features = collection.features.slice(0, place.position).concat(feature ? [feature] : [], collection.features.slice(place.position + 1));
	return { ...pack, files: { ...pack.files, [place.file]: { ...collection, features } } };
}

/**
 * The index grown to take in `at` (its extent, with a margin) and `days` (its dates), or the same
 * index when they already lie inside it. An index validation rejects is returned as it is: the
 * package does not load until it is fixed, and its own problems say why.
 */
function grownToInclude(raw: unknown, at: Position | null, days: Day[]): unknown {
	const { index } = validateIndex(INDEX_FILE, raw);
	if (!index) return raw;
	const changes: Record<string, unknown> = {};
	const extent = index.extent ?? index.region;
	if (at && !contains(extent, at)) changes.extent = union(extent, at);
	const [start, end] = [parseDay(index.start) as Day, parseDay(index.end) as Day];
	if (days.length && Math.min(...days) < start) changes.start = formatDay(Math.min(...days));
	if (days.length && Math.max(...days) > end) changes.end = formatDay(Math.max(...days));
	return Object.keys(changes).length ? { ...asRecord(raw), ...changes } : raw;
}

function contains([west, south, east, north]: Bounds, [lon, lat]: Position): boolean {
	return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** `bounds` stretched to take in `at` and the margin around it, kept on the globe. */
function union([west, south, east, north]: Bounds, [lon, lat]: Position): Bounds {
	return [
		Math.max(-180, Math.min(west, lon - EXTENT_MARGIN)),
		Math.max(-90, Math.min(south, lat - EXTENT_MARGIN)),
		Math.min(180, Math.max(east, lon + EXTENT_MARGIN)),
		Math.min(90, Math.max(north, lat + EXTENT_MARGIN))
	];
}

/** The layer files an index names, leaving out anything that is not a path (validation reports it). */
function layerFiles(index: Record<string, unknown>): string[] {
	return Array.isArray(index.layers) ? index.layers.filter((file): file is string => typeof file === 'string') : [];
}

/** The id of the index's first category, the one a new item is put in unless told otherwise. */
function firstCategory(index: Record<string, unknown>): string | undefined {
	const first: unknown = Array.isArray(index.categories) ? index.categories[0] : undefined;
	return isRecord(first) && typeof first.id === 'string' ? first.id : undefined;
}

/** A layer file's features, or none when it is missing or not a FeatureCollection. */
function featuresOf(layer: unknown): unknown[] {
	return isCollection(layer) ? layer.features : [];
}

function isCollection(value: unknown): value is { type: 'FeatureCollection'; features: unknown[] } {
	return isRecord(value) && value.type === 'FeatureCollection' && Array.isArray(value.features);
}
