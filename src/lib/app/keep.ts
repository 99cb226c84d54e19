import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ScenarioPackage } from '$lib/data/package';
import type { Problem } from '$lib/data/validate';

/** A scenario kept in this browser, as the Scenarios menu lists it. */
export interface KeptSummary {
	id: string;
	title: string;
	/** The file it was opened from. */
	from: string;
	/** When it was kept, as milliseconds since 1970. */
	savedAt: number;
	/** How many items loaded. */
	items: number;
}

interface KeptRecord extends KeptSummary {
	package: ScenarioPackage;
	/** What was wrong with the file it was opened from, so the report outlives a reload. */
	problems?: Problem[];
}

interface KeepSchema extends DBSchema {
	scenarios: { key: string; value: KeptRecord; indexes: { savedAt: number } };
}

const DATABASE = 'briefing-map';
const STORE = 'scenarios';

let database: Promise<IDBPDatabase<KeepSchema>> | null = null;

/** The browser's database of kept scenarios, opened once per page (or worker). */
function open(): Promise<IDBPDatabase<KeepSchema>> {
	database ??= openDB<KeepSchema>(DATABASE, 1, {
		upgrade(db) {
			db.createObjectStore(STORE, { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
		}
	});
	// A refused open (private browsing in some browsers) is not cached, so a later try may work.
	database.catch(() => (database = null));
	return database;
}

/** Keeps a scenario; throws the browser's error (a full quota, storage refused) for the caller to explain. */
export async function keepScenario(summary: KeptSummary, pack: ScenarioPackage, problems: Problem[]): Promise<void> {
	await (await open()).put(STORE, { ...summary, package: pack, problems });
}

/** Every kept scenario, newest first, without their contents. */
export async function keptScenarios(): Promise<KeptSummary[]> {
	const db = await open();
	const records: KeptSummary[] = [];
	let cursor = await db.transaction(STORE).store.index('savedAt').openCursor(null, 'prev');
	while (cursor) {
		const { id, title, from, savedAt, items } = cursor.value;
		records.push({ id, title, from, savedAt, items });
		cursor = await cursor.continue();
	}
	return records;
}

/** A kept scenario, or null when this browser has no such scenario (deleted, or a link from another browser). */
export async function keptScenario(id: string): Promise<{ summary: KeptSummary; package: ScenarioPackage; problems: Problem[] } | null> {
	const record = await (await open()).get(STORE, id);
	if (!record) return null;
	const { package: pack, problems = [], ...summary } = record;
	return { summary, package: pack, problems };
}

export async function forgetScenario(id: string): Promise<void> {
	await (await open()).delete(STORE, id);
}

/** Why a save failed, in words a teacher can act on. */
export function keepFailure(error: unknown): string {
	const name = error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError') return 'this browser has no room left for it';
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return 'this browser does not allow saving here (a private window, or storage switched off)';
	return `this browser refused to save it (${error instanceof Error ? error.message : String(error)})`;
}
