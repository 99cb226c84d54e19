import { distance } from '@turf/turf';
import type { ScenarioFeature } from '$lib/data/scenario';
import type { TrackPosition } from '$lib/timeline/track';
import { SYMBOL_SIZE } from './unit-symbols';

/**
 * Where a unit's symbol stands relative to its point, in pixels (scaled with the symbol's size), and
 * for a unit in a group's cluster where its designation starts, in ems of the designation's size,
 * and where its symbol stands when the map is zoomed out too far for the cards (`compact`).
 */
export interface Slot {
	offset: [number, number];
	textOffset?: [number, number];
	compact?: [number, number];
}

/**
 * Below this zoom a cluster's cards would cover more than the sea they stand for, so its symbols
 * close up into a block without designations. A whole zoom: the map lays symbols out for each
 * whole zoom of its tiles, so a finer threshold would not hold.
 */
export const CARDS_FROM_ZOOM = 4;
/** At most this many symbols side by side in a closed-up cluster. */
const COMPACT_COLUMNS = 4;

/** The designations' size at normal scale; on a projector it grows with the symbols. */
export const DESIGNATION_SIZE = 12;
/** A cluster cell: a symbol, a gap and room for a designation of about sixteen characters. */
const CELL_WIDTH = SYMBOL_SIZE + 5 + 115;
const ROW_HEIGHT = SYMBOL_SIZE + 6;
/** Side by side, then a row below, then above: the reading order of a small stack of cards. */
const SLOT_PATTERN: [number, number][] = [[0, 0], [1, 0], [-1, 0], [0, 1], [1, 1], [-1, 1], [0, -1], [1, -1], [-1, -1]];
const SLOT_STEP = SYMBOL_SIZE + 4;

/**
 * The slots of every unit. The units of a group (ships whose positions are not public) form a
 * compact grid of cards, symbol and designation, around their group's point, one column up to
 * three units and two beyond; other units that share a point (an airfield and its aircraft)
 * stand side by side. Earlier items take the first places and a tracked unit, in the cluster only
 * on some days, the last, so the layout never changes by day.
 */
export function unitSlots(features: readonly ScenarioFeature[]): Map<number, Slot> {
	const clusters = new Map<string, ScenarioFeature[]>();
	for (const f of features) {
		if (!f.properties.unit) continue;
		const key = f.properties.group !== undefined ? `group:${f.properties.group}` : f.anchor.map((c) => c.toFixed(4)).join(',');
		const members = clusters.get(key);
		if (members) members.push(f);
		else clusters.set(key, [f]);
	}
	const slots = new Map<number, Slot>();
	for (const [key, members] of clusters) {
		members.sort((a, b) => Number(a.track !== null) - Number(b.track !== null) || a.start - b.start || a.fid - b.fid);
		if (key.startsWith('group:')) {
			const { cells } = gridOf(members.length);
			members.forEach((f, i) => slots.set(f.fid, cells[i]));
		} else members.forEach((f, i) => slots.set(f.fid, { offset: SLOT_PATTERN[i % SLOT_PATTERN.length].map((step) => step * SLOT_STEP) as [number, number] }));
	}
	return slots;
}

/**
 * The cards of a cluster of `count` units, and how far its top edge is above the point and its
 * side edges beside it, in pixels, as cards and closed up.
 */
