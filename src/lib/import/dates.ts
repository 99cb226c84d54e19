import { formatDay, parseDay } from '../timeline/day.ts';
import type { Cell } from './table.ts';
import { importText } from '../i18n/import.ts';

/** Which comes first in a date like 03/04/2025: the day (most of the world) or the month (the US). */
export type DayOrder = 'dmy' | 'mdy';

/** What a cell says as a date: a UTC day `YYYY-MM-DD`, a day and month that could be either way round, or why it is no date. */
export type DateCell = { day: string } | { ambiguous: true } | { error: string };

const MS_PER_DAY = 86_400_000;

/**
 * A time of day that may follow any of the date forms: `T10:30`, ` 10:30:15.250`, ` 3:05 pm`, then a
 * zone (`Z`, `UTC`, `GMT`, `+01:00`, `-0500`, `+02`). Groups: hour, minute, second, am/pm, zone.
 */
const TIME = String.raw`(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:([ap])\.?m\.?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?)?`;
/** An English or Spanish weekday before a written date ("Tue, 4 Mar 2025", "martes 4 de marzo de 2025"): read past, not checked. */
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lun|mar|mie|jue|vie|sab|dom)\.?,?\s+`;

/** The plain ISO day, the commonest form by far: checked first, with no other work. */
const PLAIN_ISO = /^\d{4}-\d{2}-\d{2}$/;
/** `2025-03-04`, `2025-3-4`, `2025-03-04T23:30:00-05:00`. */
const ISO = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`, 'i');
/** `2025/03/04`, `2025.03.04`. */
const YEAR_FIRST = new RegExp(`^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})${TIME}$`, 'i');
/** `03/04/2025`, `3.4.25`, `03-04-2025`: day and month in either order, then a 2- or 4-digit year. */
const NUMERIC = new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME}$`, 'i');
/** `4 March 2025`, `4 Mar 2025`, `4-mar-2025`, `4th March 2025`, `4 de marzo de 2025`, on lower-cased text without accents. */
const WRITTEN_DAY_FIRST = new RegExp(`^(?:${WEEKDAY})?(\\d{1,2})(?:st|nd|rd|th|º|°)?\\.?(?:\\s+de\\s+|\\s+|\\s*-\\s*)([a-z]+)\\.?(?:\\s+del?\\s+|,?\\s+|\\s*-\\s*)(\\d{4}|\\d{2})${TIME}$`, 'i');
/** `March 4, 2025`, `Mar. 4 2025`, `marzo 4, 2025`, on lower-cased text without accents. */
const WRITTEN_MONTH_FIRST = new RegExp(`^(?:${WEEKDAY})?([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'i');
/** A bare number, which a spreadsheet may hold for a date (Excel's serial days): not read as one. */
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const ACCENTS = /[\u0300-\u036f]/g;

/** English and Spanish month names and their usual abbreviations, lower-case without accents, to month numbers. */
const MONTHS = new Map<string, number>();
[
	['january', 'jan', 'enero', 'ene'],
	['february', 'feb', 'febrero'],
	['march', 'mar', 'marzo'],
	['april', 'apr', 'abril', 'abr'],
	['may', 'mayo'],
	['june', 'jun', 'junio'],
	['july', 'jul', 'julio'],
	['august', 'aug', 'agosto', 'ago'],
	['september', 'sep', 'sept', 'septiembre', 'setiembre', 'set'],
	['october', 'oct', 'octubre'],
	['november', 'nov', 'noviembre'],
	['december', 'dec', 'diciembre', 'dic']
].forEach((names, month) => names.forEach((name) => MONTHS.set(name, month + 1)));

/**
 * Reads a cell as a UTC day. The forms, and only these: ISO days and date-times; `YYYY/MM/DD`;
 * day and month as numbers in either order with `/`, `-` or `.` and a 2- or 4-digit year; and dates
 * with the month written out in English or Spanish. Any of them may carry a time of day. A time
 * with a zone is converted to the UTC day it falls on (`2025-03-04T23:30:00-05:00` is 5 March); a
 * time without one is taken as written, on the written date, since nothing says where it was
 * written. A two-digit year is 2000–2069 below 70 and 1970–1999 from 70. When day and month could be
 * either way round (03/04/2025) `order` decides, and without one the answer is `{ ambiguous: true }`;
 * a part over 12 can only be the day, whatever `order` says. Numbers are not dates here: the XLSX
 * reader already turns date cells into ISO text, so a number is a count or an Excel serial day.
 */
export function parseDateCell(value: Cell, order: DayOrder | null): DateCell {
	if (value === null) return { error: importText().noDate };
	if (typeof value === 'number') return { error: importText().numberNotDate(String(value)) };
	const text = typeof value === 'string' ? value.trim() : String(value);
	if (text === '') return { error: importText().noDate };
	if (PLAIN_ISO.test(text)) return parseDay(text) === null ? { error: impossible(text, Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))) } : { day: text };

	let match = ISO.exec(text) ?? YEAR_FIRST.exec(text);
	if (match) return dated(text, Number(match[1]), Number(match[2]), Number(match[3]), match, 4);

	match = NUMERIC.exec(text);
	if (match) {
		const [first, second, year] = [Number(match[1]), Number(match[3]), fullYear(match[4])];
		const read = readOrder(first, second, order);
		if (read === 'ambiguous') return { ambiguous: true };
		if (read === null) return { error: importText().noSuchMonth(shown(text), second) };
		return read === 'dmy' ? dated(text, year, second, first, match, 5) : dated(text, year, first, second, match, 5);
	}

	if (NUMBER.test(text)) return { error: importText().numberNotDate(shown(text)) };
	const lower = text.normalize('NFD').replace(ACCENTS, '').toLowerCase();
	match = WRITTEN_DAY_FIRST.exec(lower);
	if (match) return written(text, match[2], Number(match[1]), fullYear(match[3]), match, 4);
	match = WRITTEN_MONTH_FIRST.exec(lower);
	if (match) return written(text, match[1], Number(match[2]), Number(match[3]), match, 4);
	return { error: importText().unknownDateForm(shown(text)) };
}

