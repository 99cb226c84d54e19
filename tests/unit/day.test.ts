import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '$lib/i18n/locale';
import { axisLabels, clampDay, datedAs, formatDay, humanDate, parseDay, shortDate, spanText, weekday, windowEnd } from '$lib/timeline/day';

describe('day arithmetic (UTC calendar days)', () => {
	it('round-trips ISO dates', () => {
		for (const text of ['1970-01-01', '2025-08-21', '2025-12-31', '2024-02-29']) {
			expect(formatDay(parseDay(text)!)).toBe(text);
		}
	});

	it('counts whole days from 1970-01-01', () => {
		expect(parseDay('1970-01-02')).toBe(1);
		expect(parseDay('2025-11-05')! - parseDay('2025-11-04')!).toBe(1);
		expect(parseDay('2026-01-01')! - parseDay('2025-01-01')!).toBe(365);
	});

	it('rejects impossible and malformed dates', () => {
		for (const text of ['2025-02-29', '2025-13-01', '2025-11-31', '2025-1-5', '21/11/2025', '', '2025-11-04T00:00']) {
			expect(parseDay(text), text).toBeNull();
		}
	});

	it('is not shifted by the local time zone', () => {
		const day = parseDay('2025-03-30')!; // a European DST change day
		expect(formatDay(day)).toBe('2025-03-30');
		expect(humanDate(day)).toBe('30 March 2025');
	});

	it('speaks dates the way people say them', () => {
		expect(humanDate(parseDay('2025-11-21')!)).toBe('21 November 2025');
		expect(shortDate(parseDay('2025-08-01')!)).toBe('1 Aug');
		expect(weekday(parseDay('2025-08-21')!)).toBe('Thursday');
		expect(weekday(parseDay('2025-11-23')!)).toBe('Sunday');
	});

	it('clamps into a range', () => {
		expect(clampDay(5, 10, 20)).toBe(10);
		expect(clampDay(25, 10, 20)).toBe(20);
		expect(clampDay(15, 10, 20)).toBe(15);
	});
});

describe('dates known only to a week or a month', () => {
	const d = (iso: string) => parseDay(iso)!;

	it('stand for their whole window', () => {
		expect(formatDay(windowEnd(d('2025-08-18'), 'week'))).toBe('2025-08-24');
		expect(formatDay(windowEnd(d('2025-09-01'), 'month'))).toBe('2025-09-30');
		expect(formatDay(windowEnd(d('2024-02-01'), 'month'))).toBe('2024-02-29');
		expect(windowEnd(d('2025-09-02'), 'day')).toBe(d('2025-09-02'));
	});

	it('are written as the window, never as its first day', () => {
		expect(datedAs(d('2025-09-01'), 'month')).toBe('September 2025');
		expect(datedAs(d('2025-08-18'), 'week')).toBe('the week of 18 August 2025');
		expect(spanText(d('2025-09-01'), d('2025-09-30'), 'month')).toBe('September 2025');
		expect(spanText(d('2025-09-01'), null, 'week')).toBe('From the week of 1 September 2025');
		expect(spanText(d('2025-11-24'), d('2025-12-05'), 'week')).toBe('The week of 24 November 2025, on the map until 5 December 2025');
	});

	it('and a day-precise span is written plainly', () => {
		expect(spanText(d('2025-09-02'), d('2025-09-02'), 'day')).toBe('2 September 2025');
		expect(spanText(d('2025-09-13'), null, 'day')).toBe('From 13 September 2025');
		expect(spanText(d('2025-12-02'), d('2025-12-05'), 'day')).toBe('2 to 5 December 2025');
		expect(spanText(d('2025-11-28'), d('2025-12-05'), 'day')).toBe('28 November 2025 to 5 December 2025');
	});
});

describe('axisLabels', () => {
	const day = (text: string) => parseDay(text)!;
	const texts = (first: string, last: string) => axisLabels(day(first), day(last)).map((label) => label.text);

	it('labels each month start of a range of months', () => {
		expect(texts('2025-07-21', '2025-12-31')).toEqual(['Aug', 'Sept', 'Oct', 'Nov', 'Dec']);
		expect(axisLabels(day('2025-07-21'), day('2025-12-31'))[0].day).toBe(day('2025-08-01'));
	});

	it('labels years instead over a longer range, thinned over decades', () => {
		expect(texts('1989-06-01', '1992-03-01')).toEqual(['1990', '1991', '1992']);
		expect(texts('1989-11-09', '2026-12-02')).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025']);
	});
});

describe('dates in Spanish', () => {
	const d = (text: string) => parseDay(text)!;
	afterEach(() => useLocale('en'));

	it('are said as a Spanish reader says them', () => {
		useLocale('es');
		expect(humanDate(d('2025-11-21'))).toBe('21 de noviembre de 2025');
		expect(shortDate(d('2025-11-21'))).toBe('21 nov');
		expect(weekday(d('2025-09-21'))).toBe('domingo');
		expect(datedAs(d('2025-09-01'), 'month')).toBe('septiembre de 2025');
		expect(spanText(d('2025-09-01'), null, 'week')).toBe('Desde la semana del 1 de septiembre de 2025');
		expect(spanText(d('2025-09-01'), null, 'month')).toBe('Desde septiembre de 2025');
		expect(spanText(d('2025-09-13'), null, 'day')).toBe('Desde el 13 de septiembre de 2025');
		expect(spanText(d('2025-12-02'), d('2025-12-05'), 'day')).toBe('Del 2 al 5 de diciembre de 2025');
		expect(spanText(d('2025-11-24'), d('2025-12-05'), 'week')).toBe('La semana del 24 de noviembre de 2025, en el mapa hasta el 5 de diciembre de 2025');
		expect(axisLabels(d('2025-07-21'), d('2025-12-31')).map((label) => label.text)).toEqual(['ago', 'sept', 'oct', 'nov', 'dic']);
	});
});
