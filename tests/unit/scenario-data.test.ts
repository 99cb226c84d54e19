import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '$lib/data/scenario';
import { currentFigures, isSummed, totalQuantities } from '$lib/data/quantities';
import type { Source } from '$lib/data/schema';
import { formatDay, isFirstOfMonth, parseDay, windowEnd, type Day } from '$lib/timeline/day';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(resolve(root, 'geodata', path), 'utf8');
/** The article files; CI provides them at ../shared/sources next to the clone. */
const SOURCES_DIR = resolve(root, process.env.SOURCES_DIR ?? '../shared/sources');
const haveSources = existsSync(resolve(SOURCES_DIR, 'INDEX.md'));

const scenario = (await loadScenario(async (path) => read(path))) as Scenario;
const feature = (id: string) => scenario.features.find((f) => f.properties.id === id)!;
const everySource: { where: string; source: Source }[] = [
	...scenario.features.flatMap((f) => f.properties.sources.map((source) => ({ where: `feature "${f.properties.id}"`, source }))),
	...scenario.phases.flatMap((p) => p.sources.map((source) => ({ where: `phase "${p.id}"`, source })))
];

/** Whitespace-insensitive, so a line break or a non-breaking space in the article does not matter. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the scenario data', () => {
	it('loads completely: every feature valid, ids unique, dates and places in range', () => {
		expect(scenario.problems).toEqual([]);
		expect(scenario.features.length).toBeGreaterThan(40);
	});

	it('keeps every item on the map inside the scenario’s dates', () => {
		for (const f of scenario.features) {
			expect(f.start, f.properties.id).toBeGreaterThanOrEqual(scenario.start);
			expect(f.end ?? scenario.end, f.properties.id).toBeLessThanOrEqual(scenario.end);
		}
	});

	it('says how every date that is not known to the day was worked out', () => {
		const unexplained = scenario.features.filter((f) => f.properties.datePrecision !== 'day' && !f.properties.dateNote);
		expect(unexplained.map((f) => f.properties.id)).toEqual([]);
	});

	it('draws ships at sea and interdictions as areas, never as exact points', () => {
		for (const id of ['aegis-destroyers', 'amphibious-group', 'cruiser-lake-erie', 'cruiser-gettysburg', 'submarine', 'boat-strikes', 'boat-strikes-pacific', 'bella-1-pursuit', 'tanker-seizure-skipper', 'tanker-seizure-centuries']) {
			const f = feature(id);
			expect(f.properties.precision, id).toBe('approximate');
			expect(f.shape.type, id).toBe('Polygon');
		}
		// The carrier moves along reported positions, each with how far from it the ship may have been.
		const ford = feature('ford-csg-caribbean');
		expect(ford.properties.precision).toBe('approximate');
		expect(ford.properties.track!.every((w) => (w.radiusKm ?? 0) > 0)).toBe(true);
	});

	it('has five to seven named phases covering the scenario without gaps or overlaps', () => {
		const phases = scenario.phases;
		expect(phases.length).toBeGreaterThanOrEqual(5);
		expect(phases.length).toBeLessThanOrEqual(7);
		expect(phases[0].startDay).toBe(scenario.start);
		expect(phases[phases.length - 1].endDay).toBe(scenario.end);
		for (let i = 1; i < phases.length; i++) expect(phases[i].startDay, phases[i].id).toBe(phases[i - 1].endDay + 1);
	});

	it('records where the sources disagree, with every side sourced', () => {
		const disputed = scenario.features.filter((f) => f.properties.disagreements.length > 0).map((f) => f.properties.id);
		// troop numbers, the reward, a count that does not add up, the Ford's escorts, a wrong start for the strikes,
		// a self-contradicting claim, two tolls out of date, a declaration reported as a closure
		expect(disputed).toEqual(
			expect.arrayContaining(['amphibious-group', 'reward-for-maduro', 'thirteen-vessels', 'ford-csg-caribbean', 'boat-strikes', 'cia-covert-operations', 'southern-spear-force', 'airspace-closure'])
		);
	});
});

describe('every date checked against outside reporting', () => {
	const outside = everySource.filter(({ source }) => source.file === undefined);

	it('gives every outside source its address, outlet, publication date and a quote', () => {
		const incomplete = outside.filter(({ source }) => !/^https?:\/\//.test(source.url ?? '') || !source.publication || !source.published || !source.quote);
		expect(incomplete.map(({ where, source }) => `${where}: ${source.url}`)).toEqual([]);
	});

	it('confirms every item from outside the articles, or says that nothing outside was found', () => {
		const unconfirmed = scenario.features.filter((f) => !f.properties.sources.some((s) => s.file === undefined) && !/no outside/i.test(f.properties.dateNote ?? ''));
		expect(unconfirmed.map((f) => f.properties.id)).toEqual([]);
	});

	it('never starts an item after a source reported it done; sources from before its date say so', () => {
		const problems = scenario.features.flatMap((f) =>
			f.properties.sources.flatMap((s, i) => {
				const published = parseDay(s.published ?? '') as Day;
				if (s.earlier ? published < f.start : published >= f.start) return [];
				return [`${f.properties.id}: source ${i} (${s.publication}, ${s.published}) ${s.earlier ? 'is marked earlier but is not' : 'reports it before its start'}`];
			})
		);
		expect(problems).toEqual([]);
	});

	it('reports each running count no earlier than its source published it', () => {
		const early = scenario.features.flatMap((f) =>
			f.properties.quantities.filter((q) => q.asOf !== undefined && q.asOf > (f.properties.sources[q.source].published ?? '')).map((q) => `${f.properties.id}: ${q.kind} ${q.value} as of ${q.asOf}`)
		);
		expect(early).toEqual([]);
	});

	it('keeps an item dated to a week or a month on the map for that whole window', () => {
		const loose = scenario.features.filter((f) => f.properties.datePrecision !== 'day');
		expect(loose.length).toBeGreaterThan(0);
		for (const f of loose) {
			expect(f.end === null || f.end >= windowEnd(f.start, f.properties.datePrecision), f.properties.id).toBe(true);
			if (f.properties.datePrecision === 'month') expect(isFirstOfMonth(f.start), f.properties.id).toBe(true);
		}
	});

	it('counts only like with like: US forces, the strikes’ toll and rewards are different kinds', () => {
		const wrong = scenario.features.flatMap((f) =>
			f.properties.quantities.flatMap((q) => {
				const us = f.properties.unit?.affiliation !== 'neutral' && ['naval', 'air'].includes(f.properties.category);
				const ok = ['ships', 'aircraft', 'personnel'].includes(q.kind) ? us : ['killed', 'strikes', 'boats-destroyed'].includes(q.kind) ? f.properties.category === 'force' : true;
				return ok ? [] : [`${f.properties.id}: ${q.kind}`];
			})
		);
		expect(wrong).toEqual([]);
		// On every day, the sums shown add only kinds that may be summed, each item once.
		for (let day = scenario.start; day <= scenario.end; day++) {
			const onMap = scenario.features.filter((f) => f.start <= day && (f.end ?? Infinity) >= day);
			const totals = totalQuantities(onMap.map((f) => currentFigures(f.properties.quantities, day)));
			expect(totals.every((t) => isSummed(t.kind))).toBe(true);
		}
	});

	it('puts the key events on the days outside reporting gives', () => {
		const on = (id: string) => formatDay(feature(id).start);
		expect(on('strike-2025-09-02')).toBe('2025-09-02');
		expect(on('boat-strikes')).toBe('2025-09-02');
		expect(on('hegseth-orders-ford')).toBe('2025-10-24');
		expect(on('airspace-closure')).toBe('2025-11-29');
		expect(on('cia-covert-operations')).toBe('2025-10-15');
		expect(on('tanker-seizure-skipper')).toBe('2025-12-10');
		expect(on('tanker-seizure-centuries')).toBe('2025-12-20');
		const ford = feature('ford-csg-caribbean').properties.track!;
		expect(ford.find((w) => w.place?.includes('Southern Command'))?.date).toBe('2025-11-11');
		expect(ford.find((w) => w.place?.includes('Anegada'))?.date).toBe('2025-11-16');
		expect(ford.find((w) => w.place?.includes('Gibraltar'))?.date).toBe('2025-11-04');
	});
});

// Only when the article files are there: reading them is part of defining these tests.
if (haveSources) describe(`quotes against the article files in ${SOURCES_DIR}`, () => {
	const index = readFileSync(resolve(SOURCES_DIR, 'INDEX.md'), 'utf8');
	/** file name -> publication date, from INDEX.md's table. */
	const published = new Map([...index.matchAll(/^\| (\S+\.txt) \|[^|]*\|[^|]*\| (\d{4}-\d{2}-\d{2})/gm)].map((m) => [m[1], m[2]]));

	it('finds every cited article file', () => {
		const files = new Set(readdirSync(SOURCES_DIR));
		const missing = everySource.filter(({ source }) => source.file !== undefined && !files.has(source.file));
		expect(missing.map(({ where, source }) => `${where}: ${source.file}`)).toEqual([]);
	});

	it('dates every cited article as INDEX.md does', () => {
		const wrong = everySource.filter(({ source }) => source.file !== undefined && published.get(source.file) !== source.published);
		expect(wrong.map(({ where, source }) => `${where}: ${source.file} published ${source.published}, INDEX.md says ${published.get(source.file!)}`)).toEqual([]);
	});

	it('finds every quote word for word in its article', () => {
		const texts = new Map<string, string>();
		const text = (file: string) => texts.get(file) ?? texts.set(file, normalise(readFileSync(resolve(SOURCES_DIR, file), 'utf8'))).get(file)!;
		const notFound = everySource.filter(({ source }) => source.file !== undefined && !text(source.file).includes(normalise(source.quote!)));
		expect(notFound.map(({ where, source }) => `${where}: "${source.quote}" is not in ${source.file}`)).toEqual([]);
	});
});

if (!haveSources) {
	console.warn(`Quote check SKIPPED: no article files at ${SOURCES_DIR}. Set SOURCES_DIR to the folder holding INDEX.md and the articles.`);
	it.skip(`quotes against the article files: SKIPPED, no article files at ${SOURCES_DIR}`, () => {});
}
