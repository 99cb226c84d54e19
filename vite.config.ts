import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { geodata, offlineData } from './scripts/geodata-plugin.ts';
import { militarySymbols } from './scripts/military-symbols-plugin.ts';

export default defineConfig(async () => ({
	plugins: [sveltekit(), geodata(), militarySymbols()],
	// SvelteKit applies `define` to the offline worker's build too: it learns the data folder's files there.
	define: { __OFFLINE_DATA__: JSON.stringify(await offlineData()) },
	server: { port: 5173 },
	preview: { port: 4173 },
	build: { chunkSizeWarningLimit: 1200 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
}));
