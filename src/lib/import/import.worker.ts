/// <reference lib="webworker" />
import { loadPackage } from '$lib/data/scenario';
import type { ScenarioPackage } from '$lib/data/package';
import type { Problem } from '$lib/data/problem';
import { FIGURE_LIMIT, ITEM_LIMIT, keptIdOf, tooManyFigures, tooManyItems } from '$lib/app/scenario-source';
import { pointCloudFeatures } from '$lib/map/plain-dots';
import { keepFailure, keepScenario, keptScenario, type KeptSummary } from '$lib/app/keep';
import { readImportFile } from './read';
import { columnDayOrder } from './dates';
import { guessMapping, toPackage } from './mapping';
import type { ImportTable } from './table';
import { ITEMS_PER_MESSAGE, type Opened, type WorkerAnswer, type WorkerRequest } from './protocol';
import { useLocale } from '$lib/i18n/locale';
import { importText } from '$lib/i18n/import';
import { problemReportText } from '$lib/i18n/problem-report';

/**
 * Reading, mapping and checking a user's file happen here, off the page's thread, so a large file
 * never freezes the map: the page shows progress and may cancel by ending this worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Problems kept with a scenario, for its report after a reload; a file with more has them counted in the first. */
const KEPT_PROBLEMS = 1000;

/** How many rows the mapping step previews. */
const PREVIEW_ROWS = 8;

/** The table last read, waiting for its mapping, and whether to keep what it becomes. */
let pending: { table: ImportTable; keepAs: string } | null = null;

const answer = (message: WorkerAnswer) => scope.postMessage(message);

