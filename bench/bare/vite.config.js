import { defineConfig } from 'vite';

// Builds the bare baseline page into bench/.cache/bare (see bench/run.js).
export default defineConfig({
	root: new URL('.', import.meta.url).pathname,
	base: './',
	logLevel: 'warn',
	build: { outDir: new URL('../.cache/bare', import.meta.url).pathname, emptyOutDir: true, target: 'esnext', chunkSizeWarningLimit: 2000 }
});
