import type { Page } from '@playwright/test';
import { expect, mapElement, mapIsReady, openApp, pixelOf, saveScreenshot, screenPixel, slider, test } from './fixtures';

/**
 * A spreadsheet past the point-cloud threshold (see src/lib/map/point-cloud.ts): a grid of 20,000
 * one-day dots over the Caribbean, on 1 to 4 October 2025, and one dot alone east of them on 2 October.
 */
function gridSpreadsheet(): string {
	const rows = ['date,end,name,category,latitude,longitude'];
	for (let i = 0; i < 20_000; i++) {
		const day = `2025-10-0${1 + (i % 4)}`;
		rows.push(`${day},${day},Dot ${i},${i % 2 ? 'Boats' : 'Planes'},${(10 + (i % 100) * 0.05).toFixed(2)},${(-75 + Math.floor(i / 100) * 0.05).toFixed(2)}`);
	}
	rows.push('2025-10-02,2025-10-02,Lone dot,Planes,17,-60');
	return `${rows.join('\n')}\n`;
}

const LONE_DOT: [number, number] = [-60, 17];

/**
 * More dots on 2 October than the dots' layer draws in one frame (`DOTS_PER_FRAME`, 100,000), over
 * the sea north of Venezuela, and the lone dot last of all, on 1 and 2 October.
 */
const CROWD = 105_000;
function crowdSpreadsheet(): string {
	const rows = ['date,end,name,category,latitude,longitude'];
	for (let i = 0; i < CROWD; i++) rows.push(`2025-10-02,2025-10-02,Dot ${i},Boats,${(13 + (i % 300) * 0.013).toFixed(3)},${(-74 + Math.floor(i / 300) * 0.025).toFixed(3)}`);
	rows.push('2025-10-01,2025-10-02,Lone dot,Planes,17,-60');
	return `${rows.join('\n')}\n`;
}

