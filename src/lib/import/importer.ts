import { CANCELLED } from './cancelled';
import { startImportWorker } from './start-worker';
import type { DayOrder } from './dates';
import type { FieldMapping } from './mapping';
import type { ScenarioFeature } from '$lib/data/scenario';
import type { KeepResult, Opened, TableSummary, WorkerAnswer, WorkerRequest } from './protocol';
import { locale } from '$lib/i18n/locale';
import { importText } from '$lib/i18n/import';

/** A request before it is numbered and given the page's language. */
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id' | 'locale'> : never) : never;

/** Progress as the import dialog shows it. */
export type ImportProgress = Extract<WorkerAnswer, { type: 'progress' }>;

/** Thrown when an import is cancelled, so callers can tell it from a failure (by its name, without loading this module). */
class ImportCancelled extends Error {
	name = CANCELLED;
	constructor() {
		super(importText().cancelled);
	}
}

/**
 * The page's side of the import worker: each call sends one request and resolves with its answer.
 * `cancel` ends the worker at once (a parse in progress cannot be interrupted otherwise), unless it
 * is still keeping a scenario already shown: then it ends once that is kept. The next call starts a
 * fresh one.
 */
export class Importer {
	#worker: Worker | null = null;
	#next = 0;
	#waiting = new Map<number, { resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void }>();
	/** Scenarios still being kept, by kept id, and the worker keeping each: settled once it has said how that went. */
	#saves = new Map<string, { worker: Worker; done: Promise<void>; settle: () => void }>();
	/** The parts of a scenario's items received so far, by request (see `ITEMS_PER_MESSAGE`). */
	#items = new Map<number, ScenarioFeature[][]>();
	onProgress: (progress: ImportProgress) => void = () => {};
	/** Told how keeping each opened scenario went (see `Opened.keeping`). */
	onKept: (result: KeepResult) => void = () => {};

	#send(request: Request, transfer: Transferable[] = []): Promise<WorkerAnswer> {
		this.#worker ??= this.#start();
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			this.#waiting.set(id, { resolve, reject });
			this.#worker!.postMessage({ ...request, id, locale: locale() } as WorkerRequest, transfer);
		});
	}

	#start(): Worker {
		const worker = startImportWorker();
		worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
			if (data.type === 'progress') return this.onProgress(data);
			if (data.type === 'items') return this.#takeItems(data);
			if (data.type === 'opened') this.#joinItems(data);
			if (data.type === 'opened' && data.opened.keeping) this.#keepingStarted(worker, data.opened.kept.id);
			if (data.type === 'kept') return this.#kept(worker, data.result);
			const waiting = this.#waiting.get(data.id);
			this.#waiting.delete(data.id);
			waiting?.resolve(data);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			if (worker === this.#worker) this.#fail(new Error(event.message ? importText().stopped(event.message) : importText().stoppedByBrowser), { keepSaving: false });
			// A worker retired by a cancel, while it was keeping a scenario.
			else this.#end(worker);
		};
		return worker;
	}

	#takeItems({ id, items, total }: Extract<WorkerAnswer, { type: 'items' }>) {
		const parts = this.#items.get(id) ?? [];
		parts.push(items);
		this.#items.set(id, parts);
		this.onProgress({ id, type: 'progress', stage: 'taking', done: parts.reduce((sum, part) => sum + part.length, 0), total });
	}

	/** Puts the parts received before an opened scenario in front of its own items. */
	#joinItems({ id, opened }: Extract<WorkerAnswer, { type: 'opened' }>) {
		const parts = this.#items.get(id);
		if (!parts) return;
		this.#items.delete(id);
		opened.scenario.features = parts.concat([opened.scenario.features]).flat();
	}

	#keepingStarted(worker: Worker, keptId: string) {
		let settle = () => {};
		const done = new Promise<void>((resolve) => (settle = resolve));
		this.#saves.set(keptId, { worker, done, settle });
	}

	#isKeeping(worker: Worker): boolean {
		return [...this.#saves.values()].some((save) => save.worker === worker);
	}

	/** Settles once the scenario kept under `keptId` is kept or could not be (at once if it is not being kept now). */
	whenKept(keptId: string): Promise<void> {
		return this.#saves.get(keptId)?.done ?? Promise.resolve();
	}

	#kept(worker: Worker, result: KeepResult) {
		this.#saves.get(result.keptId)?.settle();
		this.#saves.delete(result.keptId);
		if (worker !== this.#worker && !this.#isKeeping(worker)) worker.terminate();
		this.onKept(result);
	}

	#fail(error: Error, { keepSaving }: { keepSaving: boolean }) {
		const worker = this.#worker;
		this.#worker = null;
		if (worker && !(keepSaving && this.#isKeeping(worker))) this.#end(worker);
		for (const { reject } of this.#waiting.values()) reject(error);
		this.#waiting.clear();
		this.#items.clear();
	}

	/** Ends a worker; whatever it was still keeping is lost, so nobody waits for it. */
	#end(worker: Worker) {
		worker.terminate();
		for (const [keptId, save] of this.#saves) {
			if (save.worker !== worker) continue;
			save.settle();
			this.#saves.delete(keptId);
		}
	}

	/** Reads a file: a table waits for its mapping; a scenario package opens at once. */
	async read(name: string, bytes: ArrayBuffer, keepAs: string | null = null): Promise<{ table: TableSummary } | { opened: Opened }> {
		const answer = await this.#send({ type: 'read', name, bytes, keepAs }, [bytes]);
		if (answer.type === 'table') return { table: answer.table };
		return { opened: opened(answer) };
	}

	/** Turns the table read last into a scenario with the mapping the user confirmed. */
	async convert(mapping: FieldMapping, order: DayOrder | null, title: string, oneDay: boolean): Promise<Opened> {
		return opened(await this.#send({ type: 'convert', mapping, order, title, oneDay }));
	}

	async openKept(keptId: string): Promise<Opened> {
		return opened(await this.#send({ type: 'open-kept', keptId }));
	}

	cancel() {
		this.#fail(new ImportCancelled(), { keepSaving: true });
	}

	destroy() {
		for (const worker of new Set([this.#worker, ...[...this.#saves.values()].map((save) => save.worker)])) if (worker) this.#end(worker);
		this.#worker = null;
	}
}

function opened(answer: WorkerAnswer): Opened {
	if (answer.type === 'opened') return answer.opened;
	throw new Error(answer.type === 'failed' ? answer.message : importText().unexpectedAnswer(answer.type));
}
