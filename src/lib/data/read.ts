import type { ReadData } from './scenario.ts';

/** The folder the build serves geodata/ under (see scripts/geodata-plugin.ts). */
export const DATA_PREFIX = 'data';

/** The absolute URL of a geodata/ file; absolute because MapLibre's worker resolves URLs from its own script. */
export function dataUrl(path: string): string {
	return new URL(`${DATA_PREFIX}/${path}`, document.baseURI).href;
}

/** Reads a geodata/ file over HTTP from the app's own origin. */
export const readData: ReadData = async (path) => {
	const response = await fetch(dataUrl(path));
	if (!response.ok) throw new Error(`${response.status} ${response.statusText || 'error'}`.trim());
	return response.text();
};