/** Opens the app, then a spreadsheet with its columns as the import guesses them, and waits for the map. */
async function openSpreadsheet(page: Page, name: string, text: string): Promise<void> {
	await openApp(page);
	await page.getByRole('button', { name: 'Scenarios' }).click();
	await page.getByTestId('scenario-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
	const dialog = page.getByTestId('import-dialog');
	await dialog.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(dialog).toHaveCount(0, { timeout: 60_000 });
	await mapIsReady(page);
}

type Zoomable = { maplibre: { once: (event: string, listener: (value?: unknown) => void) => void; easeTo: (options: object) => void; getZoom: () => number } };

type Counted = { maplibre: { on: (event: string, listener: () => void) => void }; frames?: number; framesWhenReady?: number };

test.describe('a scenario of many dots', () => {
	test('is drawn by one layer of its own: each dot on its days only, named on click', async ({ page }) => {
		test.setTimeout(180_000);
		await openSpreadsheet(page, 'dots.csv', gridSpreadsheet());
		const drawnBy = await mapElement(page).evaluate((element) => {
			const map = (element as unknown as { maplibre: { getLayer: (id: string) => unknown; querySourceFeatures: (id: string) => unknown[] } }).maplibre;
			return { cloud: Boolean(map.getLayer('scenario-point-cloud')), marks: map.querySourceFeatures('scenario-marks').length };
		});
		expect(drawnBy).toEqual({ cloud: true, marks: 0 });

		await expect(page.getByTestId('date-banner')).toContainText('1 October 2025');
		const at = await pixelOf(page, LONE_DOT);
		const before = await screenPixel(page, at);
		await slider(page).focus();
		await slider(page).press('ArrowRight');
		await expect(page.getByTestId('date-banner')).toContainText('2 October 2025');
		await mapIsReady(page);
		const on = await screenPixel(page, at);
		const difference = on.reduce((sum, channel, i) => sum + Math.abs(channel - before[i]), 0);
		expect(difference, `the lone dot is drawn on its day (${before} before, ${on} on it)`).toBeGreaterThan(90);
		expect(on, 'its middle has its category’s colour, not the outline’s white').not.toEqual([255, 255, 255]);
		await saveScreenshot(page, 'large-scenario-dots');

		await page.mouse.click(at.x, at.y);
		await expect(page.getByTestId('detail-panel')).toContainText('Lone dot');
		await page.keyboard.press('Escape');

		// Two days on it has ended, and the sea is bare again where it stood.
		await slider(page).focus();
		await slider(page).press('ArrowRight');
		await slider(page).press('ArrowRight');
		await expect(page.getByTestId('date-banner')).toContainText('4 October 2025');
		await mapIsReady(page);
		expect(await screenPixel(page, at)).toEqual(before);
	});

	test('draws more dots than a frame holds, every one of them by the time the map says it is ready', async ({ page }) => {
		test.setTimeout(180_000);
		await openSpreadsheet(page, 'crowd.csv', crowdSpreadsheet());
		await expect(page.getByTestId('date-banner')).toContainText('1 October 2025');
		const lone = await pixelOf(page, LONE_DOT);
		const crowd = await pixelOf(page, [-70, 15]);
		const bare = await screenPixel(page, crowd);
		const sea = await screenPixel(page, { x: lone.x + 40, y: lone.y });
		const changed = (pixel: number[], from: number[]) => pixel.reduce((sum, channel, i) => sum + Math.abs(channel - from[i]), 0);
		expect(changed(await screenPixel(page, lone), sea), 'the lone dot is drawn').toBeGreaterThan(90);

		// Frames are counted from the step, and noted each time the map says it is ready.
		await mapElement(page).evaluate((element) => {
			const counted = element as unknown as Counted;
			counted.frames = 0;
			counted.maplibre.on('render', () => (counted.frames! += 1));
			new MutationObserver(() => {
				if (element.getAttribute('data-ready') === 'true') counted.framesWhenReady = counted.frames;
			}).observe(element, { attributes: true, attributeFilter: ['data-ready'] });
		});
		await slider(page).focus();
		await slider(page).press('ArrowRight');
		await expect(page.getByTestId('date-banner')).toContainText('2 October 2025');
		await mapIsReady(page);
		await page.waitForTimeout(1500);
		const { frames, framesWhenReady } = await mapElement(page).evaluate((element) => ({ ...(element as unknown as Counted), maplibre: null }));
		expect(framesWhenReady, 'the 105,001 dots took more than one frame').toBeGreaterThan(1);
		expect(frames, 'no frame was drawn once the map said it was ready: every dot had been').toBe(framesWhenReady);
		expect(changed(await screenPixel(page, crowd), bare), 'the crowd is drawn').toBeGreaterThan(90);
		expect(changed(await screenPixel(page, lone), sea), 'so is the lone dot, the last of all').toBeGreaterThan(90);

		// While the camera moves the last picture is moved along with the map; at rest the dots are
		// drawn afresh, at their own size again (the picture moved along had them twice as large).
		await mapElement(page).evaluate(async (element) => {
			const map = (element as unknown as Zoomable).maplibre;
			const rest = new Promise((resolve) => map.once('moveend', resolve));
			map.easeTo({ center: [-60, 17], zoom: map.getZoom() + 1, duration: 400 });
			await rest;
			for (;;) {
				await new Promise((resolve) => map.once('idle', resolve));
				await new Promise((resolve) => setTimeout(resolve, 0));
				if (element.getAttribute('data-ready') === 'true') return;
			}
		});
		const closer = await pixelOf(page, LONE_DOT);
		const openSea = await screenPixel(page, { x: closer.x + 40, y: closer.y });
		expect(changed(await screenPixel(page, closer), openSea), 'the lone dot, where the map now has it').toBeGreaterThan(90);
		expect(await screenPixel(page, { x: closer.x + 14, y: closer.y }), 'just past its outline, sea').toEqual(openSea);
	});
});
