import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A folder of static files that works from any host and any sub-path (relative asset URLs).
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		paths: { relative: true },
		version: { name: 'briefing-map' },
		// The page registers the offline worker itself, once the first view is drawn (src/lib/app/offline.ts).
		serviceWorker: { register: false },
		// Nothing from data can run: no inline script but SvelteKit's own bootstrap (hashed into the
		// page's meta tag), no outside origin for anything. Inline styles stay allowed: Svelte and
		// MapLibre position elements with style attributes. The map's worker may start from a blob.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