/**
 * Which order a numeric day-month date must be read in: the one `order` gives, or the only one that
 * makes sense; 'ambiguous' when both do and `order` is null; null when neither does (31/31).
 */
function readOrder(first: number, second: number, order: DayOrder | null): DayOrder | 'ambiguous' | null {
	if (first > 12 && second > 12) return null;
	if (first > 12) return 'dmy';
	if (second > 12) return 'mdy';
	if (first === second || first < 1 || second < 1) return order ?? 'dmy';
	return order ?? 'ambiguous';
}

/** A two-digit year: 00–69 is this century, 70–99 the last. */
function fullYear(text: string): number {
	const year = Number(text);
	return text.length > 2 ? year : year < 70 ? 2000 + year : 1900 + year;
}

/** A date with its month written out: the month looked up, then read like any other. */
function written(text: string, monthName: string, day: number, year: number, match: RegExpExecArray, timeAt: number): DateCell {
	const month = MONTHS.get(monthName);
	if (month === undefined) return { error: importText().noSuchMonthName(shown(text), monthName) };
	return dated(text, year, month, day, match, timeAt);
}

/**
 * The UTC day of a year, month and day, and of the time of day from `match[timeAt]` on (hour, minute,
 * second, am/pm, zone) when it has a zone; an error saying why when there is no such day or time.
 */
