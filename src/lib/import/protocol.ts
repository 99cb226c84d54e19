import type { Problem } from '$lib/data/problem';
import type { Scenario, ScenarioFeature } from '$lib/data/scenario';
import type { KeptSummary } from '$lib/app/keep';
import type { ScenarioPackage } from '$lib/data/package';
import type { ImportRow, ImportTable } from './table';
import type { DayOrder } from './dates';
import type { FieldMapping } from './mapping';
import type { Locale } from '$lib/i18n/locale';

/**
 * What the page asks the import worker. Every request carries an id its answer repeats, and the
 * page's language, which the worker's messages are written in (a worker has no page to ask). What
 * is opened is kept in the browser: under `keepAs` when given (a link's file, replaced on each
 * visit), else under a new id.
 */
export type WorkerRequest = { id: number; locale: Locale } & (
	| { type: 'read'; name: string; bytes: ArrayBuffer; keepAs: string | null }
	| { type: 'convert'; mapping: FieldMapping; order: DayOrder | null; title: string; oneDay: boolean }
	| { type: 'open-kept'; keptId: string }
);

/** A table just read, as the mapping step shows it: the rows stay in the worker. */
export interface TableSummary {
	file: string;
	format: ImportTable['format'];
	title: string;
	columns: string[];
	rowCount: number;
	/** Whether its rows carry their own geometry (GeoJSON, KML, GPX), so no position columns are needed. */
	hasGeometry: boolean;
	/** The first rows, for the preview (without a track's times, which can be thousands). */
	preview: Omit<ImportRow, 'times'>[];
	/** The worker's guess, for the user to confirm or change. */
	mapping: FieldMapping;
	/** How each column's day/month forms read (see `columnDayOrder`), to ask which order is meant only when it matters. */
	dayOrders: Record<string, DayOrder | 'ambiguous' | null>;
	problems: Problem[];
}

/** A scenario checked and ready to open, with what was wrong on the way and where it is kept. */
export interface Opened {
	scenario: Scenario;
	/** Everything wrong with the file, row by row: reading, mapping and checking. */
	problems: Problem[];
	/** Where it is kept in the browser. */
	kept: KeptSummary;
	/** Whether it is still being kept: the worker saves it while the page shows it, and says how that went (`KeepResult`). */
	keeping: boolean;
	/** Rows or features that became items, and those left out. */
	loaded: number;
	skipped: number;
}

/** How keeping an opened scenario went: on failure, why, and the package to download instead. */
export type KeepResult = { keptId: string; failure: null } | { keptId: string; failure: string; package: ScenarioPackage };

/**
 * The items of a scenario about to be opened go to the page in parts of this many, each its own
 * message, before the `opened` answer that carries the rest: the page takes each part in between
 * frames instead of stopping for all of them at once (seconds for a million). Taking in 5,000 costs
 * the page about 50 ms on the 2-core machine the bench runs on.
 */
export const ITEMS_PER_MESSAGE = 5_000;

export type WorkerAnswer =
	| { id: number; type: 'progress'; stage: 'reading' | 'converting' | 'checking' | 'taking'; done: number; total: number }
	| { id: number; type: 'table'; table: TableSummary }
	/** A part of the next `opened` scenario's items, in order (see `ITEMS_PER_MESSAGE`). */
	| { id: number; type: 'items'; items: ScenarioFeature[]; total: number }
	/** Its scenario's items are those of the `items` answers before it, followed by its own. */
	| { id: number; type: 'opened'; opened: Opened }
	| { id: number; type: 'kept'; result: KeepResult }
	| { id: number; type: 'failed'; message: string };
