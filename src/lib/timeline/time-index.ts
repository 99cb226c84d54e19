import type { Day } from './day';

/** When one feature is on the map: from `start` to `end`, both inclusive; `end: null` means it stays. */
export interface Span {
	start: Day;
	end: Day | null;
}

/** The features that change between two days: `shown` were hidden and now appear, `hidden` the reverse. */
export interface VisibilityDiff {
	shown: number[];
	hidden: number[];
}

/**
 * Indexes features (identified by their position in the span list) by the day they appear and the
 * day after they end, so that moving between any two days costs a binary search plus the features
 * that really change: a day step touches only that day's events, a jump across the whole range
 * touches each feature at most twice.
 */
export class TimeIndex {
	readonly #starts: Float64Array;
	readonly #stops: Float64Array;
	/** Feature ids sorted by start day. */
	readonly #byStart: Uint32Array;
	/** Feature ids sorted by the first day they are gone (end + 1). */
	readonly #byStop: Uint32Array;

	constructor(spans: readonly Span[]) {
		const count = spans.length;
		this.#starts = new Float64Array(count);
		this.#stops = new Float64Array(count);
		for (let id = 0; id < count; id++) {
			const { start, end } = spans[id];
			this.#starts[id] = start;
			this.#stops[id] = end === null ? Infinity : end + 1;
		}
		this.#byStart = sortedIds(this.#starts);
		this.#byStop = sortedIds(this.#stops);
	}

	/** Whether feature `id` is on the map on `day`. */
	isVisible(id: number, day: Day): boolean {
		return this.#starts[id] <= day && day < this.#stops[id];
	}

	/** Every feature on the map on `day`, in id order. */
	visibleOn(day: Day): number[] {
		return this.diff(-Infinity, day).shown.sort((a, b) => a - b);
	}

	/**
	 * What changes when moving from day `from` to day `to`. Pass `-Infinity` as `from` for the
	 * first draw, when nothing is visible yet.
	 */
	diff(from: Day, to: Day): VisibilityDiff {
		if (from === to) return { shown: [], hidden: [] };
		const forward = from < to;
		const [low, high] = forward ? [from, to] : [to, from];
		// Features starting in (low, high] are visible at `high` only, if they have not stopped by then;
		// features stopping in (low, high] are visible at `low` only, if they had started by then.
		const atHighOnly = this.#collect(this.#byStart, this.#starts, low, high, (id) => this.#stops[id] > high);
		const atLowOnly = this.#collect(this.#byStop, this.#stops, low, high, (id) => this.#starts[id] <= low);
		return forward ? { shown: atHighOnly, hidden: atLowOnly } : { shown: atLowOnly, hidden: atHighOnly };
	}

	/** The days on which at least one feature appears, ascending: the marks on the slider. */
	startDays(): Day[] {
		const days: Day[] = [];
		for (const id of this.#byStart) {
			const day = this.#starts[id];
			if (days[days.length - 1] !== day) days.push(day);
		}
		return days;
	}

	#collect(order: Uint32Array, keys: Float64Array, low: Day, high: Day, keep: (id: number) => boolean): number[] {
		const result: number[] = [];
		for (let i = upperBound(order, keys, low); i < order.length && keys[order[i]] <= high; i++) {
			if (keep(order[i])) result.push(order[i]);
		}
		return result;
	}
}

/** Days between the first and last key up to which `sortedIds` counts instead of comparing: about 2,700 years. */
const COUNTED_SPAN = 1_000_000;

/**
 * Ids ordered by their keys (whole days, or Infinity for never), ties in id order. Days are whole
 * numbers in a short range, so a counting sort does it in one pass; a comparison sort of a million
 * ids took about 0.4 s on the page. Anything else is compared.
 */
export function sortedIds(keys: Float64Array): Uint32Array {
	let low = Infinity;
	let high = -Infinity;
	let whole = true;
	for (const key of keys) {
		if (key === Infinity) continue;
		if (key < low) low = key;
		if (key > high) high = key;
		if (!Number.isInteger(key)) whole = false;
	}
	const span = low === Infinity ? 0 : high - low + 1;
	if (!whole || span > COUNTED_SPAN) {
		const ids = new Uint32Array(keys.length);
		for (let i = 0; i < ids.length; i++) ids[i] = i;
		return ids.sort((a, b) => keys[a] - keys[b]);
	}
	// Where each day's ids begin, the never-ending ones last; then the ids in order, stable.
	const slot = (key: number) => (key === Infinity ? span : key - low);
	const starts = new Uint32Array(span + 2);
	for (const key of keys) starts[slot(key) + 1]++;
	for (let i = 1; i < starts.length; i++) starts[i] += starts[i - 1];
	const ids = new Uint32Array(keys.length);
	for (let id = 0; id < keys.length; id++) ids[starts[slot(keys[id])]++] = id;
	return ids;
}

/** The first position in `order` whose key is greater than `value`. */
function upperBound(order: Uint32Array, keys: Float64Array, value: number): number {
	let low = 0;
	let high = order.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (keys[order[mid]] <= value) low = mid + 1;
		else high = mid;
	}
	return low;
}
