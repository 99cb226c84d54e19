import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { areaOn, buildTrack, DRIFT_KM_PER_DAY, pathSoFar, positionOn, type Waypoint } from '$lib/timeline/track';

const waypoint = (day: number, at: [number, number], radiusKm = 0, via: [number, number][] = []): Waypoint => ({ day, at, radiusKm, via });
// Two waypoints ten days apart on the equator, 10 degrees of longitude (about 1,112 km) apart.
const track = buildTrack([waypoint(100, [-70, 0], 20), waypoint(110, [-60, 0], 40)]);

describe('positions along a track', () => {
	it('is exactly on a waypoint on its day, as loose as that report', () => {
		expect(positionOn(track, 100)).toEqual({ at: [-70, 0], interpolated: false, radiusKm: 20, waypoint: 0 });
		expect(positionOn(track, 110)).toEqual({ at: [-60, 0], interpolated: false, radiusKm: 40, waypoint: 1 });
	});

	it('moves in proportion to the days between waypoints, and says it is interpolated', () => {
		const middle = positionOn(track, 105);
		expect(middle.interpolated).toBe(true);
		expect(middle.waypoint).toBeNull();
		expect(middle.at[0]).toBeCloseTo(-65, 3);
		expect(middle.at[1]).toBeCloseTo(0, 3);
		const quarter = positionOn(buildTrack([waypoint(0, [-70, 0]), waypoint(4, [-60, 0])]), 1);
		expect(distance([-70, 0], quarter.at)).toBeCloseTo(distance([-70, 0], [-60, 0]) / 4, 0);
	});

	it('loosens a worked-out position with each day from the nearer report', () => {
		// Halfway between 20 and 40 km, five days from either report.
		expect(positionOn(track, 105).radiusKm).toBeCloseTo(30 + 5 * DRIFT_KM_PER_DAY);
		expect(positionOn(track, 101).radiusKm).toBeCloseTo(22 + DRIFT_KM_PER_DAY);
	});

	it('follows the great circle, not a straight line on the map', () => {
		// Between two points at 40°N the great circle bows towards the pole.
		const mid = positionOn(buildTrack([waypoint(0, [-74, 40]), waypoint(2, [-9, 40])]), 1);
		expect(mid.at[1]).toBeGreaterThan(44); // a straight line in longitude and latitude would stay at 40
	});

	it('keeps to the water through the via points between reports', () => {
		// From the Adriatic to the Ionian Sea by the Strait of Otranto, not across Apulia.
		const ionian = buildTrack([waypoint(0, [16.44, 43.5]), waypoint(4, [18.5, 38], 0, [[18.9, 40.3]])]);
		const halfway = positionOn(ionian, 2).at;
		expect(distance(halfway, [18.9, 40.3])).toBeLessThan(120);
	});

	it('stays put between two reports of the same place (a ship in port)', () => {
		const inPort = buildTrack([waypoint(0, [16.44, 43.5], 10), waypoint(2, [16.44, 43.5], 10), waypoint(6, [18.5, 38], 300)]);
		expect(positionOn(inPort, 1).at).toEqual([16.44, 43.5]);
		expect(pathSoFar(inPort, 1).length).toBeGreaterThanOrEqual(2);
		expect(positionOn(inPort, 4).at[1]).toBeLessThan(43.5);
	});

	it('holds at the first and last waypoint outside the reported days, ever looser', () => {
		expect(positionOn(track, 98)).toEqual({ at: [-70, 0], interpolated: true, radiusKm: 20 + 2 * DRIFT_KM_PER_DAY, waypoint: null });
		expect(positionOn(track, 112)).toEqual({ at: [-60, 0], interpolated: true, radiusKm: 40 + 2 * DRIFT_KM_PER_DAY, waypoint: null });
	});
});

describe('what the map draws for a track', () => {
	it('draws the way travelled so far, not the way still to come', () => {
		expect(pathSoFar(track, 100)).toEqual([]);
		const half = pathSoFar(track, 105);
		expect(half[0]).toEqual([-70, 0]);
		expect(half[half.length - 1][0]).toBeCloseTo(-65, 3);
		expect(pathSoFar(track, 120).at(-1)).toEqual([-60, 0]);
	});

	it('draws an area where the position is loose, and none where it is a known place', () => {
		expect(areaOn(positionOn(buildTrack([waypoint(0, [0, 0]), waypoint(1, [1, 0])]), 0))).toBeNull();
		expect(areaOn(positionOn(track, 105))?.type).toBe('Polygon');
	});
});
