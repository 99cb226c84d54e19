/**
 * Edits of a scenario package beyond its items: its phases, its categories, its title, and a blank
 * package to start from. Like the item edits, each returns a new package and leaves its input alone,
 * sharing every file it did not change, so an undo history keeps each state cheaply.
 */
import { PACKAGE_FORMAT, type ScenarioPackage } from '$lib/data/package';
import { INDEX_FILE } from '$lib/data/package';
import type { Bounds } from '$lib/data/schema';
import { asRecord, isRecord, validateIndex, validatePhases } from '$lib/data/validate';
import type { Problem } from '$lib/data/problem';
import { NEW_LAYER_FILE, withoutStaleSpanish, type EditResult } from '$lib/edit/package-edits';
import { editsText } from '$lib/i18n/edits';
import { formatDay, parseDay, type Day } from '$lib/timeline/day';

/** The phases file made when the index names none: the name the app's own geodata/ folder uses. */
export const NEW_PHASES_FILE = 'phases.json';

/**
 * Colours a new category takes, in turn: the Tableau 10 palette, ten hues that stay distinct from
 * each other and readable on the map's light and dark basemaps.
 */
export const CATEGORY_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'] as const;

/** The id a category takes when its label has no letter or digit to make one from. */
const FALLBACK_CATEGORY_ID = 'category';

/** Longest id made from a label: enough to tell categories apart, short enough for links. */
const CATEGORY_ID_LIMIT = 40;

/** The phases file a package uses (the one its index names, else the one an edit would make) and its phases, untyped as the package holds them. */
interface PhaseFile {
	file: string;
	phases: unknown[];
}

/** A phase as the package holds it, with its place in the list and its days when they are real dates. */
interface PlacedPhase {
	position: number;
	phase: Record<string, unknown>;
	start: Day | null;
	end: Day | null;
}

/**
 * Cuts the story into phases at `day`, the day shown. With no phases yet, makes "Phase 1" up to the
 * day before and "Phase 2" from the day to the scenario's end (only one phase, the whole range, when
 * `day` is the first day). Otherwise the phase holding `day` ends the day before and a new phase
 * runs from `day` to its old end. Returns the id of the phase that starts at `day`. Throws where
 * `canSplitAt` is false, as the button that calls it is then disabled.
 */
export function splitPhase(pack: ScenarioPackage, day: Day): { pack: ScenarioPackage; id: string } {
	const { file, phases } = phaseFile(pack);
	const ids = phaseIds(phases);
	if (!phases.length) {
		const [start, end] = scenarioDays(pack);
		if (day < start || day > end) throw new Error(`${formatDay(day)} is outside the scenario's dates (${formatDay(start)} to ${formatDay(end)}), so no phase can start there`);
		const first = newPhase(freePhaseId(ids), 1, start, day === start ? end : day - 1);
		if (day === start) return { pack: withPhases(pack, file, [first]), id: first.id };
		const second = newPhase(freePhaseId([...ids, first.id]), 2, day, end);
		return { pack: withPhases(pack, file, [first, second]), id: second.id };
	}
	const holder = placedPhases(phases).find((placed) => placed.start !== null && placed.end !== null && placed.start <= day && day <= placed.end);
	if (!holder || holder.start === day) {
		throw new Error(`no phase can be split at ${formatDay(day)}: ${holder ? `phase "${String(holder.phase.name)}" already starts that day` : 'no phase covers that day'}`);
	}
	const names = new Set(phases.map((phase) => (isRecord(phase) ? phase.name : undefined)));
	let place = holder.position + 2;
	// Numbered by its place, or the next number no phase is called by, so no two phases share a name.
	while (names.has(editsText().newPhaseName(place))) place++;
	const added = newPhase(freePhaseId(ids), place, day, holder.end as Day);
	const cut = { ...holder.phase, end: formatDay(day - 1) };
	return { pack: withPhases(pack, file, [...phases.slice(0, holder.position), cut, added, ...phases.slice(holder.position + 1)]), id: added.id };
}

/** Whether `splitPhase` can cut at `day`: inside the scenario's dates with no phases yet, else inside a phase after its first day. */
export function canSplitAt(pack: ScenarioPackage, day: Day): boolean {
	const { phases } = phaseFile(pack);
	if (!phases.length) {
		const days = scenarioDaysOrNull(pack);
		return days !== null && days[0] <= day && day <= days[1];
	}
	return placedPhases(phases).some((placed) => placed.start !== null && placed.end !== null && placed.start < day && day <= placed.end);
}

