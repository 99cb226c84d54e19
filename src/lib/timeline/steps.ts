import type { Day } from './day';

/**
 * The stops a presenter steps through: every day on which something appears and every phase's first
 * day, ascending and without repeats.
 */
export function presenterStops(eventDays: readonly Day[], phaseStarts: readonly Day[]): Day[] {
	return [...new Set([...eventDays, ...phaseStarts])].sort((a, b) => a - b);
}

/** The first stop after `day`, or null at the end. */
export function nextStop(stops: readonly Day[], day: Day): Day | null {
	return stops.find((stop) => stop > day) ?? null;
}

/** The last stop before `day`, or null at the start. */
export function previousStop(stops: readonly Day[], day: Day): Day | null {
	return stops.findLast((stop) => stop < day) ?? null;
}
