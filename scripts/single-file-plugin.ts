import type { Plugin } from 'vite';

/** What the single-file build (`npm run build:single`) changes in the app's modules: the import worker starts from a copy inlined in the script. */
export function singleFile(): Plugin {
	return {
		name: 'single-file',
		enforce: 'pre',
		resolveId(source, importer, options) {
			if (source === './start-worker' && importer?.endsWith('/src/lib/import/importer.ts')) return this.resolve('./start-worker-inline.ts', importer, options);
			return undefined;
		}
	};
}
