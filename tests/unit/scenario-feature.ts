import type { ScenarioFeature } from '$lib/data/scenario';
import type { Day } from '$lib/timeline/day';

/** A validated point feature for tests, numbered `fid`, its properties overridden by `properties`. */
export function pointFeature(fid: number, properties: Partial<ScenarioFeature['properties']> = {}, days: { start: Day; end: Day | null } = { start: 0, end: null }): ScenarioFeature {
	return {
		fid,
		file: 'x.geojson',
		...days,
		shape: { type: 'Point', coordinates: [-66, 18] },
		geometry: { type: 'Point', coordinates: [-66, 18] },
		bounds: [-66, 18, -66, 18],
		anchor: [-66, 18],
		arrow: null,
		track: null,
		properties: { id: `f${fid}`, name: `Item ${fid}`, category: 'air', description: 'd', start: '2025-08-01', datePrecision: 'day', precision: 'exact', prominence: 'normal', sources: [], quantities: [], disagreements: [], ...properties }
	};
}
