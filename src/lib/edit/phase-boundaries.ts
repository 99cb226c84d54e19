/**
 * The phase boundaries an author drags on the timeline: where they are, how far each may move, and
 * the one phase edit that moves it. A boundary is a "line" on the timeline: the first day after it.
 */
import type { ValidPhase } from '$lib/data/validate';
import { editsText } from '$lib/i18n/edits';
import { clampDay, formatDay, humanDate, shortDate, type Day } from '$lib/timeline/day';

export interface PhaseBoundary {
	/** Stays the same while the boundary moves, for the handle to keep its focus. */
	key: string;
	/** The phase whose date the boundary is: its start, or (the last phase's outer edge) its end. */
	phase: ValidPhase;
	edge: 'start' | 'end';
	/** The first day after the boundary. */
	line: Day;
	/** How far it may move, every phase keeping at least one day and the scenario's dates. */
	min: Day;
	max: Day;
	/** What it is, for a screen reader. */
	name: string;
}

/**
 * The boundaries between adjacent phases (the later phase's start, which moves the earlier one's
 * end with it), and the outer start of the first phase and end of the last, inside the scenario's
 * dates `first` to `last`. Phases not adjacent have none between them: a gap stays as the author left it.
 */
export function phaseBoundaries(phases: ValidPhase[], first: Day, last: Day): PhaseBoundary[] {
	if (!phases.length) return [];
	const t = editsText();
	const [opening, closing] = [phases[0], phases[phases.length - 1]];
	const between = phases.slice(1).flatMap((phase, i) => {
		const before = phases[i];
		if (before.endDay + 1 !== phase.startDay) return [];
		return [startOf(phase, before.startDay + 1, t.boundaryBetween(before.name, phase.name))];
	});
	const endOfLast: PhaseBoundary = { key: `${closing.id}:end`, phase: closing, edge: 'end', line: closing.endDay + 1, min: closing.startDay + 1, max: last + 1, name: t.endOf(closing.name) };
	return [startOf(opening, first, t.startOf(opening.name)), ...between, endOfLast];
}

/** A phase's start as a boundary, which may move from `min` to the phase's end. */
function startOf(phase: ValidPhase, min: Day, name: string): PhaseBoundary {
	return { key: `${phase.id}:start`, phase, edge: 'start', line: phase.startDay, min, max: phase.endDay, name };
}

/** The edit that puts a boundary at `line`, for `Editor.updatePhase`: a start moved also moves an adjacent previous phase's end. */
export function boundaryEdit(boundary: PhaseBoundary, line: Day): { id: string; patch: Record<string, string>; label: string } {
	const { phase, edge } = boundary;
	const patch = { [edge]: formatDay(edge === 'start' ? line : line - 1) };
	const { history } = editsText();
	return { id: phase.id, patch, label: edge === 'start' ? history.phaseStart(phase.name) : history.phaseEnd(phase.name) };
}

/** Keeps a line where `boundary` may go. */
export function clampLine(boundary: PhaseBoundary, line: Day): Day {
	return clampDay(line, boundary.min, boundary.max);
}

/** Whole days a drag of `dx` pixels moves a boundary, on a timeline `width` pixels wide showing `span` days. */
export function daysDragged(dx: number, width: number, span: number): number {
	return width > 0 ? Math.round((dx / width) * span) : 0;
}

/** Days each key moves a boundary: a day with the arrows, a week with PageUp and PageDown, as sliders do. */
const KEY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -7, PageUp: 7 };

/** Where a key moves a boundary now at `line` (Home and End: as far as it may go), or null for a key it ignores. */
export function keyedLine(boundary: PhaseBoundary, line: Day, key: string): Day | null {
	if (key === 'Home') return boundary.min;
	if (key === 'End') return boundary.max;
	const step = KEY_STEPS[key];
	return step === undefined ? null : clampLine(boundary, line + step);
}

/** The date a boundary at `line` stands for, short for the label beside its handle ("from 12 Nov", "to 31 Dec") or in full for a screen reader. */
export function boundaryDate(boundary: PhaseBoundary, line: Day, full = false): string {
	const format = full ? humanDate : shortDate;
	const t = editsText();
	return boundary.edge === 'start' ? t.boundaryFrom(format(line)) : t.boundaryTo(format(line - 1));
}