/**
 * Merges `patch` into a phase; a key patched to `undefined` is removed. A moved boundary keeps an
 * adjacent neighbour adjacent (a new end moves the next phase's start that began the day after the
 * old end; a new start moves the previous phase's end that was the day before), so shortening a
 * phase never opens a gap the author did not ask for. Nothing is reordered.
 */
export function updatePhase(pack: ScenarioPackage, id: string, patch: Record<string, unknown>): ScenarioPackage {
	const { file, phases } = phaseFile(pack);
	const placed = locatePhase(phases, id);
	const merged = withoutStaleSpanish(asRecord(placed.phase), Object.fromEntries(Object.entries({ ...placed.phase, ...patch }).filter(([, value]) => value !== undefined)));
	const edited = [...phases];
	edited[placed.position] = merged;
	const [newStart, newEnd] = [dayOf(merged.start), dayOf(merged.end)];
	const next = phases[placed.position + 1];
	if (placed.end !== null && newEnd !== null && newEnd !== placed.end && isRecord(next) && dayOf(next.start) === placed.end + 1) {
		edited[placed.position + 1] = { ...next, start: formatDay(newEnd + 1) };
	}
	const previous = phases[placed.position - 1];
	if (placed.start !== null && newStart !== null && newStart !== placed.start && isRecord(previous) && dayOf(previous.end) === placed.start - 1) {
		edited[placed.position - 1] = { ...previous, end: formatDay(newStart - 1) };
	}
	return withPhases(pack, file, edited);
}

/**
 * Removes a phase. An adjacent previous phase, else an adjacent next one, takes over its days, so
 * removing a cut joins the two sides again. Removing the last phase removes the phases file and the
 * index's `phases`, as a scenario without phases has neither.
 */
export function removePhase(pack: ScenarioPackage, id: string): ScenarioPackage {
	const { file, phases } = phaseFile(pack);
	const placed = locatePhase(phases, id);
	const rest = phases.filter((_, position) => position !== placed.position);
	if (!rest.length) {
		const { [file]: _removed, ...files } = pack.files;
		const { phases: _named, ...index } = asRecord(pack.index);
		return { ...pack, index, files };
	}
	const [previous, next] = [phases[placed.position - 1], phases[placed.position + 1]];
	if (placed.end !== null && placed.start !== null && isRecord(previous) && dayOf(previous.end) === placed.start - 1) {
		rest[placed.position - 1] = { ...previous, end: placed.phase.end };
	} else if (placed.start !== null && placed.end !== null && isRecord(next) && dayOf(next.start) === placed.end + 1) {
		rest[placed.position] = { ...next, start: placed.phase.start };
	}
	return withPhases(pack, file, rest);
}

/**
 * Applies `edit` and keeps it only if validation (as for a user's scenario: no summary or source
 * needed) still keeps the phase and every phase it kept before; otherwise returns the package as it
 * was with the problems, so the phases stay as they last were valid. The phase is followed by its
 * place in the list, so an edit may change its id but must not remove or reorder it (use
 * `removePhase` on its own). A neighbour's boundary moved past its other end is refused too, as
 * validation finds that neighbour's end before its start.
 */
export function tryPhaseEdit(pack: ScenarioPackage, id: string, edit: (pack: ScenarioPackage) => ScenarioPackage): EditResult {
	const before = phaseFile(pack);
	const { position } = locatePhase(before.phases, id);
	const keptBefore = validPhaseIds(pack).ids;
	const edited = edit(pack);
	const after = phaseFile(edited);
	const followed = after.phases[position];
	if (!isRecord(followed)) throw new Error(`the edit removed phase "${id}"; tryPhaseEdit checks edits that keep a phase in its place`);
	const { ids, problems } = validPhaseIds(edited);
	const followedKept = ids.has(followed.id) && after.phases.findIndex((phase) => isRecord(phase) && phase.id === followed.id) === position;
	const othersKept = [...keptBefore].every((other) => other === id || ids.has(other));
	return followedKept && othersKept ? { pack: edited, problems: [] } : { pack, problems };
}

/**
 * Adds a category labelled `label`, with an id made from the label (unique, with `-2`, `-3`, … when
 * taken) and the first palette colour no category uses yet, so categories stay apart on the map;
 * once all ten are used the palette starts again.
 */
