import { SvelteSet } from 'svelte/reactivity';
import type { Bounds } from '$lib/data/schema';
import { isFarStatement } from '$lib/data/far-statement';
import type { Scenario, ScenarioFeature } from '$lib/data/scenario';
import type { ValidPhase } from '$lib/data/validate';
import type { CameraView, MapController } from '$lib/map/controller';
import type { SymbolMode } from '$lib/map/unit-symbols';
import type { Day } from '$lib/timeline/day';
import { nextStop, presenterStops, previousStop } from '$lib/timeline/steps';
import { TimelineState } from '$lib/timeline/timeline.svelte';
import { boundsOn, positionOn } from '$lib/timeline/track';
import { sortedIds, type VisibilityDiff } from '$lib/timeline/time-index';
import { VisibilityModel } from '$lib/timeline/visibility';
import type { ViewState } from '$lib/url/view-state';

/** Beyond this many items on the map the sidebar gives counts, not a list: thousands of rows help no one. */
export const LIST_LIMIT = 1000;

/**
 * The state of one briefing: the scenario, the timeline, what is visible and selected, the camera,
 * and the classroom and presenter switches. It pushes visibility diffs and camera moves to the map;
 * components read its fields and call its methods.
 */
export class Briefing {
	readonly scenario: Scenario;
	readonly timeline: TimelineState;
	readonly #visibility: VisibilityModel;
	/** Every feature by start day, worked out when the event feed first shows. */
	#chronology: ScenarioFeature[] | null = null;
	/** The days a presenter steps through, worked out on first use. */
	#stops: Day[] | null = null;
	/** Features that move along a track. */
	readonly #tracked: ScenarioFeature[];
	/** The days on which something appears, worked out on first use. */
	#eventDays: Day[] | null = null;
	/** Statements made far from the region, named by badges rather than drawn. */
	readonly #farStatements: ScenarioFeature[];
	#map: MapController | null = null;
	/** Fids on the map now, ascending; null when there are more than LIST_LIMIT, too many to list. */
	visible = $state.raw<number[] | null>([]);
	/** How many items are on the map now, in all and by category. */
	visibleCount = $state(0);
	categoryCounts = $state.raw<Readonly<Record<string, number>>>({});
	/** Bumped on every visibility change, so `isOnMap` is reactive. */
	#version = $state(0);
	selected = $state<number | null>(null);
	readonly hiddenCategories = new SvelteSet<string>();
	/** Where the camera rests, once it has moved from the default framing. */
	camera = $state.raw<CameraView | null>(null);
	/** Classroom mode: the feed, marks and phase names do not reveal what comes after today. */
	hideFuture = $state(false);
	presenting = $state(false);
	/** Military symbols for those who read them, plain icons for everyone else. */
	symbolMode = $state<SymbolMode>('military');
	/** Whether range rings are drawn. */
	showReach = $state(true);
	/** Whether every approximate item's area is drawn, not only the chosen or pointed-at one's. */
	allAreas = $state(false);
	/** Whether reduced motion is preferred: camera moves cut instead of flying. */
	reducedMotion = false;
	/** The phase a link opens (see `readViewState`): its framing is the first view. */
	readonly #openedPhase: ValidPhase | null;
	/** How the address names this scenario, kept in every link. */
	scenarioParam = $state<string | null>(null);
	/** Whether the scenario is being edited, kept in the link. */
	editing = $state(false);

