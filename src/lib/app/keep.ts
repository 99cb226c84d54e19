import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ScenarioPackage } from '$lib/data/package';
import type { Problem } from '$lib/data/problem';
import { scenariosText } from '$lib/i18n/scenarios';

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

/** What a kept scenario holds besides its summary. */
interface KeptContent {
	id: string;
	package: ScenarioPackage;
	/** What was wrong with the file it was opened from, so the report outlives a reload. */
	problems: Problem[];
}

/**
 * Summaries and contents live in two stores so listing the kept scenarios never reads a package:
 * reading one record back costs as much as its size, and a kept scenario may hold a million items.
 */
interface KeepSchema extends DBSchema {
	summaries: { key: string; value: KeptSummary; indexes: { savedAt: number } };
	contents: { key: string; value: KeptContent };
}

const DATABASE = 'briefing-map';
const SUMMARIES = 'summaries';
const CONTENTS = 'contents';
/** Version 1 kept each scenario as one record, summary and package together. */
const VERSION_1_STORE = 'scenarios';

let database: Promise<IDBPDatabase<KeepSchema>> | null = null;

/** The browser's database of kept scenarios, opened once per page (or worker). */
function open(): Promise<IDBPDatabase<KeepSchema>> {
	database ??= openDB<KeepSchema>(DATABASE, 2, {
		async upgrade(db, oldVersion, _newVersion, transaction) {
			db.createObjectStore(SUMMARIES, { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
			db.createObjectStore(CONTENTS, { keyPath: 'id' });
			if (oldVersion < 1) return;
			// Untyped: the version 1 store is not in today's schema.
			const old = (transaction as unknown as { objectStore(name: string): { openCursor(): Promise<VersionOneCursor | null> } }).objectStore(VERSION_1_STORE);
			for (let cursor = await old.openCursor(); cursor; cursor = await cursor.continue()) {
				const { id, title, from, savedAt, items, package: pack, problems = [] } = cursor.value;
				await transaction.objectStore(SUMMARIES).put({ id, title, from, savedAt, items });
				await transaction.objectStore(CONTENTS).put({ id, package: pack, problems });
			}
			db.deleteObjectStore(VERSION_1_STORE as never);
		},
		// Another tab opening a newer version waits for this one to let go.
		blocking() {
			void database?.then((db) => db.close());
			database = null;
		}
	});
	// A refused open (private browsing in some browsers) is not cached, so a later try may work.
	database.catch(() => (database = null));
	return database;
}

/** A cursor over version 1's records. */
interface VersionOneCursor {
	value: KeptSummary & { package: ScenarioPackage; problems?: Problem[] };
	continue(): Promise<VersionOneCursor | null>;
}

/** Keeps a scenario; throws the browser's error (a full quota, storage refused) for the caller to explain. */
export async function keepScenario(summary: KeptSummary, pack: ScenarioPackage, problems: Problem[]): Promise<void> {
	const transaction = (await open()).transaction([SUMMARIES, CONTENTS], 'readwrite');
	await Promise.all([transaction.objectStore(CONTENTS).put({ id: summary.id, package: pack, problems }), transaction.objectStore(SUMMARIES).put(summary), transaction.done]);
}

/** Every kept scenario, newest first, without their contents. */
export async function keptScenarios(): Promise<KeptSummary[]> {
	return (await (await open()).getAllFromIndex(SUMMARIES, 'savedAt')).reverse();
}

/** A kept scenario, or null when this browser has no such scenario (deleted, or a link from another browser). */
export async function keptScenario(id: string): Promise<{ summary: KeptSummary; package: ScenarioPackage; problems: Problem[] } | null> {
	const transaction = (await open()).transaction([SUMMARIES, CONTENTS]);
	const [summary, content] = await Promise.all([transaction.objectStore(SUMMARIES).get(id), transaction.objectStore(CONTENTS).get(id)]);
	return summary && content ? { summary, package: content.package, problems: content.problems } : null;
}

/** A kept scenario's summary alone (when it was last saved, say), or null when there is none. */
export async function keptSummary(id: string): Promise<KeptSummary | null> {
	return (await (await open()).get(SUMMARIES, id)) ?? null;
}

export async function forgetScenario(id: string): Promise<void> {
	const transaction = (await open()).transaction([SUMMARIES, CONTENTS], 'readwrite');
	await Promise.all([transaction.objectStore(SUMMARIES).delete(id), transaction.objectStore(CONTENTS).delete(id), transaction.done]);
}

/** Why a save failed, in words a teacher can act on. */
export function keepFailure(error: unknown): string {
	const t = scenariosText();
	const name = error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError') return t.noRoom;
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return t.notAllowed;
	return t.refused(error instanceof Error ? error.message : String(error));
}
