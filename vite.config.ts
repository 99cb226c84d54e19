import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { geodata } from './scripts/geodata-plugin.ts';
import { militarySymbols } from './scripts/military-symbols-plugin.ts';

export default defineConfig({
	plugins: [sveltekit(), geodata(), militarySymbols()],
	server: { port: 5173 },
	preview: { port: 4173 },
	build: { chunkSizeWarningLimit: 1200 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
