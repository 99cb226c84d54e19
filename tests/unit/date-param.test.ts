import { describe, expect, it } from 'vitest';
import { parseDay } from '$lib/timeline/day';
import { readDateParam } from '$lib/url/date-param';

const first = parseDay('2025-07-21')!;
const last = parseDay('2025-12-31')!;
const fallback = parseDay('2025-11-04')!;
const read = (query: string) => readDateParam(new URLSearchParams(query), first, last, fallback);

describe('?date=', () => {
	it('opens on the day asked for', () => {
		expect(read('date=2025-09-15')).toEqual({ day: parseDay('2025-09-15'), notice: null });
	});

	it('opens on the default day when no date is given', () => {
		expect(read('')).toEqual({ day: fallback, notice: null });
	});

	it('moves an out-of-range date to the nearest end, with a notice', () => {
		const early = read('date=2024-01-01');
		expect(early.day).toBe(first);
		expect(early.notice).toContain('outside this scenario');
		expect(early.notice).toContain('21 July 2025');
		expect(read('date=2026-06-01').day).toBe(last);
	});

	it('moves an impossible date to the nearest real one', () => {
		expect(read('date=2025-11-31')).toEqual({
			day: parseDay('2025-11-30'),
			notice: 'The address asks for 2025-11-31, which is not a real date. Showing 30 November 2025, the nearest real day.'
		});
		expect(read('date=2025-13-05').day).toBe(parseDay('2025-12-05'));
		expect(read('date=2025-9-3')).toEqual({ day: parseDay('2025-09-03'), notice: null });
	});

	it('says a date is not real before saying it is outside the scenario', () => {
		expect(read('date=2025-02-30')).toEqual({
			day: first,
			notice: 'The address asks for 2025-02-30, which is not a real date. Showing 21 July 2025, the nearest day in this scenario (21 July 2025 to 31 December 2025).'
		});
	});

	it('falls back with a notice for something that is not a date', () => {
		const bad = read('date=yesterday');
		expect(bad.day).toBe(fallback);
		expect(bad.notice).toContain('"yesterday"');
		expect(bad.notice).toContain('YYYY-MM-DD');
	});
});
