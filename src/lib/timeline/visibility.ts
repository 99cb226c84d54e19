import type { Day } from './day';
import { TimeIndex, type Span, type VisibilityDiff } from './time-index';

/**
 * What is on the map: features whose span covers the current day and whose category is switched on.
 * Every change returns only the difference, ready to apply to the map, and the visible set and the
 * per-category counts are kept up to date from those differences, so no step scans every feature.
 */
export class VisibilityModel {
	readonly #index: TimeIndex;
	readonly #categoryOf: (fid: number) => string;
	readonly #hiddenCategories = new Set<string>();
	readonly #visible = new Set<number>();
	readonly #counts = new Map<string, number>();
	#day: Day = -Infinity;

	/** `spans` by fid; `categoryOf` gives a feature's legend category (read where it is, not copied: a million items). */
	constructor(spans: readonly Span[], categoryOf: (fid: number) => string) {
		this.#index = new TimeIndex(spans);
		this.#categoryOf = categoryOf;
	}

	get day(): Day {
		return this.#day;
	}

	get index(): TimeIndex {
		return this.#index;
	}

	/** How many features are drawn now. */
	get size(): number {
		return this.#visible.size;
	}

	/** Whether feature `fid` is drawn now (and so may be hovered, clicked or listed). */
	isVisible(fid: number): boolean {
		return this.#visible.has(fid);
	}

	/** Every feature drawn now, in fid order. */
	visibleIds(): number[] {
		return [...this.#visible].sort((a, b) => a - b);
	}

	/** How many features of each category are drawn now. */
	counts(): ReadonlyMap<string, number> {
		return this.#counts;
	}

	isCategoryShown(category: string): boolean {
		return !this.#hiddenCategories.has(category);
	}

	/** Moves to `day` and returns what to show and hide. */
	setDay(day: Day): VisibilityDiff {
		const diff = this.#index.diff(this.#day, day);
		this.#day = day;
		const shownCategory = (fid: number) => !this.#hiddenCategories.has(this.#categoryOf(fid));
		return this.#applied({ shown: diff.shown.filter(shownCategory), hidden: diff.hidden.filter(shownCategory) });
	}

	/** Switches a legend category on or off and returns what to show and hide. */
	setCategoryShown(category: string, shown: boolean): VisibilityDiff {
		if (shown === this.isCategoryShown(category)) return { shown: [], hidden: [] };
		if (shown) this.#hiddenCategories.delete(category);
		else this.#hiddenCategories.add(category);
		const affected = this.#index.visibleOn(this.#day).filter((fid) => this.#categoryOf(fid) === category);
		return this.#applied(shown ? { shown: affected, hidden: [] } : { shown: [], hidden: affected });
	}

	#applied(diff: VisibilityDiff): VisibilityDiff {
		for (const fid of diff.shown) {
			this.#visible.add(fid);
			this.#count(fid, 1);
		}
		for (const fid of diff.hidden) {
			this.#visible.delete(fid);
			this.#count(fid, -1);
		}
		return diff;
	}

	#count(fid: number, change: number): void {
		const category = this.#categoryOf(fid);
		this.#counts.set(category, (this.#counts.get(category) ?? 0) + change);
	}
}
