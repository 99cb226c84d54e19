import ImportWorker from './import.worker.ts?worker&inline';

/** Starts the import worker from a copy of its script inside the page, for the single-file build, which has no other files. */
export function startImportWorker(): Worker {
	return new ImportWorker();
}
