import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { geodata, offlineData } from './scripts/geodata-plugin.ts';
import { militarySymbols } from './scripts/military-symbols-plugin.ts';
import { singleFile } from './scripts/single-file-plugin.ts';

/** Set by `npm run build:single` (see svelte.config.js): one HTML file with everything in it. */
const single = process.env.BRIEFING_SINGLE_FILE === '1';

export default defineConfig(async () => ({
	plugins: [sveltekit(), geodata(undefined, { inline: single }), militarySymbols(), ...(single ? [singleFile()] : [])],
	// SvelteKit applies `define` to the offline worker's build too: it learns the data folder's files there.
	define: { __OFFLINE_DATA__: JSON.stringify(await offlineData()), __SINGLE_FILE__: JSON.stringify(single) },
	server: { port: 5173 },
	preview: { port: 4173 },
	// The single file has every font, worker and image inside it, as data: addresses.
	build: { chunkSizeWarningLimit: 1200, ...(single && { assetsInlineLimit: () => true }) },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
}));
