import type { Handle } from '@sveltejs/kit';
import { CHECKED_FILE, DATA_PREFIX } from '$lib/data/data-files';

/**
 * The map page asks the browser for its scenario and fonts in the HTML head, so they arrive while
 * the scripts load instead of after them. (This runs when the pages are prerendered at build time.)
 */
const DATA_PRELOAD = `<link rel="preload" as="fetch" crossorigin="anonymous" href="./${DATA_PREFIX}/${CHECKED_FILE}">`;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		// Every browser that runs the app reads WOFF2; preloading the WOFF fallbacks too would fetch each font twice.
		preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && path.endsWith('.woff2')),
		transformPageChunk: ({ html }) => (event.url.pathname === '/' ? html.replace('</head>', `\t${DATA_PRELOAD}\n\t</head>`) : html)
	});
