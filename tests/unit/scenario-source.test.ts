import { describe, expect, it } from 'vitest';
import { addressFor, fileTooLarge, FIGURE_LIMIT, FILE_LIMIT_MB, ITEM_LIMIT, keptIdOf, readScenarioParam, scenarioParam, tooManyFigures, tooManyItems } from '$lib/app/scenario-source';
import { keepFailure } from '$lib/app/keep';
import { problemReport, reportName } from '$lib/data/report';

const BASE = 'https://maps.example/brief/?date=2025-11-04';
const read = (query: string) => readScenarioParam(new URLSearchParams(query), BASE);

describe('the scenario an address names', () => {
	it('is the built-in one when it names none', () => {
		expect(read('date=2025-11-04')).toEqual({ ref: { kind: 'built-in' } });
		expect(read('scenario=')).toEqual({ ref: { kind: 'built-in' } });
	});

	it('is a kept one by its id, and only a well-formed id', () => {
		expect(read('scenario=kept:ab12-cd')).toEqual({ ref: { kind: 'kept', id: 'ab12-cd' } });
		const bad = read('scenario=kept:<script>');
		expect(bad.ref).toEqual({ kind: 'built-in' });
		expect(bad.notice).toContain('not the name of a kept scenario');
	});

	it('is a file on this site, relative to the app, but never one elsewhere', () => {
		const ref = read('scenario=shared/x.csv').ref;
		expect(ref.kind === 'url' && ref.url.href).toBe('https://maps.example/brief/shared/x.csv');
		for (const elsewhere of ['https://evil.example/x.csv', '//evil.example/x.csv', 'javascript:alert(1)', 'data:text/csv,a']) {
			const { ref, notice } = read(`scenario=${encodeURIComponent(elsewhere)}`);
			expect(ref, elsewhere).toEqual({ kind: 'built-in' });
			expect(notice, elsewhere).toContain('only files from its own site');
		}
	});

	it('is written back as the address named it', () => {
		expect(scenarioParam({ kind: 'built-in' }, BASE)).toBeNull();
		expect(scenarioParam({ kind: 'unkept' }, BASE)).toBeNull();
		expect(scenarioParam({ kind: 'kept', id: 'ab12' }, BASE)).toBe('kept:ab12');
		expect(scenarioParam({ kind: 'url', url: new URL('https://maps.example/brief/shared/x.csv') }, BASE)).toBe('shared/x.csv');
		expect(scenarioParam({ kind: 'url', url: new URL('https://maps.example/other/x.csv') }, BASE)).toBe('/other/x.csv');
	});

	it('starts a newly opened scenario from nothing but its name, and a reload from the whole address', () => {
		expect(addressFor(null, 'kept:ab12').toString()).toBe('scenario=kept%3Aab12');
		expect(addressFor(new URLSearchParams('scenario=kept:old&date=2024-03-01'), 'kept:ab12').toString()).toBe('scenario=kept%3Aab12&date=2024-03-01');
		expect(addressFor(new URLSearchParams('scenario=x&date=2024-03-01'), null).toString()).toBe('date=2024-03-01');
	});
});

describe('what keeps a file from opening or from being kept', () => {
	it('refuses a file too large to read safely, with the numbers and what to do', () => {
		expect(fileTooLarge('events.csv', FILE_LIMIT_MB * 1024 * 1024)).toBeNull();
		const message = fileTooLarge('events.csv', 812 * 1024 * 1024);
		expect(message).toContain('“events.csv” is 812 MB');
		expect(message).toContain(`up to ${FILE_LIMIT_MB} MB`);
		expect(message).toContain('Split it');
	});

	it('refuses more items than the map can hold, with the numbers', () => {
		expect(tooManyItems('rows.csv', 1_200_000)).toBe(
			`“rows.csv” has 1,200,000 items; this map opens up to ${ITEM_LIMIT.toLocaleString('en-US')} at a time, because a larger scenario can run this browser tab out of memory. Split the file by date or area, or keep only the rows you need.`
		);
	});

	it('refuses more areas, lines, tracks and symbols than the map can draw, with the numbers', () => {
		expect(tooManyFigures('areas.geojson', 400_000)).toBe(
			`“areas.geojson” has 400,000 items drawn as areas, lines, tracks or symbols; this map draws up to ${FIGURE_LIMIT.toLocaleString('en-US')} of those (and up to ${ITEM_LIMIT.toLocaleString('en-US')} plain points), because more can run this browser tab out of memory. Split the file by date or area.`
		);
	});

	it('keeps the same file under the same id, so opening it again replaces its copy', () => {
		const bytes = new TextEncoder().encode('date,name\n2024-03-01,A\n');
		expect(keptIdOf(bytes)).toMatch(/^f[0-9a-z]{1,7}$/);
		expect(keptIdOf(bytes)).toBe(keptIdOf(bytes.slice()));
		expect(keptIdOf(new TextEncoder().encode('date,name\n2024-03-02,A\n'))).not.toBe(keptIdOf(bytes));
	});

	it('says why the browser would not keep a scenario', () => {
		expect(keepFailure(new DOMException('full', 'QuotaExceededError'))).toBe('this browser has no room left for it');
		expect(keepFailure(new DOMException('no', 'InvalidStateError'))).toContain('private window');
		expect(keepFailure(new Error('odd'))).toContain('odd');
	});
});

describe('the problem report', () => {
	it('names every problem where it is, after a heading with the count', () => {
		const report = problemReport(
			'Exercise',
			[
				{ file: 'exercise.csv', row: 'row 4', column: 'Lat', message: 'not a latitude' },
				{ file: 'exercise.csv', message: 'only sheet "Events" was read' }
			],
			'',
			new Date(Date.UTC(2026, 11, 2, 9, 30))
		);
		expect(report.split('\n')).toEqual([
			'Problems found opening “Exercise”, 2026-12-02 09:30 UTC',
			'2 problems; everything else was loaded.',
			'',
			'exercise.csv, row 4, column "Lat": not a latitude',
			'exercise.csv: only sheet "Events" was read',
			''
		]);
		expect(reportName('Exercise Alpha: week 2')).toBe('exercise-alpha-week-2-problems.txt');
	});
});
