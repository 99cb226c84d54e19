/** A UTC calendar day, counted in whole days since 1970-01-01. */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'
];

/** Parses a strict `YYYY-MM-DD` into a Day, or returns null for anything else (including 2025-02-30). */
export function parseDay(text: string): Day | null {
	const match = ISO_DAY.exec(text);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(year, month - 1, day);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
	return ms / MS_PER_DAY;
}

/** Formats a Day as `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The spoken and displayed form: "21 November 2025". */
export function humanDate(day: Day): string {
	const date = new Date(day * MS_PER_DAY);
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A short form for tight spaces: "21 Nov". */
export function shortDate(day: Day): string {
	const date = new Date(day * MS_PER_DAY);
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()].slice(0, 3)}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday name of a Day, in English (a lookup: a locale formatter costs a millisecond a call). */
export function weekday(day: Day): string {
	return WEEKDAYS[new Date(day * MS_PER_DAY).getUTCDay()];
}

/** Keeps a day inside [first, last]. */
export function clampDay(day: Day, first: Day, last: Day): Day {
	return Math.min(last, Math.max(first, day));
}
