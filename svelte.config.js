import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * `npm run build:single` (scripts/build-single.js) builds the app as one HTML file that opens from
 * file://: routes in the address's hash, every script and style inlined into the page (and, by
 * vite.config.ts, every font, worker and data file).
 */
const singleFile = process.env.BRIEFING_SINGLE_FILE === '1';
/** Where the adapter writes: the single file's page is taken from its folder by scripts/build-single.js. */
const output = singleFile ? 'build-single/kit' : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A folder of static files that works from any host and any sub-path (relative asset URLs).
		adapter: adapter({ pages: output, assets: output, fallback: singleFile ? 'index.html' : undefined, precompress: false, strict: true }),
		// Its routes are the same pages without the root layout's page options (refused with hash
		// routes), and it has no service worker (browsers run none from file://).
		...(singleFile && { router: { type: 'hash' }, output: { bundleStrategy: 'inline' }, files: { routes: 'src/single-file-routes', serviceWorker: 'src/single-file-routes/none' } }),
		paths: { relative: true },
		version: { name: 'briefing-map' },
		// The page registers the offline worker itself, once the first view is drawn (src/lib/app/offline.ts).
		serviceWorker: { register: false },
		// Nothing from data can run: no inline script but SvelteKit's own bootstrap (hashed into the
		// page's meta tag), no outside origin for anything. Inline styles stay allowed: Svelte and
		// MapLibre position elements with style attributes. The map's worker may start from a blob.
		// The single file carries its fonts, workers and data as data: and blob: addresses instead.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': singleFile ? ['self', 'blob:', 'data:'] : ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': singleFile ? ['self', 'data:'] : ['self'],
				'connect-src': singleFile ? ['self', 'data:', 'blob:'] : ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
