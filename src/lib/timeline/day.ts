import { dateText } from '../i18n/dates.ts';
import { formatDate } from '../i18n/format.ts';

/** A UTC calendar day, counted in whole days since 1970-01-01. */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days already parsed: a large file repeats a few hundred dates over and over, each read several
 * times while it is checked. Bounded, so text from a hostile file cannot grow it without end.
 */
const parsedDays = new Map<string, Day | null>();
const PARSED_DAYS_KEPT = 10_000;

/** Parses a strict `YYYY-MM-DD` into a Day, or returns null for anything else (including 2025-02-30). */
export function parseDay(text: string): Day | null {
	const known = parsedDays.get(text);
	if (known !== undefined) return known;
	const day = readDay(text);
	if (parsedDays.size < PARSED_DAYS_KEPT) parsedDays.set(text, day);
	return day;
}

function readDay(text: string): Day | null {
	const match = ISO_DAY.exec(text);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(year, month - 1, day);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
	return ms / MS_PER_DAY;
}

/** Today, as a UTC day. */
export function today(): Day {
	return Math.floor(Date.now() / MS_PER_DAY);
}

/** Formats a Day as `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The spoken and displayed form: "21 November 2025", "21 de noviembre de 2025". */
export function humanDate(day: Day): string {
	return formatDate(day, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A short form for tight spaces: "21 Nov", "21 nov". */
export function shortDate(day: Day): string {
	return formatDate(day, { day: 'numeric', month: 'short' });
}

/** More month labels than this under a date slider crowd each other: it is labelled by years instead. */
const MOST_MONTH_LABELS = 18;
/** Year labels are thinned to about this many, every 1, 2, 5, 10, 20… years. */
const MOST_YEAR_LABELS = 10;

/**
 * The labels under a date slider running from `first` to `last`: each month's start ("Aug") for a
 * range of a year or so, else the start of every year, or of every 2, 5, 10… years ("1990").
 */
export function axisLabels(first: Day, last: Day): { day: Day; text: string }[] {
	const from = new Date(first * MS_PER_DAY);
	const to = new Date(last * MS_PER_DAY);
	const monthCount = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
	if (monthCount <= MOST_MONTH_LABELS) {
		const labels: { day: Day; text: string }[] = [];
		for (let month = 0; month <= monthCount + 1; month++) {
			const day = Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + month, 1) / MS_PER_DAY;
			if (day >= first && day <= last) labels.push({ day, text: formatDate(day, { month: 'short' }) });
		}
		return labels;
	}
	const years = to.getUTCFullYear() - from.getUTCFullYear();
	const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => years / s <= MOST_YEAR_LABELS) ?? 1000;
	const labels: { day: Day; text: string }[] = [];
	for (let year = Math.ceil((from.getUTCFullYear() + 1) / step) * step; year <= to.getUTCFullYear(); year += step) {
		labels.push({ day: Date.UTC(year, 0, 1) / MS_PER_DAY, text: String(year) });
	}
	return labels;
}

/** The weekday name of a Day: "Sunday", "domingo". */
export function weekday(day: Day): string {
	return formatDate(day, { weekday: 'long' });
}

/** How exactly a date is known. */
export type DatePrecision = 'day' | 'week' | 'month';

/** The last day of the window that a date known only to `precision`, starting on `day`, stands for. */
export function windowEnd(day: Day, precision: DatePrecision): Day {
	if (precision === 'day') return day;
	if (precision === 'week') return day + 6;
	const date = new Date(day * MS_PER_DAY);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / MS_PER_DAY;
}

export function isFirstOfMonth(day: Day): boolean {
	return new Date(day * MS_PER_DAY).getUTCDate() === 1;
}

/**
 * A date as precisely as it is known: "2 September 2025", "the week of 18 August 2025",
 * "September 2025"; never a window's first day passed off as the date.
 */
export function datedAs(day: Day, precision: DatePrecision): string {
	if (precision === 'day') return humanDate(day);
	if (precision === 'week') return dateText().weekOf(humanDate(day));
	return formatDate(day, { month: 'long', year: 'numeric' });
}

/**
 * When an item is on the map, said as precisely as its date is known: "2 September 2025",
 * "From 13 September 2025", "2 to 5 December 2025", "The week of 1 September 2025",
 * "From September 2025".
 */
export function spanText(start: Day, end: Day | null, precision: DatePrecision): string {
	const from = datedAs(start, precision);
	const capitalised = from[0].toUpperCase() + from.slice(1);
	if (end === null) return dateText().from(from);
	if (end === windowEnd(start, precision)) return capitalised;
	if (precision !== 'day') return dateText().until(capitalised, humanDate(end));
	return dateText().range(sameMonth(start, end) ? String(new Date(start * MS_PER_DAY).getUTCDate()) : humanDate(start), humanDate(end));
}

function sameMonth(a: Day, b: Day): boolean {
	const [x, y] = [new Date(a * MS_PER_DAY), new Date(b * MS_PER_DAY)];
	return x.getUTCFullYear() === y.getUTCFullYear() && x.getUTCMonth() === y.getUTCMonth();
}

/** Keeps a day inside [first, last]. */
export function clampDay(day: Day, first: Day, last: Day): Day {
	return Math.min(last, Math.max(first, day));
}
