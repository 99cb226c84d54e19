import { scenariosText } from '$lib/i18n/scenarios';
import { shown } from '$lib/url/shown';

/**
 * Which scenario is open: the built-in one, one kept in this browser, a file served by this site, or
 * one opened from a file that the browser would not keep (its link cannot reopen it).
 */
export type ScenarioRef = { kind: 'built-in' } | { kind: 'kept'; id: string } | { kind: 'url'; url: URL } | { kind: 'unkept' };

const KEPT_PREFIX = 'kept:';
const KEPT_ID = /^[a-z0-9-]{1,40}$/;

/**
 * Reads `scenario=` from the address. Only files from this site are opened: the app makes no
 * request elsewhere (and its Content-Security-Policy would refuse one). Anything else is named in a
 * notice and the built-in scenario opens.
 */
export function readScenarioParam(params: URLSearchParams, base: string): { ref: ScenarioRef; notice?: string } {
	const raw = params.get('scenario');
	if (raw === null || raw === '') return { ref: { kind: 'built-in' } };
	if (raw.startsWith(KEPT_PREFIX)) {
		const id = raw.slice(KEPT_PREFIX.length);
		return KEPT_ID.test(id) ? { ref: { kind: 'kept', id } } : { ref: { kind: 'built-in' }, notice: scenariosText().notKeptName(shown(raw)) };
	}
	let url: URL;
	try {
		url = new URL(raw, base);
	} catch {
		return { ref: { kind: 'built-in' }, notice: scenariosText().notAnAddress(shown(raw)) };
	}
	if (url.origin !== new URL(base).origin) {
		return { ref: { kind: 'built-in' }, notice: scenariosText().otherSite(shown(raw), new URL(base).host) };
	}
	return { ref: { kind: 'url', url } };
}

/** How the address names a scenario; null for the built-in one. */
export function scenarioParam(ref: ScenarioRef, base: string): string | null {
	if (ref.kind === 'built-in' || ref.kind === 'unkept') return null;
	if (ref.kind === 'kept') return `${KEPT_PREFIX}${ref.id}`;
	const root = new URL('./', base);
	return ref.url.href.startsWith(root.href) ? ref.url.href.slice(root.href.length) : ref.url.pathname + ref.url.search;
}

/**
 * The address a scenario's view is read from: the page's own on first load (`params`), or nothing
 * but the scenario's name when another one is opened, so its view starts fresh.
 */
export function addressFor(params: URLSearchParams | null, own: string | null): URLSearchParams {
	const address = new URLSearchParams(params ?? undefined);
	if (own === null) address.delete('scenario');
	else address.set('scenario', own);
	return address;
}

/**
 * Largest file the app tries to read. Reading takes several times a file's size in memory (its
 * text, its rows, the items); past this a tab could run out and crash, losing the briefing.
 */
export const FILE_LIMIT_MB = 300;

/** Why a file is refused before it is read, or null when its size is fine. */
export function fileTooLarge(name: string, bytes: number): string | null {
	if (bytes <= FILE_LIMIT_MB * 1024 * 1024) return null;
	return scenariosText().fileTooLarge(name, Math.round(bytes / 1024 / 1024), FILE_LIMIT_MB);
}

/**
 * Most items a scenario may have. Measured on a 2-core machine with software WebGL: a million plain
 * dots open in about 55 s and step in 0.7 s, drawn by a layer of their own (see point-cloud.ts).
 */
export const ITEM_LIMIT = 1_000_000;

/**
 * Most items drawn as anything but plain dots (areas, lines, tracks, unit symbols, range rings):
 * MapLibre tiles those in its worker at about 4 KB an item, and 500,000 dots drawn that way took
 * 2 GB there, so a million would run the tab out of memory.
 */
export const FIGURE_LIMIT = 300_000;

/** Why a file with more items than the map can hold is refused. */
export function tooManyItems(name: string, count: number): string {
	return scenariosText().tooManyItems(name, count, ITEM_LIMIT);
}

/** Why a file with more areas, lines, tracks or symbols than the map can draw is refused. */
export function tooManyFigures(name: string, count: number): string {
	return scenariosText().tooManyFigures(name, count, FIGURE_LIMIT, ITEM_LIMIT);
}

/**
 * The id a file's scenario is kept under: from its bytes (or a link's address), so opening the same
 * file again replaces its kept copy instead of adding another; short and link-safe (FNV-1a, 32 bits).
 */
export function keptIdOf(bytes: Uint8Array): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
	return `f${(hash >>> 0).toString(36)}`;
}
