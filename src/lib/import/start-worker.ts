/** Starts the import worker from its own file beside the app's scripts (the single-file build uses start-worker-inline.ts). */
export function startImportWorker(): Worker {
	return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}
