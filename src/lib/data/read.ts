import type { Problem } from './problem.ts';
import type { ReadData, Scenario } from './scenario.ts';
import inlineData from 'virtual:inline-data';
import { CHECKED_FILE, DATA_PREFIX } from './data-files.ts';
import { errorText } from './error-text.ts';
import { problemReportText } from '../i18n/problem-report.ts';


/** Data addresses made so far in the single-file build: each file's text is encoded once. */
const inlineUrls = new Map<string, string>();

/**
 * The absolute URL of a geodata/ file; absolute because MapLibre's worker resolves URLs from its own
 * script. In the single-file build, which opens from file:// where nothing may be fetched, the
 * file's text is in the script and its address is a data: URL.
 */
export function dataUrl(path: string): string {
	const text = inlineData?.[path];
	if (text === undefined) return new URL(`${DATA_PREFIX}/${path}`, document.baseURI).href;
	let url = inlineUrls.get(path);
	if (!url) inlineUrls.set(path, (url = `data:application/json;charset=utf-8,${encodeURIComponent(text)}`));
	return url;
}

/** Reads a geodata/ file over HTTP from the app's own origin. */
export const readData: ReadData = async (path) => {
	const response = await fetch(dataUrl(path));
	if (!response.ok) throw new Error(`${response.status} ${response.statusText || problemReportText().httpError}`.trim());
	return response.text();
};

/**
 * The built-in scenario, checked at build time; or why it cannot be shown, said of geodata/'s
 * index, the file a person would open to fix it.
 */
export async function readBuiltIn(): Promise<Scenario | { problems: Problem[] }> {
	const path = `${DATA_PREFIX}/${CHECKED_FILE}`;
	const failed = (message: string) => ({ problems: [{ file: 'scenario.json', message }] });
	let text: string;
	try {
		text = await readData(CHECKED_FILE);
	} catch (error) {
		return failed(problemReportText().builtInUnreadable(path, errorText(error)));
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return failed(problemReportText().builtInNotJson(path, errorText(error)));
	}
	if (isCheckedScenario(value)) return value;
	// What the build wrote when the index itself was unusable: its problems alone.
	if (typeof value === 'object' && value !== null && !('features' in value) && Array.isArray((value as { problems?: unknown }).problems)) return value as { problems: Problem[] };
	return failed(problemReportText().builtInOutdated(path));
}


/** Whether a value has the parts of a scenario the page reads first; the build wrote the rest from checked data. */
function isCheckedScenario(value: unknown): value is Scenario {
	if (typeof value !== 'object' || value === null) return false;
	const { title, start, end, features, phases, categories, problems } = value as Record<string, unknown>;
	return typeof title === 'string' && typeof start === 'number' && typeof end === 'number' && [features, phases, categories, problems].every(Array.isArray);
}