export function addCategory(pack: ScenarioPackage, label: string): { pack: ScenarioPackage; id: string } {
	const index = asRecord(pack.index);
	const categories = Array.isArray(index.categories) ? index.categories : [];
	const ids = new Set(categories.map((category) => asRecord(category).id));
	const base = slug(label);
	let id = base;
	for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
	const used = new Set(categories.map((category) => String(asRecord(category).color).toLowerCase()));
	const color = CATEGORY_PALETTE.find((candidate) => !used.has(candidate)) ?? CATEGORY_PALETTE[categories.length % CATEGORY_PALETTE.length];
	return { pack: { ...pack, index: { ...index, categories: [...categories, { id, label, color }] } }, id };
}

/** Changes a category's label or colour; a key left undefined keeps its value. Its id stays, as items refer to it. */
export function updateCategory(pack: ScenarioPackage, id: string, patch: { label?: string; color?: string }): ScenarioPackage {
	const index = asRecord(pack.index);
	const categories = Array.isArray(index.categories) ? index.categories : [];
	const position = categories.findIndex((category) => asRecord(category).id === id);
	if (position < 0) throw new Error(`no category "${id}" in this scenario`);
	const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
	const edited = categories.map((category, i) => (i === position ? withoutStaleSpanish(asRecord(category), { ...asRecord(category), ...changes }) : category));
	return { ...pack, index: { ...index, categories: edited } };
}

/**
 * Applies `edit` and keeps it only if the edited index still validates (so the scenario still
 * opens); otherwise returns the package as it was with the problems. A repair such as a shortened
 * title does not refuse it.
 */
export function tryIndexEdit(pack: ScenarioPackage, edit: (pack: ScenarioPackage) => ScenarioPackage): EditResult {
	const edited = edit(pack);
	const { index, problems } = validateIndex(INDEX_FILE, edited.index);
	return index ? { pack: edited, problems: [] } : { pack, problems };
}

/** Renames the scenario; check it with `tryIndexEdit`, which refuses an empty title. */
export function setTitle(pack: ScenarioPackage, title: string): ScenarioPackage {
	return { ...pack, index: { ...asRecord(pack.index), title } };
}

/**
 * Fits the scenario's dates to what is in it: from the earliest start of an item or phase to the
 * latest start or end. Adding an item only ever grows the dates; this brings them back in. A
 * scenario with nothing dated is left as it is.
 */
export function fitDates(pack: ScenarioPackage): ScenarioPackage {
	const index = asRecord(pack.index);
	const files = [...(Array.isArray(index.layers) ? index.layers : []), ...(typeof index.phases === 'string' ? [index.phases] : [])];
	const dated = files.flatMap((file) => {
		const json = asRecord(pack.files[file]);
		const entries = Array.isArray(json.features) ? json.features.map((feature) => asRecord(asRecord(feature).properties)) : Array.isArray(json.phases) ? json.phases.map(asRecord) : [];
		return entries.flatMap((entry) => [entry.start, entry.end]);
	});
	const days = dated.flatMap((text) => (typeof text === 'string' && parseDay(text) !== null ? [parseDay(text) as Day] : []));
	if (!days.length) return pack;
	return { ...pack, index: { ...index, start: formatDay(Math.min(...days)), end: formatDay(Math.max(...days)) } };
}

/**
 * The package with its dates fitted to its one item while it has one item and no phases, else as it
 * is: a new scenario whose first item is dated 1989 should run in 1989, not from 1989 to the day it
 * was made. From the second item on, dates only grow (or are fitted by asking).
 */
export function fittedWhileAlone(pack: ScenarioPackage): ScenarioPackage {
	const index = asRecord(pack.index);
	if (index.phases !== undefined || !Array.isArray(index.layers)) return pack;
	const items = index.layers.reduce((count: number, file) => {
		const features = asRecord(pack.files[String(file)]).features;
		return count + (Array.isArray(features) ? features.length : 0);
	}, 0);
	return items === 1 ? fitDates(pack) : pack;
}

/**
 * A scenario with nothing in it yet, to author from scratch: one day long (items added later grow
 * it), framing `region`, with one category and an empty layer, the least that opens without problems.
 */
