import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { positionOn } from '$lib/timeline/track';

// Two waypoints ten days apart on the equator, 10 degrees of longitude (about 1,112 km) apart.
const track = { days: [100, 110], points: [[-70, 0], [-60, 0]] as [number, number][] };

describe('positions along a track', () => {
	it('is exactly on a waypoint on its day', () => {
		expect(positionOn(track, 100)).toEqual({ at: [-70, 0], interpolated: false });
		expect(positionOn(track, 110)).toEqual({ at: [-60, 0], interpolated: false });
	});

	it('moves in proportion to the days between waypoints, and says it is interpolated', () => {
		const middle = positionOn(track, 105);
		expect(middle.interpolated).toBe(true);
		expect(middle.at[0]).toBeCloseTo(-65, 3);
		expect(middle.at[1]).toBeCloseTo(0, 3);
		const quarter = positionOn({ days: [0, 4], points: [[-70, 0], [-60, 0]] }, 1);
		expect(distance([-70, 0], quarter.at)).toBeCloseTo(distance([-70, 0], [-60, 0]) / 4, 0);
	});

	it('follows the great circle, not a straight line on the map', () => {
		// Between two points at 40°N the great circle bows towards the pole.
		const mid = positionOn({ days: [0, 2], points: [[-74, 40], [-9, 40]] }, 1);
		expect(mid.at[1]).toBeGreaterThan(44); // a straight line in longitude and latitude would stay at 40
	});

	it('holds at the first and last waypoint outside the reported days', () => {
		expect(positionOn(track, 50)).toEqual({ at: [-70, 0], interpolated: false });
		expect(positionOn(track, 200)).toEqual({ at: [-60, 0], interpolated: false });
	});
});
