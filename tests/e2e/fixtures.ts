import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { test as base, expect, type Download, type Locator, type Page } from '@playwright/test';

interface Options {
	/** Console errors a test provokes on purpose (a missing file, say); any other fails the test. */
	expectedConsoleErrors: RegExp[];
}

/**
 * Every test fails on a page error, an unexpected console error, or a request to any host but the
 * app's own: the app must work with no network at all.
 */
export const test = base.extend<Options>({
	expectedConsoleErrors: [[], { option: true }],
	context: async ({ context, baseURL }, use) => {
		const origin = new URL(baseURL!).origin;
		const foreign: string[] = [];
		const isForeign = (url: string) => !url.startsWith(origin) && !/^(data|blob|about):/.test(url);
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (!isForeign(url)) return route.continue();
			foreign.push(url);
			return route.abort('blockedbyclient');
		});
		context.on('request', (request) => {
			if (isForeign(request.url()) && !foreign.includes(request.url())) foreign.push(request.url());
		});
		await use(context);
		expect(foreign, 'requests that left the app’s origin').toEqual([]);
	},
	page: async ({ page, expectedConsoleErrors }, use) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error' && !expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) errors.push(`console error: ${message.text()}`);
		});
		await use(page);
		expect(errors, 'errors in the page').toEqual([]);
	}
});

export { expect };

/** The map's element; `data-ready="true"` once everything asked of it is drawn. */
export const mapElement = (page: Page) => page.getByTestId('map');

/** Waits until the map has drawn the latest change. */
export async function mapIsReady(page: Page): Promise<void> {
	await expect(mapElement(page)).toHaveAttribute('data-ready', 'true');
}

/** Opens the app with a query string (e.g. `?date=2025-09-15`) and waits for the map. */
export async function openApp(page: Page, query = ''): Promise<void> {
	await page.goto(`./${query}`);
	await mapIsReady(page);
}

export const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });

/** The "On the map" list. */
export const onTheMap = (page: Page) => page.getByRole('list', { name: 'On the map', exact: true });

/** The item in "On the map" whose name starts with `name`. */
export const listItem = (page: Page, name: string): Locator => onTheMap(page).getByRole('button', { name: new RegExp(`^${escape(name)}`) });

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The current address's `date` parameter. */
export const dateInAddress = (page: Page) => new URL(page.url()).searchParams.get('date');

/** The pixel on the page where a longitude/latitude is drawn. */
export async function pixelOf(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
	return mapElement(page).evaluate((element, at) => {
		const map = (element as unknown as { maplibre: { project: (p: [number, number]) => { x: number; y: number } } }).maplibre;
		const point = map.project(at);
		const box = element.getBoundingClientRect();
		return { x: box.left + point.x, y: box.top + point.y };
	}, lngLat);
}

/** The colour on screen at a page pixel, as [r, g, b], read from a screenshot (what a viewer sees). */
export async function screenPixel(page: Page, { x, y }: { x: number; y: number }): Promise<number[]> {
	const shot = (await page.screenshot()).toString('base64');
	return page.evaluate(
		async ({ png, x, y }) => {
			// Decoded as an image: the page's Content-Security-Policy lets it load data: images, not fetch them.
			const image = new Image();
			image.src = `data:image/png;base64,${png}`;
			await image.decode();
			const canvas = new OffscreenCanvas(image.width, image.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			return [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)];
		},
		{ png: shot, x, y }
	);
}

/** Moves the camera at once, e.g. close enough that neighbouring items are apart. */
export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
	await mapElement(page).evaluate((element, view) => {
		(element as unknown as { maplibre: { jumpTo: (o: object) => void } }).maplibre.jumpTo(view);
	}, { center, zoom });
	await mapIsReady(page);
}

const SCREENSHOTS = new URL('./results/screenshots/', import.meta.url);

/** Where an image for people to review goes: tests/e2e/results/screenshots/<name>.png. */
export function reviewImagePath(name: string): string {
	mkdirSync(SCREENSHOTS, { recursive: true });
	return new URL(`${name}.png`, SCREENSHOTS).pathname;
}

/** Saves a screenshot for people to review. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: reviewImagePath(name) });
}

type MapLike = {
	getCenter: () => { lng: number; lat: number };
	getZoom: () => number;
	getBounds: () => { getWest: () => number; getSouth: () => number; getEast: () => number; getNorth: () => number };
	queryRenderedFeatures: (o: { layers: string[] }) => { id: number; state: Record<string, boolean>; properties: Record<string, unknown> }[];
};

/** The camera: centre, zoom and the bounds on screen. */
export async function camera(page: Page): Promise<{ center: [number, number]; zoom: number; bounds: [number, number, number, number] }> {
	return mapElement(page).evaluate((element) => {
		const map = (element as unknown as { maplibre: MapLike }).maplibre;
		const { lng, lat } = map.getCenter();
		const b = map.getBounds();
		return { center: [lng, lat] as [number, number], zoom: map.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number] };
	});
}

/** Ids of features drawn in `layer` whose feature-state has `key` set. */
export async function featuresInState(page: Page, layer: string, key: string): Promise<number[]> {
	return mapElement(page).evaluate(
		(element, args) => {
			const map = (element as unknown as { maplibre: MapLike }).maplibre;
			return [...new Set(map.queryRenderedFeatures({ layers: [args.layer] }).filter((f) => f.state[args.key]).map((f) => f.id))];
		},
		{ layer, key }
	);
}

/** The texts of the labels `layer` has placed on the map now (a label that lost a collision is not there). */
export async function placedLabels(page: Page, layer: string): Promise<string[]> {
	return mapElement(page).evaluate((element, layer) => {
		const map = (element as unknown as { maplibre: MapLike }).maplibre;
		return map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.label));
	}, layer);
}

/** The camera of the phase when the strikes begin: Puerto Rico and the sea south of it. */
export const PUERTO_RICO_PHASE: [number, number, number, number] = [-72, 12, -62, 20];

/** Whether the camera's centre lies inside [west, south, east, north]. */
export async function centeredWithin(page: Page, [west, south, east, north]: [number, number, number, number]): Promise<boolean> {
	const { center } = await camera(page);
	return center[0] > west && center[0] < east && center[1] > south && center[1] < north;
}


/** Runs a command-line tool (Debian's ffmpeg or poppler-utils, installed by .ci/run) and returns its output. */
export function tool(command: string, args: string[]): string {
	const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.error) throw new Error(`${command} is needed for this test (Debian: ffmpeg, poppler-utils): ${result.error.message}`);
	if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
	return result.stdout;
}

/** Clicks `button` in the export panel (named `dialog` in the page's language) and returns the file it saves. */
export async function exported(page: Page, button: string, dialog = 'Export'): Promise<Download> {
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 200_000 }), page.getByRole('dialog', { name: dialog }).getByRole('button', { name: button }).click()]);
	return download;
}
