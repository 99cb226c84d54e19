import type { ScenarioFeature } from '$lib/data/scenario';
import { isFarStatement } from '$lib/data/far-statement';

/**
 * From this many plain dots a scenario's dots are drawn by one WebGL layer of their own (`PointCloud`
 * in point-cloud.ts) instead of MapLibre's GeoJSON source. MapLibre tiles a GeoJSON source in its worker, keeping several copies
 * of each point: about 4 KB a point, so a million points run the tab out of memory, and each day's
 * visibility is a feature-state change per point that rebuilds the tiles' paint data. Here a point
 * is 13 bytes on the GPU, and a step rewrites one byte per point.
 */
export const POINT_CLOUD_FROM = 20_000;

/**
 * Whether a feature is a plain dot: an exact or symbolic point with nothing else drawn for it (no
 * area, track, unit symbol, range ring, group or arrow). Those are drawn exactly as the
 * `scenario-points` layer draws them.
 */
export function isPlainDot(f: ScenarioFeature): boolean {
	const { unit, reach, group } = f.properties;
	return f.shape.type === 'Point' && f.track === null && f.arrow === null && !unit && reach === undefined && group === undefined && !isFarStatement(f);
}

/** The features a scenario draws in a point cloud: its plain dots, when it has enough of them. */
export function pointCloudFeatures(features: readonly ScenarioFeature[]): ScenarioFeature[] {
	const dots = features.filter(isPlainDot);
	return dots.length >= POINT_CLOUD_FROM ? dots : [];
}
