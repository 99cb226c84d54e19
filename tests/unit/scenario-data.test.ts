import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '$lib/data/scenario';
import type { Source } from '$lib/data/schema';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(resolve(root, 'geodata', path), 'utf8');
/** The article files; CI provides them at ../shared/sources next to the clone. */
const SOURCES_DIR = resolve(root, process.env.SOURCES_DIR ?? '../shared/sources');
const haveSources = existsSync(resolve(SOURCES_DIR, 'INDEX.md'));

const scenario = (await loadScenario(async (path) => read(path))) as Scenario;
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
		for (const id of ['ford-csg-caribbean', 'aegis-destroyers', 'amphibious-group', 'cruisers-gettysburg-lake-erie', 'submarine', 'boat-strikes', 'bella-1-pursuit', 'tanker-seizures']) {
			const f = scenario.features.find((x) => x.properties.id === id)!;
			expect(f.properties.precision, id).toBe('approximate');
			expect(f.shape.type, id).toBe('Polygon');
		}
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
		// troop numbers, the reward for Maduro, a count that does not add up, a self-contradicting claim
		expect(disputed).toEqual(expect.arrayContaining(['amphibious-group', 'reward-for-maduro', 'thirteen-vessels', 'cia-covert-operations', 'southern-spear-force']));
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
		const notFound = everySource.filter(({ source }) => source.file !== undefined && !text(source.file).includes(normalise(source.quote)));
		expect(notFound.map(({ where, source }) => `${where}: "${source.quote}" is not in ${source.file}`)).toEqual([]);
	});
});

if (!haveSources) {
	console.warn(`Quote check SKIPPED: no article files at ${SOURCES_DIR}. Set SOURCES_DIR to the folder holding INDEX.md and the articles.`);
	it.skip(`quotes against the article files: SKIPPED, no article files at ${SOURCES_DIR}`, () => {});
}