function dated(text: string, year: number, month: number, day: number, match: RegExpExecArray, timeAt: number): DateCell {
	const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const date = parseDay(iso);
	if (date === null) return { error: impossible(text, year, month, day) };
	const hourText = match[timeAt];
	if (hourText === undefined) return { day: iso };
	let hour = Number(hourText);
	const [minute, second, half, zone] = [Number(match[timeAt + 1]), Number(match[timeAt + 2] ?? 0), match[timeAt + 3]?.toLowerCase(), match[timeAt + 4]?.toLowerCase()];
	if (half !== undefined) {
		if (hour < 1 || hour > 12) return { error: importText().notHalfDayTime(shown(text), hour, half) };
		hour = (hour % 12) + (half === 'p' ? 12 : 0);
	}
	if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && minute + second > 0)) return { error: importText().notTime(shown(text), `${hourText}:${match[timeAt + 1]}`) };
	if (zone === undefined) return { day: iso };
	const offset = zone === 'z' || zone === 'utc' || zone === 'gmt' ? 0 : zoneMinutes(zone);
	if (offset === null) return { error: importText().notZone(shown(text), zone) };
	const ms = date * MS_PER_DAY + ((hour * 60 + minute - offset) * 60 + second) * 1000;
	return { day: formatDay(Math.floor(ms / MS_PER_DAY)) };
}

/** `+01:00`, `-0500`, `+02` in minutes east of UTC; null beyond ±18 hours. */
function zoneMinutes(zone: string): number | null {
	const digits = zone.replace(':', '');
	const minutes = Number(digits.slice(1, 3)) * 60 + (digits.length > 3 ? Number(digits.slice(3, 5)) : 0);
	if (minutes > 18 * 60 || Number(digits.slice(3, 5) || 0) > 59) return null;
	return zone[0] === '-' ? -minutes : minutes;
}

/** Why a year, month and day make no date: `"2025-02-30" is not a date: February 2025 has 28 days`. */
function impossible(text: string, year: number, month: number, day: number): string {
	const t = importText();
	if (month < 1 || month > 12) return t.noSuchMonth(shown(text), month);
	if (day < 1) return t.noDayZero(shown(text));
	return t.monthLength(shown(text), month, year, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** A value as an error message quotes it: long text cut short. */
function shown(text: string): string {
	return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * How a column's numeric day-month dates vote: `dmy` and `mdy` count the values only one order can
 * read (a part over 12), `open` those either could (both parts 1–12 and different).
 */
export function dayOrderVotes(values: Iterable<Cell>): { dmy: number; mdy: number; open: number } {
	const votes = { dmy: 0, mdy: 0, open: 0 };
	for (const value of values) {
		if (typeof value !== 'string') continue;
		const match = NUMERIC.exec(value.trim());
		if (!match) continue;
		const [first, second] = [Number(match[1]), Number(match[3])];
		if (first > 12 && second <= 12) votes.dmy++;
		else if (second > 12 && first <= 12) votes.mdy++;
		else if (first !== second && first >= 1 && second >= 1 && first <= 12 && second <= 12) votes.open++;
	}
	return votes;
}

/**
 * The order a column's numeric day-month dates settle on: 'dmy' when values have a first part over
 * 12, 'mdy' when values have a second part over 12. A column with both is mixed: the majority wins
 * and the rows read the other way are reported one by one (a tie is 'ambiguous', for the user to
 * settle). 'ambiguous' when values could be read either way and none settles it; null when nothing
 * needs settling (no such values, or only ones like 05/05/2025 that read the same both ways).
 */
export function columnDayOrder(values: Cell[]): DayOrder | 'ambiguous' | null {
	const { dmy, mdy, open } = dayOrderVotes(values);
	if (dmy > mdy) return 'dmy';
	if (mdy > dmy) return 'mdy';
	return dmy > 0 || open > 0 ? 'ambiguous' : null;
}

/** The order a single numeric day-month value can only be read in (a part over 12), or null. */
export function impliedDayOrder(value: Cell): DayOrder | null {
	if (typeof value !== 'string') return null;
	const match = NUMERIC.exec(value.trim());
	if (!match) return null;
	const [first, second] = [Number(match[1]), Number(match[3])];
	return first > 12 && second <= 12 ? 'dmy' : second > 12 && first <= 12 ? 'mdy' : null;
}
