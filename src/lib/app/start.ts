import type { Scenario } from '$lib/data/scenario';
import type { MapScenario } from '$lib/map/controller';
import { withinMapLimits } from '$lib/map/limits';
import { mapPreparation } from '$lib/map/preparation';
import { symbolImages } from '$lib/map/unit-symbols';
import { readViewState } from '$lib/url/view-state';
import { Briefing } from './briefing.svelte';
import { inTasks, nextTask } from './next-task';

/** A briefing ready to show: its state, what the map draws, and what the address or the limits made of it. */
export interface Started {
	briefing: Briefing;
	mapScenario: MapScenario;
	notices: string[];
}

/**
 * The one way a scenario becomes a briefing, the built-in one and every opened one alike: the view
 * the address asks for (checked against this scenario), the briefing state, and what the map draws.
 * Opening another scenario runs this again on a fresh page state; nothing carries over. Each pass
 * over the items is a task of its own, so a large scenario does not freeze the page.
 */
export async function startBriefing(scenario: Scenario, params: URLSearchParams, reducedMotion: boolean): Promise<Started> {
	const { state, notices, opensPhase } = readViewState(params, {
		start: scenario.start,
		end: scenario.end,
		initialDay: scenario.initialDay,
		// One search when a link names an item, rather than a set of every id at each start (0.1 s for 100,000).
		hasItem: (id) => scenario.features.some((f) => f.properties.id === id),
		categories: new Set(scenario.categories.map((c) => c.id)),
		phases: scenario.phases
	});
	await nextTask();
	const briefing = new Briefing(scenario, state, opensPhase);
	briefing.reducedMotion = reducedMotion;
	await nextTask();
	const colors = new Map(scenario.categories.map((c) => [c.id, c.color]));
	const drawn = withinMapLimits(scenario.features);
	await nextTask();
	const symbols = await symbolImages(drawn.features, colors, state.symbols);
	await nextTask();
	const prepared = await inTasks(mapPreparation(drawn.features, scenario.categories));
	const mapScenario: MapScenario = { features: drawn.features, categories: scenario.categories, mode: state.symbols, symbols, visible: briefing.visibleIds(), day: briefing.timeline.day, prepared };
	return { briefing, mapScenario, notices: [...notices, ...drawn.notices] };
}
