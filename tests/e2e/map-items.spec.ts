import { expect, jumpTo, listItem, mapElement, mapIsReady, onTheMap, openApp, pixelOf, saveScreenshot, slider, test } from './fixtures';

/** Where Maduro spoke of his call with Trump, on 3 December only. */
const PETARE: [number, number] = [-66.807, 10.476];
const CEIBA: [number, number] = [-65.6434, 18.2453];
/** The centre of the area in eastern Caracas where Lan Hu met Maduro on 21 August. */
const LAN_HU: [number, number] = [-66.85, 10.49];

test.describe('what is on the map', () => {
	test('the list follows the date, grouped by category', async ({ page }) => {
		await openApp(page, '?date=2025-08-21');
		await expect(listItem(page, 'China’s ambassador Lan Hu meets Maduro')).toBeVisible();
		await expect(onTheMap(page).getByRole('heading', { name: 'Caracas and Venezuela' })).toBeVisible();
		await expect(listItem(page, 'F-35B fighters at Ceiba')).toHaveCount(0);

		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(listItem(page, 'China’s ambassador Lan Hu meets Maduro')).toHaveCount(0);

		for (let week = 0; week < 4; week++) await page.keyboard.press('Shift+ArrowRight');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '19 September 2025');
		await expect(listItem(page, 'F-35B fighters at Ceiba')).toBeVisible();
		await expect(onTheMap(page).getByRole('heading', { name: 'Air forces and bases' })).toBeVisible();
		await mapIsReady(page);
	});

	test('choosing an item opens its details with sources, and shows it on the map', async ({ page }) => {
		await openApp(page, '?date=2025-11-04');
		await listItem(page, 'F-35B fighters at Ceiba').click();
		const panel = page.getByTestId('detail-panel');
		await expect(panel.getByRole('heading', { name: 'F-35B fighters at Ceiba' })).toBeFocused();
		await expect(panel).toContainText('From 13 September 2025');
		await expect(panel).toContainText('Exact: a fixed, public location.');
		await expect(panel.locator('blockquote').first()).toContainText('In September, the deployment was reinforced with 10 F-35B fighters');
		await expect(panel.getByRole('link', { name: 'Miami Herald / El Nuevo Herald' }).first()).toHaveAttribute('href', /miamiherald\.com/);
		await expect(listItem(page, 'F-35B fighters at Ceiba')).toHaveAttribute('aria-current', 'true');
		await mapIsReady(page);
		// The camera moved to the item: it is drawn inside the map.
		const box = (await mapElement(page).boundingBox())!;
		const at = await pixelOf(page, CEIBA);
		expect(at.x).toBeGreaterThan(box.x);
		expect(at.x).toBeLessThan(box.x + box.width);
		expect(at.y).toBeGreaterThan(box.y);
		expect(at.y).toBeLessThan(box.y + box.height);
		await saveScreenshot(page, 'laptop-details');
		await panel.getByRole('button', { name: 'Close details' }).click();
		await expect(panel).toHaveCount(0);
	});

	test('an approximate position says so, with its radius and reason', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		const item = listItem(page, 'Cruiser USS Lake Erie');
		await expect(item).toContainText('approximate position');
		await item.click();
		const panel = page.getByTestId('detail-panel');
		await expect(panel).toContainText(/Approximate: somewhere within about \d+ km/);
		await expect(panel).toContainText('Ships at sea');
		// A moving item’s area is its area that day.
		await listItem(page, 'USS Gerald R. Ford carrier strike group').click();
		await expect(panel).toContainText(/Approximate: somewhere within about \d+ km of the point shown that day/);
	});

	test('hovering shows a name; clicking opens details; hidden items are neither', async ({ page }) => {
		await openApp(page, '?date=2025-12-03');
		// Close in, where Petare is apart from the other Caracas items of that day.
		await jumpTo(page, PETARE, 11);
		const petare = await pixelOf(page, PETARE);
		await page.mouse.move(petare.x, petare.y);
		await expect(page.locator('.hover-name')).toContainText('his phone call with Trump');
		await page.mouse.click(petare.x, petare.y);
		await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toContainText('his phone call with Trump');

		// The next day the statement is gone: at the same spot it can be neither hovered nor clicked
		// (another Caracas item's label may be there, but not this one).
		await page.getByRole('button', { name: 'Close details' }).click();
		await page.getByRole('button', { name: 'Next day' }).click();
		await mapIsReady(page);
		await page.mouse.move(petare.x + 200, petare.y + 200);
		await page.mouse.move(petare.x, petare.y);
		await expect(page.locator('.hover-name')).not.toContainText('phone call');
		await page.mouse.click(petare.x, petare.y);
		await expect(page.getByTestId('detail-panel').getByRole('heading', { name: /phone call/ })).toHaveCount(0);
	});

	test('a hidden area is still found by MapLibre, so the app itself keeps it from hover and click', async ({ page }) => {
		// Lan Hu met Maduro in eastern Caracas on 21 August; the next day the meeting's area is hidden.
		await openApp(page, '?date=2025-08-22');
		await jumpTo(page, LAN_HU, 11);
		const there = await pixelOf(page, LAN_HU);
		const hiddenHits = await mapElement(page).evaluate((element, at) => {
			type MapLike = { queryRenderedFeatures: (p: [number, number], o: object) => { state: { visible?: boolean } }[] };
			const box = element.getBoundingClientRect();
			const hits = (element as unknown as { maplibre: MapLike }).maplibre.queryRenderedFeatures([at.x - box.left, at.y - box.top], { layers: ['scenario-area-fill'] });
			return hits.filter((hit) => hit.state.visible !== true).length;
		}, there);
		expect(hiddenHits).toBeGreaterThan(0);
		// Whatever else covers the spot (the P-8s' wide patrol area, say), the hidden meeting is not it.
		await page.mouse.move(there.x, there.y);
		await expect(page.locator('.hover-name')).not.toContainText('Lan Hu');
		await page.mouse.click(there.x, there.y);
		await expect(page.getByTestId('detail-panel').getByRole('heading', { name: /Lan Hu/ })).toHaveCount(0);
	});

	test('a legend toggle hides a category from the map and the list', async ({ page }) => {
		await openApp(page, '?date=2025-11-04');
		await expect(listItem(page, 'F-35B fighters at Ceiba')).toBeVisible();
		await page.getByRole('tab', { name: 'Layers' }).click();
		const air = page.getByRole('checkbox', { name: /Air forces and bases/ });
		await air.uncheck();
		await mapIsReady(page);
		await page.getByRole('tab', { name: 'On the map' }).click();
		await expect(listItem(page, 'F-35B fighters at Ceiba')).toHaveCount(0);
		await page.getByRole('tab', { name: 'Layers' }).click();
		await jumpTo(page, CEIBA, 11);
		const ceiba = await pixelOf(page, CEIBA);
		await page.mouse.click(ceiba.x, ceiba.y);
		// Whatever else covers the spot (a wide area at sea, say), the hidden air base is not it.
		await expect(page.getByTestId('detail-panel').getByRole('heading', { name: /Ceiba/ })).toHaveCount(0);
		await air.check();
		await page.getByRole('tab', { name: 'On the map' }).click();
		await expect(listItem(page, 'F-35B fighters at Ceiba')).toBeVisible();
	});
});
