import { clampDay, formatDay, humanDate, parseDay, type Day } from '$lib/timeline/day';

export const DATE_PARAM = 'date';

/** The day an address asks for, and a notice when it had to be corrected. */
export interface DateRequest {
	day: Day;
	notice: string | null;
}

const LOOSE_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads `?date=YYYY-MM-DD`. A date outside [first, last] opens on the nearest end; an impossible
 * date such as 2025-11-31 on the nearest real one; anything unreadable on `fallback`. Each
 * correction comes with a notice that says what was asked and what is shown instead.
 */
export function readDateParam(params: URLSearchParams, first: Day, last: Day, fallback: Day): DateRequest {
	const raw = params.get(DATE_PARAM);
	if (raw === null) return { day: fallback, notice: null };
	const asked = parseDay(raw) ?? nearestRealDay(raw);
	if (asked === null) {
		return { day: fallback, notice: `The address asks for date "${raw}", which is not a date (use YYYY-MM-DD). Showing ${humanDate(fallback)}.` };
	}
	const day = clampDay(asked, first, last);
	if (day !== asked) {
		return { day, notice: `The address asks for ${raw}, outside this scenario (${humanDate(first)} to ${humanDate(last)}). Showing ${humanDate(day)}, the nearest day.` };
	}
	if (formatDay(day) !== raw) {
		return { day, notice: `The address asks for ${raw}, which does not exist. Showing ${humanDate(day)}, the nearest day.` };
	}
	return { day, notice: null };
}

/** For YYYY-M-D shapes with an impossible month or day: the closest real day (2025-02-30 -> 2025-02-28). */
function nearestRealDay(raw: string): Day | null {
	const match = LOOSE_DAY.exec(raw);
	if (!match) return null;
	const year = Number(match[1]);
	const month = Math.min(12, Math.max(1, Number(match[2])));
	const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const date = Math.min(lastOfMonth, Math.max(1, Number(match[3])));
	return parseDay(`${match[1]}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
}
