import { along, bbox, circle, greatCircle, length, lineSliceAlong, lineString } from '@turf/turf';
import type { Day } from './day.ts';

type Position = [number, number];

/** A reported position, as a track is built from. */
export interface Waypoint {
	day: Day;
	at: Position;
	/** How far from `at` the item may have been, in km; 0 for a fixed, known place. */
	radiusKm: number;
	/** Undated points the way from the previous waypoint passes through (a strait). */
	via: Position[];
}

/** Dated positions, oldest first, and the way between each two of them. */
export interface Track {
	days: Day[];
	points: Position[];
	radiiKm: number[];
	/** `legs[i]` runs from `points[i]` to `points[i + 1]` along great circles through its via points. */
	legs: { path: Position[]; km: number }[];
}

/** Where a tracked item is on a day, and how sure that is. */
export interface TrackPosition {
	at: Position;
	/** True between reported days: the position is worked out, not reported. */
	interpolated: boolean;
	/** How far from `at` the item may be, in km. */
	radiusKm: number;
	/** The reported waypoint of this day, if there is one. */
	waypoint: number | null;
}

/**
 * How much looser a worked-out position is for each day away from the nearest report: a warship
 * covers several hundred kilometres a day, so a day between reports widens the area by this much.
 */
export const DRIFT_KM_PER_DAY = 100;
/** The loosest a worked-out position is drawn: beyond this the area says nothing. */
export const MAX_RADIUS_KM = 1500;

/** Builds a track from its waypoints, oldest first. */
export function buildTrack(waypoints: readonly Waypoint[]): Track {
	const legs = waypoints.slice(1).map((to, i) => {
		const path = greatCirclePath([waypoints[i].at, ...to.via, to.at]);
		return { path, km: length(lineString(path)) };
	});
	return { days: waypoints.map((w) => w.day), points: waypoints.map((w) => w.at), radiiKm: waypoints.map((w) => w.radiusKm), legs };
}

/** The points in order, each pair joined along the great circle between them (a ship in port stays put). */
function greatCirclePath(points: Position[]): Position[] {
	const path: Position[] = [points[0]];
	for (let i = 1; i < points.length; i++) {
		if (points[i][0] === points[i - 1][0] && points[i][1] === points[i - 1][1]) {
			path.push(points[i]);
			continue;
		}
		const arc = greatCircle(points[i - 1], points[i], { npoints: 48 }).geometry;
		// An arc across the antimeridian comes back in two parts; no track here crosses it, so take it whole.
		const coordinates = (arc.type === 'LineString' ? arc.coordinates : arc.coordinates.flat()) as Position[];
		path.push(...coordinates.slice(1));
	}
	return path;
}

/**
 * The position on `day`: a reported waypoint on its day; between two, the point that far along the
 * way joining them (marked interpolated), its area loosening with each day from the nearer report;
 * before the first or after the last, that waypoint with its area loosening likewise (the item is
 * not drawn moving beyond what the sources report).
 */
export function positionOn(track: Track, day: Day): TrackPosition {
	const { days, points, radiiKm, legs } = track;
	const last = days.length - 1;
	const loosened = (radius: number, daysAway: number) => Math.min(MAX_RADIUS_KM, radius + DRIFT_KM_PER_DAY * daysAway);
	if (day <= days[0]) return { at: points[0], interpolated: day < days[0], radiusKm: loosened(radiiKm[0], days[0] - day), waypoint: day === days[0] ? 0 : null };
	if (day >= days[last]) return { at: points[last], interpolated: day > days[last], radiusKm: loosened(radiiKm[last], day - days[last]), waypoint: day === days[last] ? last : null };
	const next = days.findIndex((d) => d >= day);
	if (days[next] === day) return { at: points[next], interpolated: false, radiusKm: radiiKm[next], waypoint: next };
	const previous = next - 1;
	const fraction = (day - days[previous]) / (days[next] - days[previous]);
	const leg = legs[previous];
	const at = leg.km === 0 ? points[previous] : (along(lineString(leg.path), fraction * leg.km).geometry.coordinates as Position);
	const between = radiiKm[previous] + (radiiKm[next] - radiiKm[previous]) * fraction;
	return { at, interpolated: true, radiusKm: loosened(between, Math.min(day - days[previous], days[next] - day)), waypoint: null };
}

/** Where a tracked item is on a day, and the way it has come: what the map draws for it. */
export interface TrackedPlace {
	position: TrackPosition;
	path: Position[];
}

export function placeOn(track: Track, day: Day): TrackedPlace {
	return { position: positionOn(track, day), path: pathSoFar(track, day) };
}

/** The way travelled up to `day`: the legs behind it, and the part of the current leg so far. */
export function pathSoFar(track: Track, day: Day): Position[] {
	const { days, legs } = track;
	if (day <= days[0]) return [];
	const path: Position[] = [track.points[0]];
	for (let i = 0; i < legs.length && days[i] < day; i++) {
		const fraction = Math.min(1, (day - days[i]) / (days[i + 1] - days[i]));
		const part = fraction === 1 || legs[i].km === 0 ? legs[i].path : (lineSliceAlong(lineString(legs[i].path), 0, fraction * legs[i].km).geometry.coordinates as Position[]);
		path.push(...part.slice(1));
	}
	return path;
}

/** The area a tracked item may be in on `day`, as a polygon; null when its position is exact. */
export function areaOn(position: TrackPosition): GeoJSON.Polygon | null {
	return position.radiusKm >= 1 ? circle(position.at, position.radiusKm, { steps: 64, units: 'kilometers' }).geometry : null;
}

/** What to frame to show a tracked item on `day`: the area it may be in (or a little around a known place). */
export function boundsOn(track: Track, day: Day): [number, number, number, number] {
	const { at, radiusKm } = positionOn(track, day);
	return bbox(circle(at, Math.max(radiusKm, 50), { steps: 16, units: 'kilometers' })) as [number, number, number, number];
}
