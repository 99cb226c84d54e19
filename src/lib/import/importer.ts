import { CANCELLED } from './cancelled';
import type { DayOrder } from './dates';
import type { FieldMapping } from './mapping';
import type { Opened, TableSummary, WorkerAnswer, WorkerRequest } from './protocol';

/** A request before it is numbered. */
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** Progress as the import dialog shows it. */
export type ImportProgress = Extract<WorkerAnswer, { type: 'progress' }>;

/** Thrown when an import is cancelled, so callers can tell it from a failure (by its name, without loading this module). */
class ImportCancelled extends Error {
	name = CANCELLED;
	constructor() {
		super('Cancelled: nothing was opened.');
	}
}

/**
 * The page's side of the import worker: each call sends one request and resolves with its answer.
 * `cancel` ends the worker at once (a parse in progress cannot be interrupted otherwise); the next
 * call starts a fresh one.
 */
export class Importer {
	#worker: Worker | null = null;
	#next = 0;
	#waiting = new Map<number, { resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void }>();
	onProgress: (progress: ImportProgress) => void = () => {};

	#send(request: Request, transfer: Transferable[] = []): Promise<WorkerAnswer> {
		this.#worker ??= this.#start();
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			this.#waiting.set(id, { resolve, reject });
			this.#worker!.postMessage({ ...request, id } as WorkerRequest, transfer);
		});
	}

	#start(): Worker {
		const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
			if (data.type === 'progress') return this.onProgress(data);
			const waiting = this.#waiting.get(data.id);
			this.#waiting.delete(data.id);
			waiting?.resolve(data);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			this.#fail(new Error(`The import stopped: ${event.message || 'the browser ended it, perhaps out of memory'}.`));
		};
		return worker;
	}

	#fail(error: Error) {
		this.#worker?.terminate();
		this.#worker = null;
		for (const { reject } of this.#waiting.values()) reject(error);
		this.#waiting.clear();
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
		this.#fail(new ImportCancelled());
	}

	destroy() {
		this.#worker?.terminate();
		this.#worker = null;
	}
}

function opened(answer: WorkerAnswer): Opened {
	if (answer.type === 'opened') return answer.opened;
	throw new Error(answer.type === 'failed' ? answer.message : `Unexpected answer from the import worker: ${answer.type}`);
}
