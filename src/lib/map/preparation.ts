import type { ScenarioFeature } from '$lib/data/scenario';
import type { Category } from '$lib/data/schema';
import { groupsOf, unitSlots, type Group, type Slot } from './cluster';
import { pointCloudFeatures } from './plain-dots';
import { dotArrays, type DotArrays } from './point-cloud';
import { hasFigures } from './scenario-layers';
import { needsWorldBasemap } from './style';

/** What the map works out from a scenario's items once, whatever the day, and every map of it shares. */
export interface MapPreparation {
	/** A large scenario's plain dots, drawn by a layer of their own (see `PointCloud`); null for most scenarios. */
	dots: DotArrays | null;
	/** The features MapLibre's sources draw: every one but the dots. */
	onSources: readonly ScenarioFeature[];
	/** Features that move along a track. */
	tracked: readonly ScenarioFeature[];
	groups: Map<string, Group>;
	/** Where each unit's symbol sits beside others on the same point. */
	unitSlots: Map<number, Slot>;
	/** Whether each feature (by fid) has anything in the figures source besides its mark. */
	figured: Uint8Array;
	/** Whether the scenario reaches beyond the detailed basemap, and so needs the light world layer under it. */
	needsWorld: boolean;
}

/**
 * Works out a scenario's `MapPreparation`, one pass over the items at a time: the caller may pause
 * for the page at each `yield` (see `inTasks`), so a million items never hold it for long.
 */
export function* mapPreparation(features: readonly ScenarioFeature[], categories: readonly Category[]): Generator<void, MapPreparation> {
	const colors = new Map(categories.map((c) => [c.id, c.color]));
	const cloudDots = pointCloudFeatures(features);
	yield;
	const dots = cloudDots.length ? yield* dotArrays(cloudDots, colors, features.length) : null;
	yield;
	const onSources = dots ? features.filter((f) => dots.dotOf[f.fid] < 0) : features;
	const figured = new Uint8Array(features.length);
	for (const f of onSources) figured[f.fid] = Number(hasFigures(f));
	yield;
	const groups = groupsOf(features);
	yield;
	const needsWorld = features.some((f) => f.properties.precision !== 'symbolic' && needsWorldBasemap([f.bounds]));
	yield;
	return {
		dots,
		onSources,
		tracked: onSources.filter((f) => f.track),
		groups,
		// Units are never plain dots: their places are worked out among the rest.
		unitSlots: unitSlots(onSources),
		figured,
		needsWorld
	};
}
