import { readFileSync } from 'node:fs';
import { expect, listItem, mapElement, mapIsReady, openApp, pixelOf, saveScreenshot, screenPixel, slider, test } from './fixtures';
import type { Page } from '@playwright/test';

const PHASES: { id: string }[] = JSON.parse(readFileSync(new URL('../../geodata/phases.json', import.meta.url), 'utf8')).phases;

type RenderedMap = { queryRenderedFeatures: (o: { layers: string[] }) => { properties: Record<string, unknown> }[] };

/** The place names MapLibre has placed on the map now (a label that lost a collision is not there). */
async function placeNames(page: Page): Promise<string[]> {
	return mapElement(page).evaluate((element) => {
		const map = (element as unknown as { maplibre: RenderedMap }).maplibre;
		return map.queryRenderedFeatures({ layers: ['city-labels', 'country-labels'] }).map((f) => String(f.properties.name));
	});
}

/** The places a room must be able to name on every view of this scenario. */
const ALWAYS_NAMED = ['Venezuela', 'Caracas', 'Puerto Rico', 'San Juan'];

/** Whether each of those is among the names placed (countries are written in capitals). */
function expectAllNamed(names: string[]): void {
	for (const place of ALWAYS_NAMED) expect(names.some((name) => name.toLowerCase().startsWith(place.toLowerCase())), `${place} among ${names.join(', ')}`).toBe(true);
}

const dateBanner = (page: Page) => page.getByTestId('date-banner');

test.describe('places are named before the scenario’s labels', () => {
	test('on the first view', async ({ page }) => {
		await openApp(page);
		expectAllNamed(await placeNames(page));
	});

	for (const { id } of PHASES) {
		test(`in presenter mode at 1920×1080, phase ${id}`, async ({ page }) => {
			await page.setViewportSize({ width: 1920, height: 1080 });
			await openApp(page, `?phase=${id}&present=1`);
			await page.addStyleTag({ content: '.hint { visibility: hidden; }' }); // the key hint fades anyway; a clean picture now
			expectAllNamed(await placeNames(page));
			await saveScreenshot(page, `presenter-phase-${id}-1920x1080`);
		});
	}
});

test('the same link places the same labels each time', async ({ page }) => {
	const placed = async () => {
		await openApp(page, '?date=2025-12-17');
		return mapElement(page).evaluate((element) => {
			const map = (element as unknown as { maplibre: RenderedMap & { getStyle: () => { layers: { id: string; type: string }[] } } }).maplibre;
			const layers = map.getStyle().layers.filter((layer) => layer.type === 'symbol').map((layer) => layer.id);
			return map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.label ?? f.properties.name)).sort();
		});
	};
	const first = await placed();
	expect(first.length).toBeGreaterThan(10);
	expect(await placed()).toEqual(first);
});

test.describe('overlays keep off what they describe', () => {
	test('notices stack under the date banner, never on it', async ({ page }) => {
		await openApp(page, '?date=2025-11-04&nosuch=1');
		const banner = (await dateBanner(page).boundingBox())!;
		const notice = (await page.getByRole('status').filter({ hasText: 'Ignored "nosuch"' }).boundingBox())!;
		expect(notice.y).toBeGreaterThanOrEqual(banner.y + banner.height);
	});

	test('in presenter mode every text reads from the back of the room: banner, scale, credits, the map’s labels', async ({ page }) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await openApp(page, '?date=2025-11-04&present=1');
		const sizes = await page.locator('.maplibregl-ctrl-scale, .maplibregl-ctrl-attrib, [data-testid="date-banner"] *').evaluateAll((elements) =>
			elements.filter((e) => e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))
		);
		expect(sizes.length).toBeGreaterThan(3);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
		// The scenario's own text on the map: names, group headings, designations, ring captions.
		const mapSizes = await mapElement(page).evaluate((element) => {
			const map = (element as unknown as { maplibre: { getLayoutProperty: (layer: string, name: string) => number } }).maplibre;
			return ['scenario-labels', 'scenario-labels-key', 'scenario-labels-news', 'scenario-group-names', 'scenario-designations', 'scenario-reach-labels'].map((layer) => map.getLayoutProperty(layer, 'text-size'));
		});
		for (const size of mapSizes) expect(size).toBeGreaterThanOrEqual(16);
	});
});