scope.onmessage = async ({ data: request }: MessageEvent<WorkerRequest>) => {
	const { id } = request;
	// Everything this request writes is in the language of the page that asked.
	useLocale(request.locale);
	try {
		if (request.type === 'convert') await convert(id, request);
		else if (request.type === 'open-kept') await openKept(id, request.keptId);
		else {
			const bytes = new Uint8Array(request.bytes);
			await read(id, request.name, bytes, request.keepAs ?? keptIdOf(bytes));
		}
	} catch (error) {
		answer({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};

async function read(id: number, name: string, bytes: Uint8Array, keepAs: string) {
	answer({ id, type: 'progress', stage: 'reading', done: 0, total: bytes.length });
	const result = await readImportFile(name, bytes);
	if (result.kind === 'unreadable') return answer({ id, type: 'failed', message: result.message });
	if (result.kind === 'package') return finish(id, { pack: result.package, from: name, problems: result.problems, keepAs, rows: null });
	const { table } = result;
	if (!table.rows.length) {
		return answer({ id, type: 'failed', message: table.problems.length ? importText().noRowsToReadBecause(name, table.problems[0].message) : importText().noRowsToRead(name) });
	}
	if (table.rows.length > ITEM_LIMIT) return answer({ id, type: 'failed', message: tooManyItems(name, table.rows.length) });
	pending = { table, keepAs };
	const dayOrders = Object.fromEntries(table.columns.map((column) => [column, columnDayOrder(table.rows.map((row) => row.values[column] ?? null))]));
	answer({
		id,
		type: 'table',
		table: {
			file: table.file,
			format: table.format,
			title: table.title ?? name.replace(/\.[^.]+$/, ''),
			columns: table.columns,
			rowCount: table.rows.length,
			hasGeometry: table.rows.some((row) => row.geometry),
			preview: table.rows.slice(0, PREVIEW_ROWS).map(({ where, values, geometry }) => ({ where, values, geometry })),
			mapping: guessMapping(table),
			dayOrders,
			problems: table.problems
		}
	});
}

async function convert(id: number, request: Extract<WorkerRequest, { type: 'convert' }>) {
	if (!pending) throw new Error(importText().noFileWaiting);
	const { keepAs } = pending;
	const { file, problems } = pending.table;
	const converted = toPackage(pending.table, request.mapping, {
		order: request.order,
		title: request.title,
		oneDay: request.oneDay,
		onProgress: (done, total) => answer({ id, type: 'progress', stage: 'converting', done, total })
	});
	// The rows are not needed past here: a million of them take about as much memory as the scenario.
	pending = null;
	if (!converted.loaded) return answer({ id, type: 'failed', message: report(file, [...problems, ...converted.problems]) });
	await finish(id, { pack: converted.package, from: file, problems: [...problems, ...converted.problems], keepAs, rows: { loaded: converted.loaded, skipped: converted.skipped } });
}

/** Why nothing could be opened, in one sentence with the first problem named. */
function report(file: string, problems: Problem[]): string {
	const first = problems.find((p) => p.row) ?? problems[0];
	return first ? importText().nothingOpenedFor(file, first.row ?? '', first.column, first.message) : importText().nothingOpened(file);
}

/** Checks a package as the built-in scenario is checked, hands the scenario to the page, then keeps it. */
async function finish(id: number, { pack, from, problems, keepAs, rows }: { pack: ScenarioPackage; from: string; problems: Problem[]; keepAs: string; rows: { loaded: number; skipped: number } | null }) {
	const layers = Object.values(pack.files).filter((file): file is { features: unknown[] } => typeof file === 'object' && file !== null && Array.isArray((file as { features?: unknown }).features));
	const count = layers.reduce((sum, layer) => sum + layer.features.length, 0);
	if (count > ITEM_LIMIT) return answer({ id, type: 'failed', message: tooManyItems(from, count) });
	answer({ id, type: 'progress', stage: 'checking', done: 0, total: count });
	const shown = await show(id, pack, from, problems, keepAs, rows);
	if (!shown) return;
	// Shown first, kept after: saving takes seconds for a large file, and the page has its own work meanwhile.
	try {
		await keepScenario(shown.kept, pack, shown.problems.slice(0, KEPT_PROBLEMS));
		answer({ id, type: 'kept', result: { keptId: keepAs, failure: null } });
	} catch (error) {
		answer({ id, type: 'kept', result: { keptId: keepAs, failure: keepFailure(error), package: pack } });
	}
}

/**
 * Checks the package and hands the scenario to the page. The checked scenario is not held past
 * this call: while the package is kept, a large one would otherwise take the tab's memory twice.
 */
async function show(id: number, pack: ScenarioPackage, from: string, problems: Problem[], keepAs: string, rows: { loaded: number; skipped: number } | null) {
	const checked = await loadPackage(pack, { sourced: false, onProgress: (done, total) => answer({ id, type: 'progress', stage: 'checking', done, total }) });
	if (!('features' in checked)) {
		return answer({ id, type: 'failed', message: importText().notAScenario(from, checked.problems.map((p) => (p.field ? problemReportText().located(p.field, p.message) : p.message)).join('; ')) });
	}
	const figures = checked.features.length - pointCloudFeatures(checked.features).length;
	if (figures > FIGURE_LIMIT) return answer({ id, type: 'failed', message: tooManyFigures(from, figures) });
	const all = [...problems, ...checked.problems];
	const kept: KeptSummary = { id: keepAs, title: checked.title, from, savedAt: Date.now(), items: checked.features.length };
	const loaded = rows?.loaded ?? checked.features.length;
	sendOpened(id, { scenario: checked, problems: all, kept, keeping: true, loaded: checked.features.length, skipped: (rows?.skipped ?? 0) + (loaded - checked.features.length) });
	return { kept, problems: all };
}

async function openKept(id: number, keptId: string) {
	const record = await keptScenario(keptId);
	if (!record) return answer({ id, type: 'failed', message: importText().noSuchKept });
	const checked = await loadPackage(record.package);
	if (!('features' in checked)) return answer({ id, type: 'failed', message: importText().keptUnopenable(record.summary.title, checked.problems.map((p) => p.message).join('; ')) });
	sendOpened(id, { scenario: checked, problems: [...record.problems, ...checked.problems], kept: record.summary, keeping: false, loaded: checked.features.length, skipped: 0 });
}

/** Sends an opened scenario: its items in parts, then the rest with the last part (see `ITEMS_PER_MESSAGE`). */
function sendOpened(id: number, opened: Opened) {
	const { features } = opened.scenario;
	const last = Math.max(0, features.length - ITEMS_PER_MESSAGE);
	for (let from = 0; from < last; from += ITEMS_PER_MESSAGE) answer({ id, type: 'items', items: features.slice(from, Math.min(from + ITEMS_PER_MESSAGE, last)), total: features.length });
	answer({ id, type: 'opened', opened: { ...opened, scenario: { ...opened.scenario, features: features.slice(last) } } });
}
