import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { geodata } from './scripts/geodata-plugin.ts';

export default defineConfig({
	plugins: [sveltekit(), geodata()],
	server: { port: 5173 },
	preview: { port: 4173 },
	build: { chunkSizeWarningLimit: 1200 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
