import type { Scenario } from '$lib/data/scenario';
import type { MapScenario } from '$lib/map/controller';
import { withinMapLimits } from '$lib/map/limits';
import { symbolImages } from '$lib/map/unit-symbols';
import { readViewState } from '$lib/url/view-state';
import { Briefing } from './briefing.svelte';

/** A briefing ready to show: its state, what the map draws, and what the address or the limits made of it. */
export interface Started {
	briefing: Briefing;
	mapScenario: MapScenario;
	notices: string[];
}

/**
 * The one way a scenario becomes a briefing, the built-in one and every opened one alike: the view
 * the address asks for (checked against this scenario), the briefing state, and what the map draws.
 * Opening another scenario runs this again on a fresh page state; nothing carries over.
 */
export async function startBriefing(scenario: Scenario, params: URLSearchParams, reducedMotion: boolean): Promise<Started> {
	const { state, notices, opensPhase } = readViewState(params, {
		start: scenario.start,
		end: scenario.end,
		initialDay: scenario.initialDay,
		itemIds: new Set(scenario.features.map((f) => f.properties.id)),
		categories: new Set(scenario.categories.map((c) => c.id)),
		phases: scenario.phases
	});
	const briefing = new Briefing(scenario, state, opensPhase);
	briefing.reducedMotion = reducedMotion;
	const colors = new Map(scenario.categories.map((c) => [c.id, c.color]));
	const drawn = withinMapLimits(scenario.features);
	const symbols = await symbolImages(drawn.features, colors, state.symbols);
	const mapScenario: MapScenario = { features: drawn.features, categories: scenario.categories, mode: state.symbols, symbols, visible: briefing.visibleIds(), day: briefing.timeline.day };
	return { briefing, mapScenario, notices: [...notices, ...drawn.notices] };
}