export function gridOf(count: number): { cells: Slot[]; top: number; side: number; compactTop: number; compactSide: number } {
	const columns = count > 3 ? 2 : 1;
	const rows = Math.ceil(count / columns);
	const cells = Array.from({ length: count }, (_, i) => {
		const [column, row] = [i % columns, Math.floor(i / columns)];
		const left = -(columns * CELL_WIDTH) / 2 + column * CELL_WIDTH;
		const y = (row - (rows - 1) / 2) * ROW_HEIGHT;
		const compact = compactCell(i, count);
		return { offset: [left + SYMBOL_SIZE / 2, y] as [number, number], textOffset: [(left + SYMBOL_SIZE + 5) / DESIGNATION_SIZE, y / DESIGNATION_SIZE] as [number, number], compact };
	});
	const compactColumns = Math.min(count, COMPACT_COLUMNS);
	return {
		cells,
		top: (rows * ROW_HEIGHT) / 2,
		side: (columns * CELL_WIDTH) / 2,
		compactTop: (Math.ceil(count / compactColumns) * ROW_HEIGHT) / 2,
		compactSide: (compactColumns * (SYMBOL_SIZE + 2)) / 2
	};
}

/** Where the `i`th of `count` symbols stands in a closed-up cluster: rows of symbols side by side. */
function compactCell(i: number, count: number): [number, number] {
	const columns = Math.min(count, COMPACT_COLUMNS);
	const rows = Math.ceil(count / columns);
	const [column, row] = [i % columns, Math.floor(i / columns)];
	return [(column - (columns - 1) / 2) * (SYMBOL_SIZE + 2), (row - (rows - 1) / 2) * ROW_HEIGHT];
}

/**
 * Whether a tracked unit of a group stands in the group's cluster on a day: when its position
 * then is known no better than the group's area and lies within it. On the days it was reported
 * more precisely, or elsewhere, it is drawn where it was.
 */
export function standsInCluster(position: TrackPosition, host: ScenarioFeature): boolean {
	const radius = host.properties.radiusKm ?? 0;
	return position.radiusKm >= radius && distance(position.at, host.anchor, { units: 'kilometers' }) <= radius;
}

/** Where a unit's mark stands: its point (or its group's), its slot there, and whether that is its group's cluster. */
export interface Mark {
	at: [number, number];
	offset: [number, number];
	/** The offset when zoomed out (below `CARDS_FROM_ZOOM`); the same as `offset` outside a cluster. */
	compact: [number, number];
	clustered: boolean;
}

/**
 * Where a feature's mark stands, given where its track puts it today (`position`, for a tracked
 * feature). A unit of a group stands in its group's cluster, at the group's point, unless its
 * track places it apart today.
 */
export function markOf(
	f: ScenarioFeature,
	{ features, groups, slots }: { features: readonly ScenarioFeature[]; groups: ReadonlyMap<string, Group>; slots: ReadonlyMap<number, Slot> },
	position?: TrackPosition
): Mark {
	const slot = slots.get(f.fid);
	const offset = slot?.offset ?? [0, 0];
	const hostFid = f.properties.group === undefined || !f.properties.unit ? undefined : groups.get(f.properties.group)?.host;
	const host = hostFid === undefined ? undefined : features[hostFid];
	if (host && (position === undefined || standsInCluster(position, host))) return { at: host.anchor, offset, compact: slot?.compact ?? offset, clustered: true };
	if (position) return { at: position.at, offset: [0, 0], compact: [0, 0], clustered: false };
	return { at: f.anchor, offset, compact: offset, clustered: false };
}

/** A group as the map shows it: its item, the units of its cluster, and its members that are lines of its label. */
export interface Group {
	host: number | undefined;
	units: number;
	lines: number[];
}

/** The groups of a scenario by their item's id, worked out once. */
export function groupsOf(features: readonly ScenarioFeature[]): Map<string, Group> {
	const groups = new Map<string, Group>();
	const entry = (id: string) => groups.get(id) ?? groups.set(id, { host: undefined, units: 0, lines: [] }).get(id)!;
	for (const f of features) {
		const { group, unit } = f.properties;
		if (group === undefined) continue;
		if (unit) entry(group).units += 1;
		else entry(group).lines.push(f.fid);
	}
	// Most scenarios have no groups: then a million items are not looked up a second time.
	if (groups.size) for (const f of features) if (groups.has(f.properties.id)) entry(f.properties.id).host = f.fid;
	return groups;
}
