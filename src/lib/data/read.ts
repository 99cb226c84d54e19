import type { Problem } from './problem.ts';
import type { ReadData, Scenario } from './scenario.ts';

/** The folder the build serves geodata/ under (see scripts/geodata-plugin.ts). */
export const DATA_PREFIX = 'data';

/**
 * The built-in scenario as the build checked and shaped it, from geodata/ with the same code that
 * checks an opened file (see scripts/geodata-plugin.ts): the first view needs neither the checks'
 * code nor their time.
 */
export const CHECKED_FILE = 'checked-scenario.json';

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

/**
 * The built-in scenario, checked at build time; or why it cannot be shown, said of geodata/'s
 * index, the file a person would open to fix it.
 */
export async function readBuiltIn(): Promise<Scenario | { problems: Problem[] }> {
	const failed = (why: string) => ({ problems: [{ file: 'scenario.json', message: `could not be loaded: ${DATA_PREFIX}/${CHECKED_FILE}, which the build writes from it, ${why}` }] });
	let text: string;
	try {
		text = await readData(CHECKED_FILE);
	} catch (error) {
		return failed(`could not be read (${errorText(error)})`);
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return failed(`is not valid JSON: ${errorText(error)}`);
	}
	if (isCheckedScenario(value)) return value;
	// What the build wrote when the index itself was unusable: its problems alone.
	if (typeof value === 'object' && value !== null && !('features' in value) && Array.isArray((value as { problems?: unknown }).problems)) return value as { problems: Problem[] };
	return failed('is not a scenario this version of the app wrote; build the app again');
}

/** What a thrown value says, as text. */
export function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Whether a value has the parts of a scenario the page reads first; the build wrote the rest from checked data. */
function isCheckedScenario(value: unknown): value is Scenario {
	if (typeof value !== 'object' || value === null) return false;
	const { title, start, end, features, phases, categories, problems } = value as Record<string, unknown>;
	return typeof title === 'string' && typeof start === 'number' && typeof end === 'number' && [features, phases, categories, problems].every(Array.isArray);
}
