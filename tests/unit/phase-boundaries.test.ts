import { describe, expect, it } from 'vitest';
import type { ValidPhase } from '$lib/data/validate';
import { boundaryDate, boundaryEdit, clampLine, daysDragged, keyedLine, phaseBoundaries } from '$lib/edit/phase-boundaries';
import { parseDay, type Day } from '$lib/timeline/day';

const day = (text: string) => parseDay(text) as Day;

function phase(id: string, start: string, end: string): ValidPhase {
	return { id, name: id.toUpperCase(), start, end, startDay: day(start), endDay: day(end) } as ValidPhase;
}

/** March 2025 in three phases: A and B adjacent, a gap, then C. */
const PHASES = [phase('a', '2025-03-01', '2025-03-10'), phase('b', '2025-03-11', '2025-03-20'), phase('c', '2025-03-25', '2025-03-31')];
const [FIRST, LAST] = [day('2025-03-01'), day('2025-03-31')];

describe('phaseBoundaries', () => {
	it('has the first phase’s start, a boundary between adjacent phases only, and the last phase’s end', () => {
		const boundaries = phaseBoundaries(PHASES, FIRST, LAST);
		expect(boundaries.map((b) => [b.key, b.name])).toEqual([
			['a:start', 'Start of “A”'],
			['b:start', 'Boundary between “A” and “B”'],
			['c:end', 'End of “C”']
		]);
	});

	it('lets each move only so far that every phase keeps a day and the scenario’s dates hold', () => {
		const [start, between, end] = phaseBoundaries(PHASES, FIRST, LAST);
		expect([start.line, start.min, start.max]).toEqual([FIRST, FIRST, day('2025-03-10')]);
		// B's start moves A's end too: A keeps its first day, B its last.
		expect([between.line, between.min, between.max]).toEqual([day('2025-03-11'), day('2025-03-02'), day('2025-03-20')]);
		// The end's line is the day after the last phase ends.
		expect([end.line, end.min, end.max]).toEqual([LAST + 1, day('2025-03-26'), LAST + 1]);
	});

	it('has none without phases, and both edges of a single phase', () => {
		expect(phaseBoundaries([], FIRST, LAST)).toEqual([]);
		expect(phaseBoundaries([PHASES[0]], FIRST, LAST).map((b) => b.key)).toEqual(['a:start', 'a:end']);
	});
});

describe('boundaryEdit', () => {
	it('moves the later phase’s start, or the last phase’s end, named as the phase form names it', () => {
		const [, between, end] = phaseBoundaries(PHASES, FIRST, LAST);
		expect(boundaryEdit(between, day('2025-03-14'))).toEqual({ id: 'b', patch: { start: '2025-03-14' }, label: 'move the start of “B”' });
		expect(boundaryEdit(end, day('2025-03-29'))).toEqual({ id: 'c', patch: { end: '2025-03-28' }, label: 'move the end of “C”' });
	});
});

describe('dragging and keys', () => {
	const [, between] = phaseBoundaries(PHASES, FIRST, LAST);

	it('turns a drag into whole days, snapping to the nearest', () => {
		// 300 px for 30 days: 10 px a day.
		expect(daysDragged(34, 300, 30)).toBe(3);
		expect(daysDragged(-36, 300, 30)).toBe(-4);
		expect(daysDragged(4, 300, 30)).toBe(0);
		expect(daysDragged(50, 0, 30)).toBe(0);
	});

	it('clamps a line to where the boundary may go', () => {
		expect(clampLine(between, day('2025-02-20'))).toBe(day('2025-03-02'));
		expect(clampLine(between, day('2025-03-30'))).toBe(day('2025-03-20'));
		expect(clampLine(between, day('2025-03-15'))).toBe(day('2025-03-15'));
	});

	it('moves a day with the arrows, a week with PageUp and PageDown, to the ends with Home and End, never past them', () => {
		const line = between.line;
		expect(keyedLine(between, line, 'ArrowLeft')).toBe(line - 1);
		expect(keyedLine(between, line, 'ArrowRight')).toBe(line + 1);
		expect(keyedLine(between, line, 'PageUp')).toBe(line + 7);
		expect(keyedLine(between, line, 'PageDown')).toBe(line - 7);
		expect(keyedLine(between, day('2025-03-18'), 'PageUp')).toBe(between.max);
		expect(keyedLine(between, line, 'Home')).toBe(between.min);
		expect(keyedLine(between, line, 'End')).toBe(between.max);
		expect(keyedLine(between, line, 'a')).toBeNull();
	});
});

describe('boundaryDate', () => {
	it('says a start as the day it is from, and an end as the day it runs to', () => {
		const [, between, end] = phaseBoundaries(PHASES, FIRST, LAST);
		expect(boundaryDate(between, between.line)).toBe('from 11 Mar');
		expect(boundaryDate(between, between.line, true)).toBe('from 11 March 2025');
		expect(boundaryDate(end, end.line)).toBe('to 31 Mar');
	});
});
