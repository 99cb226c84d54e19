import { shown } from './shown';
import { clampDay, humanDate, parseDay, type Day } from '$lib/timeline/day';
import { addressText } from '$lib/i18n/address';

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
	const t = addressText();
	const quoted = shown(raw);
	const loose = parseDay(raw) === null ? nearestRealDay(raw) : null;
	const asked = parseDay(raw) ?? loose?.day ?? null;
	if (asked === null) {
		return { day: fallback, notice: t.notADate(quoted, humanDate(fallback)) };
	}
	const day = clampDay(asked, first, last);
	const span = t.span(humanDate(first), humanDate(last));
	if (loose && !loose.real) {
		const instead = day === asked ? t.nearestRealDay(humanDate(day)) : t.nearestDayInScenario(humanDate(day), span);
		return { day, notice: t.notARealDate(quoted, instead) };
	}
	if (day !== asked) {
		return { day, notice: t.outsideScenario(quoted, span, humanDate(day)) };
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
