import type { ScenarioFeature } from './scenario.ts';

/** A statement made far from the region (it names the city): named at the map's edge, its arrow drawn on demand. */
export function isFarStatement(f: ScenarioFeature): boolean {
	return f.properties.precision === 'symbolic' && f.properties.from !== undefined;
}
