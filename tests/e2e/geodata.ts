import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import type { Page } from '@playwright/test';

const GEODATA = new URL('../../geodata/', import.meta.url);

/** The built-in scenario's files as geodata/ holds them, parsed, by path relative to geodata/. */
function geodataFiles(): Record<string, unknown> {
	const read = (path: string) => JSON.parse(readFileSync(new URL(path, GEODATA), 'utf8')) as unknown;
	const index = read('scenario.json') as { layers: string[]; phases: string };
	return Object.fromEntries(['scenario.json', ...index.layers, index.phases].map((path) => [path, read(path)]));
}

/**
 * Opens a changed copy of the built-in scenario, as an author's zip of the geodata/ folder served
 * by the site and named in the link, so it is checked as the app checks any file it opens. `change`
 * edits the parsed files in place; a file it sets to a string is written as that text, and one it
 * deletes is left out of the zip.
 */
export async function openChangedGeodata(page: Page, change: (files: Record<string, unknown>) => void, query = ''): Promise<void> {
	const files = geodataFiles();
	change(files);
	const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, value]) => [`geodata/${path}`, strToU8(typeof value === 'string' ? value : JSON.stringify(value))])));
	await page.route('**/shared/changed-geodata.zip', (route) => route.fulfill({ contentType: 'application/zip', body: Buffer.from(zip) }));
	await page.goto(`./?scenario=shared/changed-geodata.zip${query ? `&${query.replace(/^\?/, '')}` : ''}`);
}

/** The features of one of `files`' layers, to change. */
export function layer(files: Record<string, unknown>, path: string): { type?: string; properties: Record<string, unknown> & { id: string }; geometry: unknown }[] {
	return (files[path] as { features: { type?: string; properties: Record<string, unknown> & { id: string }; geometry: unknown }[] }).features;
}