	constructor(scenario: Scenario, view: ViewState, opensPhase = false) {
		this.scenario = scenario;
		this.#visibility = new VisibilityModel(scenario.features, (fid) => scenario.features[fid].properties.category);
		this.timeline = new TimelineState(scenario.start, scenario.end, view.day, () => this.#map?.rendered() ?? Promise.resolve());
		this.#tracked = scenario.features.filter((f) => f.track);
		this.#farStatements = scenario.features.filter(isFarStatement);
		for (const category of view.hidden) this.setCategoryShown(category, false);
		this.selected = view.item === null ? null : (scenario.features.find((f) => f.properties.id === view.item)?.fid ?? null);
		this.camera = view.view;
		this.hideFuture = view.hideFuture;
		this.presenting = view.presenting;
		this.symbolMode = view.symbols;
		this.showReach = view.reach;
		this.allAreas = view.allAreas;
		this.scenarioParam = view.scenario;
		this.editing = view.editing;
		this.#openedPhase = opensPhase ? (scenario.phases.find((p) => p.id === view.phase) ?? null) : null;
	}

	/** Every feature by start day: the event feed. */
	get chronology(): ScenarioFeature[] {
		if (this.#chronology) return this.#chronology;
		// On a shared first day, what is known only to the month or week comes before the day's own events.
		// Ordered as whole numbers by counting, ties by fid (a million items compared took about a second).
		const looseness = { month: 0, week: 1, day: 2 } as const;
		const features = this.scenario.features;
		const order = sortedIds(Float64Array.from(features, (f) => f.start * 3 + looseness[f.properties.datePrecision]));
		this.#chronology = Array.from(order, (fid) => features[fid]);
		return this.#chronology;
	}

	/** The days on which something appears: the marks on the slider. */
	get eventDays(): Day[] {
		this.#eventDays ??= this.#visibility.index.startDays();
		return this.#eventDays;
	}

	/** The days a presenter steps through: each with an event, and each phase's start. */
	get stops(): Day[] {
		this.#stops ??= presenterStops(this.eventDays, this.scenario.phases.map((p) => p.startDay));
		return this.#stops;
	}

	/** The phase the current day falls in, if any. */
	get phase(): ValidPhase | null {
		return this.phaseOn(this.timeline.day);
	}

	phaseOn(day: Day): ValidPhase | null {
		return this.scenario.phases.find((p) => p.startDay <= day && day <= p.endDay) ?? null;
	}

	/** Everything a link needs to reopen this view. */
	get viewState(): ViewState {
		return {
			day: this.timeline.day,
			item: this.selected === null ? null : this.feature(this.selected).properties.id,
			view: this.camera,
			hidden: [...this.hiddenCategories],
			presenting: this.presenting,
			hideFuture: this.hideFuture,
			symbols: this.symbolMode,
			reach: this.showReach,
			allAreas: this.allAreas,
			phase: this.phase?.id ?? null,
			scenario: this.scenarioParam,
			editing: this.editing
		};
	}

	feature(fid: number): ScenarioFeature {
		return this.scenario.features[fid];
	}

	isVisible = (fid: number): boolean => this.#visibility.isVisible(fid);

	/** Fids on the map now, ascending (not reactive: for handing to the map). */
	visibleIds(): number[] {
		return this.#visibility.visibleIds();
	}

	/** The moving items on the map today, and where each is (reactive). */
	get trackedToday(): { feature: ScenarioFeature; at: [number, number] }[] {
		void this.#version;
		const day = this.timeline.day;
		return this.#tracked.filter((f) => this.#visibility.isVisible(f.fid)).map((feature) => ({ feature, at: positionOn(feature.track!, day).at }));
	}

	/** Today's statements made far away, on the map, by the city they were made in (reactive). */
	get farStatementsToday(): { from: string; at: [number, number]; items: ScenarioFeature[] }[] {
		void this.#version;
		const cities: { from: string; at: [number, number]; items: ScenarioFeature[] }[] = [];
		for (const feature of this.#farStatements) {
			if (!this.#visibility.isVisible(feature.fid)) continue;
			const from = feature.properties.from!;
			const city = cities.find((c) => c.from === from);
			if (city) city.items.push(feature);
			// The city itself, where it was said (its anchor is where its arrow's label goes).
			else cities.push({ from, at: feature.geometry.type === 'Point' ? feature.geometry.coordinates : feature.anchor, items: [feature] });
		}
		return cities;
	}

	/** Like `isVisible`, but read reactively by components. */
	isOnMap(fid: number): boolean {
		void this.#version;
		return this.#visibility.isVisible(fid);
	}

	/** Connects the map: draws the scenario, restores the selection and the camera from the link. */
	attachMap(map: MapController): void {
		map.showScenario();
		this.#map = map;
		map.apply({ shown: this.visibleIds(), hidden: [] });
		map.placeTracked(this.timeline.day);
		map.setReachVisible(this.showReach);
		map.setAllAreas(this.allAreas);
		map.select(this.selected);
		map.setLargeLabels(this.presenting);
		if (this.camera) map.showView(this.camera);
		else if (this.selected !== null) map.frame(this.boundsOf(this.selected), true);
		else if (this.#openedPhase?.camera) map.frame(this.#openedPhase.camera, true);
	}

	/** Brings the map and the lists to `day`. Called whenever the timeline's day changes. */
	showDay(day: Day): void {
		const firstDraw = this.#visibility.day === -Infinity;
		this.#update(this.#visibility.setDay(day), !firstDraw);
		this.#map?.placeTracked(day);
	}

	setSymbolMode(mode: SymbolMode): void {
		this.symbolMode = mode;
		void this.#map?.setSymbolMode(mode);
	}

	setShowReach(show: boolean): void {
		this.showReach = show;
		this.#map?.setReachVisible(show);
	}

	setAllAreas(all: boolean): void {
		this.allAreas = all;
		this.#map?.setAllAreas(all);
	}

	setCategoryShown(category: string, shown: boolean): void {
		this.#update(this.#visibility.setCategoryShown(category, shown), false);
		if (shown) this.hiddenCategories.delete(category);
		else this.hiddenCategories.add(category);
	}

	/** Selects a feature (or nothing) for the detail panel and highlights it on the map. */
	select(fid: number | null): void {
		this.selected = fid;
		this.#map?.select(fid);
	}

	/** Selects a feature and moves the camera to it. */
	reveal(fid: number): void {
		this.select(fid);
		this.frame(this.boundsOf(fid));
	}

	/** What the camera frames to show a feature: a moving one where it is today, not its whole way. */
	boundsOf(fid: number): Bounds {
		const { track, bounds } = this.feature(fid);
		return track ? boundsOn(track, this.timeline.day) : bounds;
	}

	/** Goes to the day a feature appears, and shows it. */
	revealOnItsDay(fid: number): void {
		this.timeline.pause();
		this.timeline.setDay(this.feature(fid).start);
		this.reveal(fid);
	}

	/** Goes to a phase's first day and frames its camera (or the whole region). */
	goToPhase(phase: ValidPhase): void {
		this.timeline.pause();
		this.timeline.setDay(phase.startDay);
		this.frame(phase.camera ?? this.scenario.region);
	}

	playPhase(phase: ValidPhase): void {
		this.goToPhase(phase);
		this.timeline.playStretch(phase.startDay, phase.endDay);
	}

	/** The presenter's next stop: the next day with an event or a phase start. */
	nextStop(): void {
		const day = nextStop(this.stops, this.timeline.day);
		if (day !== null) this.#moveToStop(day);
	}

	previousStop(): void {
		const day = previousStop(this.stops, this.timeline.day);
		if (day !== null) this.#moveToStop(day);
	}

	setPresenting(presenting: boolean): void {
		this.presenting = presenting;
		this.#map?.setLargeLabels(presenting);
	}

	frame(bounds: Bounds): void {
		this.#map?.frame(bounds, this.reducedMotion);
	}

	/** A stop in a new phase frames that phase; an item that appears with a camera of its own frames that. */
	#moveToStop(day: Day): void {
		this.timeline.pause();
		const before = this.phase;
		this.timeline.setDay(day);
		const after = this.phase;
		const closeUp = this.scenario.features.find((f) => f.start === day && f.properties.camera);
		if (after && after !== before) this.frame(after.camera ?? this.scenario.region);
		else if (closeUp?.properties.camera) this.frame(closeUp.properties.camera);
	}

	#update(diff: VisibilityDiff, highlight: boolean): void {
		if (diff.shown.length === 0 && diff.hidden.length === 0) return;
		this.#map?.apply(diff, highlight);
		this.visibleCount = this.#visibility.size;
		this.categoryCounts = Object.fromEntries(this.#visibility.counts());
		this.visible = this.visibleCount > LIST_LIMIT ? null : this.#visibility.visibleIds();
		this.#version++;
	}
}