test.describe('the clicker and the keyboard everywhere', () => {
	test('PageDown, PageUp and B work outside presenter mode; Escape closes the details', async ({ page }) => {
		await openApp(page, '?date=2025-10-24&item=f35b-ceiba');
		await expect(page.getByTestId('detail-panel')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('detail-panel')).toHaveCount(0);
		await page.keyboard.press('PageDown');
		await expect(dateBanner(page)).toContainText('27 October 2025');
		await page.keyboard.press('PageUp');
		await expect(dateBanner(page)).toContainText('24 October 2025');
		await page.keyboard.press('b');
		await expect(page.getByTestId('blank-screen')).toBeVisible();
		await page.keyboard.press('b');
		await expect(page.getByTestId('blank-screen')).toHaveCount(0);
	});
});

test('hide the future: the details show nothing published or happening after today', async ({ page }) => {
	await openApp(page, '?date=2025-11-20&hidefuture=1&item=ford-csg-caribbean');
	const panel = page.getByTestId('detail-panel');
	await expect(panel).toBeVisible();
	await expect(panel.getByTestId('hidden-sources')).toContainText(/\d+ later sources? (is|are) hidden/);
	const published = await panel.locator('.sources .cite').allInnerTexts();
	expect(published.length).toBeGreaterThan(0);
	for (const cite of published) {
		const date = /published (\d+ \w+ \d{4})/.exec(cite)?.[1];
		if (date) expect(new Date(`${date} UTC`).getTime(), cite).toBeLessThanOrEqual(Date.UTC(2025, 10, 20));
	}
	// No month after November 2025 is named anywhere in the panel or the phase card.
	const text = (await panel.innerText()) + (await page.getByTestId('phase-card').innerText());
	expect(text).not.toMatch(/December 2025|2026/);
});

test('an area with no radius says so, not “about undefined km”', async ({ page }) => {
	await openApp(page, '?date=2025-12-01&item=airspace-closure');
	await expect(page.getByTestId('detail-panel')).toBeVisible();
	await expect(page.getByTestId('detail-panel')).not.toContainText('undefined');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('phase bands are finger-sized; a chosen item shows above the sheet with no grey band; a tap leaves no tooltip', async ({ page }) => {
		await openApp(page, '?date=2025-11-04');
		for (const band of await page.locator('.band').all()) {
			const box = (await band.boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(44);
			expect(box.width).toBeGreaterThanOrEqual(44);
		}
		await saveScreenshot(page, 'phone-first-view');

		await listItem(page, 'F-35B fighters at Ceiba').tap();
		const panel = page.getByTestId('detail-panel');
		await expect(panel).toBeInViewport();
		await mapIsReady(page);
		const sheet = (await panel.boundingBox())!;
		const point = await pixelOf(page, [-65.6434, 18.2453]);
		const map = (await mapElement(page).boundingBox())!;
		expect(point.y).toBeGreaterThan(map.y);
		expect(point.y).toBeLessThan(Math.min(sheet.y, map.y + map.height));
		await saveScreenshot(page, 'phone-item-above-sheet');
		// No grey band: the map is drawn at the top of the screen too, not the page behind it.
		const pixel = await screenPixel(page, { x: 195, y: 130 });
		const pageColour = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(`rgb(${pixel.join(', ')})`).not.toBe(pageColour);
		await expect(page.locator('.hover-name')).toHaveCount(0);
		await expect(slider(page)).toHaveCount(1);
	});
});
