import { along, greatCircle, length } from '@turf/turf';
import type { Day } from './day.ts';

/** Dated positions, oldest first. */
export interface Track {
	days: Day[];
	points: [number, number][];
}

/** Where a tracked item is on a day, and whether that position is an interpolation rather than a reported one. */
export interface TrackPosition {
	at: [number, number];
	interpolated: boolean;
}

/**
 * The position on `day`: a reported waypoint on its day; between two waypoints, the point that far
 * along the great circle joining them (marked interpolated); before the first or after the last, the
 * nearest waypoint (the item is not drawn moving beyond what the sources report).
 */
export function positionOn(track: Track, day: Day): TrackPosition {
	const { days, points } = track;
	if (day <= days[0]) return { at: points[0], interpolated: false };
	const last = days.length - 1;
	if (day >= days[last]) return { at: points[last], interpolated: false };
	const next = days.findIndex((d) => d >= day);
	if (days[next] === day) return { at: points[next], interpolated: false };
	const fraction = (day - days[next - 1]) / (days[next] - days[next - 1]);
	const leg = greatCircle(points[next - 1], points[next], { npoints: 64 });
	const at = along(leg as GeoJSON.Feature<GeoJSON.LineString>, fraction * length(leg)).geometry.coordinates as [number, number];
	return { at, interpolated: true };
}
