import { SvelteSet } from 'svelte/reactivity';
import type { Scenario, ScenarioFeature } from '$lib/data/scenario';
import type { ValidPhase } from '$lib/data/validate';
import type { MapController } from '$lib/map/controller';
import type { Day } from '$lib/timeline/day';
import { TimelineState } from '$lib/timeline/timeline.svelte';
import type { VisibilityDiff } from '$lib/timeline/time-index';
import { VisibilityModel } from '$lib/timeline/visibility';

/**
 * The state of one briefing: the scenario, the timeline, what is visible and what is selected.
 * It pushes visibility diffs to the map; components read its fields and call its methods.
 */
export class Briefing {
	readonly scenario: Scenario;
	readonly timeline: TimelineState;
	readonly #visibility: VisibilityModel;
	#map: MapController | null = null;
	/** Fids on the map now, ascending. */
	visible = $state.raw<number[]>([]);
	selected = $state<number | null>(null);
	readonly hiddenCategories = new SvelteSet<string>();

	constructor(scenario: Scenario, day: Day) {
		this.scenario = scenario;
		this.#visibility = new VisibilityModel(scenario.features.map((f) => ({ start: f.start, end: f.end, category: f.properties.category })));
		this.timeline = new TimelineState(scenario.start, scenario.end, day, () => this.#map?.rendered() ?? Promise.resolve());
	}

	/** The days on which something appears: the marks on the slider. */
	get eventDays(): Day[] {
		return this.#visibility.index.startDays();
	}

	/** The phase the current day falls in, if any. */
	get phase(): ValidPhase | null {
		const day = this.timeline.day;
		return this.scenario.phases.find((p) => p.startDay <= day && day <= p.endDay) ?? null;
	}

	feature(fid: number): ScenarioFeature {
		return this.scenario.features[fid];
	}

	isVisible = (fid: number): boolean => this.#visibility.isVisible(fid);

	attachMap(map: MapController): void {
		this.#map = map;
		map.setScenario(this.scenario.features, this.scenario.categories);
		map.apply({ shown: this.visible, hidden: [] });
	}

	/** Brings the map and the lists to `day`. Called whenever the timeline's day changes. */
	showDay(day: Day): void {
		this.#update(this.#visibility.setDay(day));
	}

	setCategoryShown(category: string, shown: boolean): void {
		this.#update(this.#visibility.setCategoryShown(category, shown));
		if (shown) this.hiddenCategories.delete(category);
		else this.hiddenCategories.add(category);
	}

	/** Selects a feature (or nothing) for the detail panel and highlights it on the map. */
	select(fid: number | null): void {
		this.selected = fid;
		this.#map?.select(fid);
	}

	/** Selects a feature and moves the camera to it. */
	reveal(fid: number, reducedMotion: boolean): void {
		this.select(fid);
		this.#map?.frame(this.feature(fid).bounds, reducedMotion);
	}

	#update(diff: VisibilityDiff): void {
		if (diff.shown.length === 0 && diff.hidden.length === 0) return;
		this.#map?.apply(diff);
		this.visible = this.#visibility.visibleIds();
	}
}
