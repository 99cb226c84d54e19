import { shown } from './shown';
import { clampDay, humanDate, parseDay, type Day } from '$lib/timeline/day';

export const DATE_PARAM = 'date';

/** The day an address asks for, and a notice when it had to be corrected. */
export interface DateRequest {
	day: Day;
	notice: string | null;
}

const LOOSE_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads `?date=YYYY-MM-DD`. An impossible date such as 2025-02-30 opens on the nearest real one, a
 * date outside [first, last] on the nearest end, anything unreadable on `fallback`. Each correction
 * comes with a notice that says what was asked, what was wrong with it and what is shown instead.
 */
export function readDateParam(params: URLSearchParams, first: Day, last: Day, fallback: Day): DateRequest {
	const raw = params.get(DATE_PARAM);
	if (raw === null) return { day: fallback, notice: null };
	const quoted = shown(raw);
	const loose = parseDay(raw) === null ? nearestRealDay(raw) : null;
	const asked = parseDay(raw) ?? loose?.day ?? null;
	if (asked === null) {
		return { day: fallback, notice: `The address asks for date "${quoted}", which is not a date (use YYYY-MM-DD). Showing ${humanDate(fallback)}.` };
	}
	const day = clampDay(asked, first, last);
	const span = `${humanDate(first)} to ${humanDate(last)}`;
	if (loose && !loose.real) {
		const instead = day === asked ? `${humanDate(day)}, the nearest real day` : `${humanDate(day)}, the nearest day in this scenario (${span})`;
		return { day, notice: `The address asks for ${quoted}, which is not a real date. Showing ${instead}.` };
	}
	if (day !== asked) {
		return { day, notice: `The address asks for ${quoted}, outside this scenario (${span}). Showing ${humanDate(day)}, the nearest day.` };
	}
	return { day, notice: null };
}

/**
 * For YYYY-M-D shapes: the day, or for an impossible month or day the closest real one
 * (2025-02-30 -> 2025-02-28, not real).
 */
function nearestRealDay(raw: string): { day: Day; real: boolean } | null {
	const match = LOOSE_DAY.exec(raw);
	if (!match) return null;
	const year = Number(match[1]);
	const month = Math.min(12, Math.max(1, Number(match[2])));
	const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const date = Math.min(lastOfMonth, Math.max(1, Number(match[3])));
	const day = parseDay(`${match[1]}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
	return day === null ? null : { day, real: month === Number(match[2]) && date === Number(match[3]) };
}
