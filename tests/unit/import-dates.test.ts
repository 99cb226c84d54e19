import { describe, expect, it } from 'vitest';
import { columnDayOrder, impliedDayOrder, parseDateCell } from '$lib/import/dates';

const day = (value: string | number | boolean | null, order: 'dmy' | 'mdy' | null = null) => {
	const read = parseDateCell(value, order);
	return 'day' in read ? read.day : read;
};

describe('parseDateCell', () => {
	it('reads ISO days and year-first forms', () => {
		expect(day('2025-03-04')).toBe('2025-03-04');
		expect(day(' 2025-3-4 ')).toBe('2025-03-04');
		expect(day('2025/03/04')).toBe('2025-03-04');
		expect(day('2025.3.4')).toBe('2025-03-04');
	});

	it('converts date-times with a zone to the UTC day, crossing midnight either way', () => {
		expect(day('2025-03-04T23:30:00-05:00')).toBe('2025-03-05');
		expect(day('2025-03-04T00:30:00+01:00')).toBe('2025-03-03');
		expect(day('2025-03-04T23:59:59Z')).toBe('2025-03-04');
		expect(day('2025-03-04T12:00:00.123Z')).toBe('2025-03-04');
		expect(day('2025-12-31T22:00:00-0300')).toBe('2026-01-01');
		expect(day('2025-03-04 20:00 +05')).toBe('2025-03-04');
		expect(day('2025-03-04T02:00+05')).toBe('2025-03-03');
		expect(day('Tue, 04 Mar 2025 23:00:00 -0500')).toBe('2025-03-05');
	});

	it('takes a date-time without a zone on its written date', () => {
		expect(day('2025-03-04T23:30:00')).toBe('2025-03-04');
		expect(day('2025-03-04 00:10')).toBe('2025-03-04');
		expect(day('04/03/2025 11:30 pm', 'dmy')).toBe('2025-03-04');
	});

	it('reads day and month as numbers, with / - or . and 2- or 4-digit years', () => {
		expect(day('03/04/2025', 'dmy')).toBe('2025-04-03');
		expect(day('03/04/2025', 'mdy')).toBe('2025-03-04');
		expect(day('3.4.25', 'dmy')).toBe('2025-04-03');
		expect(day('03-04-2025', 'mdy')).toBe('2025-03-04');
		expect(day('5/5/99')).toBe('1999-05-05');
	});

	it('asks which order when day and month could be either way round', () => {
		expect(parseDateCell('03/04/2025', null)).toEqual({ ambiguous: true });
		expect(parseDateCell('3.4.25', null)).toEqual({ ambiguous: true });
		expect(day('04/04/2025')).toBe('2025-04-04');
	});

	it('knows the order when a part is over 12, whatever the order says', () => {
		expect(day('13/04/2025')).toBe('2025-04-13');
		expect(day('13/04/2025', 'mdy')).toBe('2025-04-13');
		expect(day('12/25/2025')).toBe('2025-12-25');
		expect(day('12/25/2025', 'dmy')).toBe('2025-12-25');
	});

	it('reads months written in English and Spanish', () => {
		for (const text of ['4 March 2025', 'March 4, 2025', '4 Mar 2025', 'Mar. 4 2025', '4th March 2025', '4 de marzo de 2025', '4 de Marzo del 2025', '4-mar-2025', '4-Mar-25', 'martes, 4 de marzo de 2025', 'marzo 4, 2025']) {
			expect(day(text), text).toBe('2025-03-04');
		}
		expect(day('1 de septiembre de 2025')).toBe('2025-09-01');
		expect(day('1 set 2025')).toBe('2025-09-01');
		expect(day('15 de diciembre de 2025')).toBe('2025-12-15');
		expect(day('20 ago 2025')).toBe('2025-08-20');
		expect(day('Sept. 4th, 2025')).toBe('2025-09-04');
	});

	it('rejects impossible dates, saying why', () => {
		expect(parseDateCell('2025-02-30', null)).toEqual({ error: '"2025-02-30" is not a date: February 2025 has 28 days' });
		expect(parseDateCell('31/31/2025', null)).toEqual({ error: '"31/31/2025" is not a date: no month 31' });
		expect(parseDateCell('2025-13-01', null)).toEqual({ error: '"2025-13-01" is not a date: no month 13' });
		expect(parseDateCell('31/04/2025', null)).toEqual({ error: '"31/04/2025" is not a date: April 2025 has 30 days' });
		expect(parseDateCell('30 February 2024', null)).toEqual({ error: '"30 February 2024" is not a date: February 2024 has 29 days' });
		expect(parseDateCell('4 Marchh 2025', null)).toEqual({ error: '"4 Marchh 2025" is not a date: no month “marchh”' });
		expect(parseDateCell('2025-03-04T25:00Z', null)).toHaveProperty('error');
	});

	it('rejects what is not a date, quoting it', () => {
		expect(parseDateCell('next Tuesday', null)).toEqual({ error: '"next Tuesday" is not a date written as YYYY-MM-DD, DD/MM/YYYY or “4 March 2025”' });
		expect(parseDateCell(null, null)).toEqual({ error: 'no date' });
		expect(parseDateCell('  ', null)).toEqual({ error: 'no date' });
		expect(parseDateCell(true, null)).toHaveProperty('error');
	});

	it('does not read numbers as dates (Excel serial days)', () => {
		expect(parseDateCell(45721, null)).toEqual({ error: '"45721" is a number, not a date; write it as YYYY-MM-DD' });
		expect(parseDateCell('45721', null)).toHaveProperty('error');
	});
});

describe('columnDayOrder', () => {
	it('settles on the order a part over 12 shows', () => {
		expect(columnDayOrder(['01/02/2025', '13/02/2025', null])).toBe('dmy');
		expect(columnDayOrder(['01/02/2025', '02/13/2025'])).toBe('mdy');
	});

	it('takes the majority of a mixed column', () => {
		expect(columnDayOrder(['13/01/2025', '01/13/2025', '01/14/2025'])).toBe('mdy');
		expect(columnDayOrder(['13/01/2025', '01/13/2025'])).toBe('ambiguous');
	});

	it('is ambiguous when nothing settles it, null when nothing needs settling', () => {
		expect(columnDayOrder(['01/02/2025', '3.4.25'])).toBe('ambiguous');
		expect(columnDayOrder(['2025-01-02', '4 March 2025', 45000, null])).toBeNull();
		expect(columnDayOrder(['05/05/2025'])).toBeNull();
		expect(columnDayOrder([])).toBeNull();
	});

	it('tells the order a single value can only be read in', () => {
		expect(impliedDayOrder('13/01/2025')).toBe('dmy');
		expect(impliedDayOrder('01/13/2025')).toBe('mdy');
		expect(impliedDayOrder('01/02/2025')).toBeNull();
	});
});
