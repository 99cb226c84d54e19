import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { loadScenario } from '../src/lib/data/scenario.ts';
import { describeProblem } from '../src/lib/data/problem.ts';
import { CHECKED_FILE, DATA_PREFIX } from '../src/lib/data/data-files.ts';

const GEODATA = fileURLToPath(new URL('../geodata/', import.meta.url));
/** The module that holds the data in the single-file build, and is null in every other. */
const INLINE_DATA = 'virtual:inline-data';
const TYPES: Record<string, string> = { '.json': 'application/json', '.geojson': 'application/geo+json' };

async function dataFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((entry) => (entry.isDirectory() ? dataFiles(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)])))
	);
	return nested.flat().filter((file) => extname(file) in TYPES);
}

/**
 * The files the build's data folder holds (paths under it, as the app asks for them) and a hash of
 * geodata/'s content: the offline worker keeps these, and a new hash makes it a new version.
 */
export async function offlineData(root = GEODATA): Promise<{ files: string[]; version: string }> {
	const sources = (await dataFiles(root)).sort();
	const hash = createHash('sha256');
	for (const file of sources) hash.update(relative(root, file)).update(await readFile(file));
	const files = [...sources.map((file) => relative(root, file).split(sep).join('/')), CHECKED_FILE].map((path) => `${DATA_PREFIX}/${path}`);
	return { files, version: hash.digest('hex').slice(0, 16) };
}

/**
 * Serves geodata/ at /data/ in development and copies it into the build, for editing and downloading
 * the built-in scenario (or, with `inline`, puts it in the script, for the single-file build); checks the scenario with the same code that checks an opened file and
 * writes the result as data/checked-scenario.json, which is what the app shows. Problems are
 * printed, not fatal: the app shows them too and loads everything else, and `npm test` fails on them.
 */
export function geodata(root = GEODATA, { inline = false } = {}): Plugin {
	const readGeodata = (path: string) => readFile(join(root, path), 'utf8');
	const check = () => loadScenario(readGeodata);
	let serverBuild = false;
	let checked: Awaited<ReturnType<typeof check>> | null = null;
	return {
		name: 'geodata',
		configResolved(config) {
			serverBuild = Boolean(config.build.ssr);
		},
		configureServer(server) {
			server.middlewares.use(`/${DATA_PREFIX}`, (req, res, next) => {
				const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
				if (path === CHECKED_FILE) {
					// Checked on each request, so an edit to geodata/ shows on the next reload.
					check().then((scenario) => {
						res.setHeader('Content-Type', 'application/json');
						res.end(JSON.stringify(scenario));
					}, next);
					return;
				}
				if (path.split('/').includes('..') || !(extname(path) in TYPES)) return next();
				readGeodata(path).then(
					(body) => {
						res.setHeader('Content-Type', TYPES[extname(path)]);
						res.end(body);
					},
					() => next()
				);
			});
		},
		async buildStart() {
			if (serverBuild) return;
			checked = await check();
			for (const problem of checked.problems) this.warn(`geodata/${describeProblem(problem)}`);
		},
		resolveId(id) {
			return id === INLINE_DATA ? `\0${INLINE_DATA}` : undefined;
		},
		// The single file carries the data in its script (see src/lib/data/read.ts); other builds serve it as files.
		async load(id) {
			if (id !== `\0${INLINE_DATA}`) return undefined;
			if (!inline || serverBuild) return 'export default null;';
			const files: Record<string, string> = { [CHECKED_FILE]: JSON.stringify(checked ?? (await check())) };
			for (const file of await dataFiles(root)) files[relative(root, file).split(sep).join('/')] = await readFile(file, 'utf8');
			return `export default ${JSON.stringify(files)};`;
		},
		async generateBundle() {
			if (serverBuild || inline) return;
			for (const file of await dataFiles(root)) {
				const fileName = `${DATA_PREFIX}/${relative(root, file).split(sep).join('/')}`;
				this.emitFile({ type: 'asset', fileName, source: await readFile(file) });
			}
			this.emitFile({ type: 'asset', fileName: `${DATA_PREFIX}/${CHECKED_FILE}`, source: JSON.stringify(checked) });
		}
	};
}