export function blankPackage({ title, region, day }: { title: string; region: Bounds; day: Day }): ScenarioPackage {
	return {
		format: PACKAGE_FORMAT,
		version: 1,
		index: { title, start: formatDay(day), end: formatDay(day), region, categories: [{ id: 'events', label: editsText().firstCategory, color: CATEGORY_PALETTE[0] }], layers: [NEW_LAYER_FILE] },
		files: { [NEW_LAYER_FILE]: { type: 'FeatureCollection', features: [] } }
	};
}

/** The ids of the phases validation keeps, checked against the index's dates, with its problems (the index's own when it is broken, and nothing is kept). */
function validPhaseIds(pack: ScenarioPackage): { ids: Set<unknown>; problems: Problem[] } {
	const { index, problems } = validateIndex(INDEX_FILE, pack.index);
	if (!index) return { ids: new Set(), problems };
	if (index.phases === undefined) return { ids: new Set(), problems: [] };
	const checked = validatePhases(index.phases, pack.files[index.phases], parseDay(index.start) as Day, parseDay(index.end) as Day, false);
	return { ids: new Set(checked.phases.map((phase) => phase.id)), problems: checked.problems };
}

/** The package's phases file and its phases; none when the index names no file, or the file holds no list. */
function phaseFile(pack: ScenarioPackage): PhaseFile {
	const named = asRecord(pack.index).phases;
	if (typeof named !== 'string') return { file: NEW_PHASES_FILE, phases: [] };
	const phases = asRecord(pack.files[named]).phases;
	return { file: named, phases: Array.isArray(phases) ? phases : [] };
}

/** The package with `phases` in `file`, which the index then names; other fields of the file are kept. */
function withPhases(pack: ScenarioPackage, file: string, phases: unknown[]): ScenarioPackage {
	const index = asRecord(pack.index);
	const named = index.phases === file;
	const contents = named ? asRecord(pack.files[file]) : {};
	return { ...pack, index: named ? pack.index : { ...index, phases: file }, files: { ...pack.files, [file]: { ...contents, phases } } };
}

/** Every phase that is an object, with its place and days. */
function placedPhases(phases: unknown[]): PlacedPhase[] {
	return phases.flatMap((phase, position) => (isRecord(phase) ? [{ position, phase, start: dayOf(phase.start), end: dayOf(phase.end) }] : []));
}

/** Finds a phase by id; an unknown id is a programming error. */
function locatePhase(phases: unknown[], id: string): PlacedPhase {
	const placed = placedPhases(phases).find(({ phase }) => phase.id === id);
	if (!placed) throw new Error(`no phase "${id}" in this scenario`);
	return placed;
}

/** A phase as a split makes it: named by its place, with no summary or sources yet (allowed in a user's scenario). */
function newPhase(id: string, place: number, start: Day, end: Day): { id: string; name: string; start: string; end: string } {
	return { id, name: editsText().newPhaseName(place), start: formatDay(start), end: formatDay(end) };
}

/** The ids the phases use. */
function phaseIds(phases: unknown[]): unknown[] {
	return phases.map((phase) => asRecord(phase).id);
}

/** The first id `phase-1`, `phase-2`, … not in `used`. */
function freePhaseId(used: unknown[]): string {
	let n = 1;
	while (used.includes(`phase-${n}`)) n++;
	return `phase-${n}`;
}

/** The scenario's first and last days; a scenario whose dates are broken cannot be cut into phases until they are fixed. */
function scenarioDays(pack: ScenarioPackage): [Day, Day] {
	const days = scenarioDaysOrNull(pack);
	if (!days) throw new Error('the scenario has no valid start and end dates, so it cannot be cut into phases');
	return days;
}

/** The scenario's first and last days, or null while either is not a real date (validation reports it). */
function scenarioDaysOrNull(pack: ScenarioPackage): [Day, Day] | null {
	const index = asRecord(pack.index);
	const [start, end] = [dayOf(index.start), dayOf(index.end)];
	return start !== null && end !== null ? [start, end] : null;
}

/** A field's value as a Day, or null when it is not a real `YYYY-MM-DD` date. */
function dayOf(value: unknown): Day | null {
	return typeof value === 'string' ? parseDay(value) : null;
}

/** An id from a label: lower-case letters and digits (accents dropped), other runs as one dash, at most 40 long. */
function slug(label: string): string {
	const text = label
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, CATEGORY_ID_LIMIT)
		.replace(/^-+|-+$/g, '');
	return text || FALLBACK_CATEGORY_ID;
}
