/** What the page and the offline worker (src/service-worker.ts) say to each other. */
export const OFFLINE_MESSAGE = {
	/** Sent by the page to a waiting new version: take over now (the page reloads once it has). */
	takeOver: 'take-over'
} as const;

const CACHE_PREFIX = 'briefing-map-';

/**
 * The cache a version of the app is kept in, named from what identifies that version: its built
 * files' names (which carry a hash of their content) and the data's own hash. The same build always
 * gets the same name; any change to the code or the data gets another.
 */
export function offlineCacheName(parts: readonly string[]): string {
	// FNV-1a: a stable name, not a secret.
	let hash = 0x811c9dc5;
	for (const part of parts) {
		for (let i = 0; i < part.length; i++) hash = Math.imul(hash ^ part.charCodeAt(i), 0x01000193) >>> 0;
		hash = Math.imul(hash ^ 0x1f, 0x01000193) >>> 0;
	}
	return `${CACHE_PREFIX}${hash.toString(16).padStart(8, '0')}`;
}

/** Whether a cache is one of this app's versions (an old one is deleted once a new one takes over). */
export function isOfflineCache(key: string): boolean {
	return key.startsWith(CACHE_PREFIX);
}

/**
 * Every address the app may ask for offline. SvelteKit lists the built scripts, styles and fonts
 * (`build`), the static folder (`files`) and the pages (`prerendered`); the data folder (the
 * basemap and the built-in scenario) is written by the geodata plugin, which lists it (`data`).
 * The root page is cached as `base/`, which is where a visit starts.
 */
export function precachePaths({ base, build, files, prerendered, data }: { base: string; build: readonly string[]; files: readonly string[]; prerendered: readonly string[]; data: readonly string[] }): string[] {
	return [...new Set([`${base}/`, ...build, ...files, ...prerendered, ...data.map((path) => `${base}/${path}`)])];
}
