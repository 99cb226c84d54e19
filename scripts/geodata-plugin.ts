import { readFile, readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { INDEX_FILE, loadScenario } from '../src/lib/data/scenario.ts';
import { describeProblem } from '../src/lib/data/validate.ts';
import { DATA_PREFIX } from '../src/lib/data/read.ts';

/** Lists the data files the scenario's index names, for the page to fetch from its first moment. */
const FILES_MODULE = 'virtual:geodata-files';

const GEODATA = fileURLToPath(new URL('../geodata/', import.meta.url));
const TYPES: Record<string, string> = { '.json': 'application/json', '.geojson': 'application/geo+json' };

async function dataFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((entry) => (entry.isDirectory() ? dataFiles(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)])))
	);
	return nested.flat().filter((file) => extname(file) in TYPES);
}

/**
 * Serves geodata/ at /data/ in development, copies it into the build, and validates the scenario at
 * build time with the same code the app runs at load time. Problems are printed, not fatal: the app
 * shows them too and loads everything else, and `npm test` fails on them.
 */
export function geodata(root = GEODATA): Plugin {
	const readGeodata = (path: string) => readFile(join(root, path), 'utf8');
	let serverBuild = false;
	return {
		name: 'geodata',
		configResolved(config) {
			serverBuild = Boolean(config.build.ssr);
		},
		resolveId(id) {
			return id === FILES_MODULE ? `\0${FILES_MODULE}` : undefined;
		},
		async load(id) {
			if (id !== `\0${FILES_MODULE}`) return undefined;
			return `export default ${JSON.stringify(await indexedFiles(readGeodata))};`;
		},
		configureServer(server) {
			server.middlewares.use(`/${DATA_PREFIX}`, (req, res, next) => {
				const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
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
			const scenario = await loadScenario(readGeodata);
			for (const problem of scenario.problems) this.warn(`geodata/${describeProblem(problem)}`);
		},
		async generateBundle() {
			if (serverBuild) return;
			for (const file of await dataFiles(root)) {
				const fileName = `${DATA_PREFIX}/${relative(root, file).split(sep).join('/')}`;
				this.emitFile({ type: 'asset', fileName, source: await readFile(file) });
			}
		}
	};
}

/** The index and the files it names; just the index when it cannot be read (the app reports why). */
async function indexedFiles(read: (path: string) => Promise<string>): Promise<string[]> {
	try {
		const index = JSON.parse(await read(INDEX_FILE)) as { layers?: unknown; phases?: unknown };
		const named = [...(Array.isArray(index.layers) ? index.layers : []), index.phases];
		return [INDEX_FILE, ...named.filter((file): file is string => typeof file === 'string')];
	} catch {
		return [INDEX_FILE];
	}
}
