import { centeredWithin, expect, mapElement, mapIsReady, PUERTO_RICO_PHASE, openApp, saveScreenshot, slider, test } from './fixtures';

const dateBanner = (page: Parameters<typeof slider>[0]) => page.getByTestId('date-banner');

test.describe('presenter mode', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('P turns it on: full screen, large type, only the date, the phase and a thin timeline', async ({ page }) => {
		await openApp(page, '?date=2025-12-17');
		await page.keyboard.press('p');
		await expect(page.locator('.app.presenting')).toHaveCount(1);
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await expect(page.getByRole('slider', { name: 'Date' })).toHaveCount(0);
		await expect(page.getByRole('complementary')).toHaveCount(0);
		await expect(dateBanner(page)).toContainText('17 December 2025');
		await expect(dateBanner(page)).toContainText('Tankers seized; a blockade ordered');
		await expect(page.getByRole('img', { name: /Timeline, 17 December 2025/ })).toBeVisible();
		const size = await dateBanner(page).locator('.date').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(48);
		await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('present'))).toBe('1');
		await mapIsReady(page);
		// The map's own type grows too: item names and range ring captions.
		const mapTextSizes = await mapElement(page).evaluate((element) => {
			const map = (element as unknown as { maplibre: { getLayoutProperty: (layer: string, name: string) => number } }).maplibre;
			return ['scenario-labels', 'scenario-reach-labels'].map((layer) => map.getLayoutProperty(layer, 'text-size'));
		});
		expect(mapTextSizes).toEqual([17, 16]);
		await page.waitForTimeout(6500); // let the key hint fade for a clean picture
		await saveScreenshot(page, 'presenter-1920x1080');
	});

	test('a clicker steps through events and phases with PageDown and PageUp, arrows too', async ({ page }) => {
		await openApp(page, '?date=2025-10-24&present=1');
		await page.keyboard.press('PageDown');
		await expect(dateBanner(page)).toContainText('27 October 2025'); // strikes on four boats in the Pacific
		await page.keyboard.press('PageDown');
		await expect(dateBanner(page)).toContainText('29 October 2025'); // another strike
		await page.keyboard.press('ArrowRight');
		await expect(dateBanner(page)).toContainText('30 October 2025'); // USS Gettysburg arrives
		await page.keyboard.press('PageUp');
		await page.keyboard.press('ArrowLeft');
		await expect(dateBanner(page)).toContainText('27 October 2025');
		await page.keyboard.press('Home');
		await expect(dateBanner(page)).toContainText('21 July 2025');
		await page.keyboard.press('End');
		await expect(dateBanner(page)).toContainText('31 December 2025');
	});

	test('stepping into a new phase frames its camera, cutting when motion is reduced', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openApp(page, '?date=2025-09-01&present=1');
		await page.keyboard.press('PageDown');
		await expect(dateBanner(page)).toContainText('2 September 2025');
		// No flight: the camera is already over Puerto Rico right after the key.
		expect(await centeredWithin(page, PUERTO_RICO_PHASE)).toBe(true);
	});

	test('B blanks the screen and brings it back; F toggles full screen; Escape leaves', async ({ page }) => {
		await openApp(page, '?date=2025-11-04');
		await page.keyboard.press('p');
		await page.keyboard.press('b');
		await expect(page.getByTestId('blank-screen')).toBeVisible();
		await page.keyboard.press('b');
		await expect(page.getByTestId('blank-screen')).toHaveCount(0);
		await page.keyboard.press('.');
		await expect(page.getByTestId('blank-screen')).toBeVisible();
		await page.keyboard.press('PageDown'); // stepping on also brings the picture back
		await expect(page.getByTestId('blank-screen')).toHaveCount(0);

		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
		await page.keyboard.press('F');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);

		await page.keyboard.press('Escape');
		await expect(page.locator('.app.presenting')).toHaveCount(0);
		await expect(slider(page)).toBeVisible();
	});

	test('clicker keys work wherever the focus is, even on the slider', async ({ page }) => {
		await openApp(page, '?date=2025-10-24');
		await slider(page).focus();
		await page.keyboard.press('p');
		await page.keyboard.press('PageDown');
		await expect(dateBanner(page)).toContainText('27 October 2025');
	});

	test('the notes window follows the main window and passes the clicker’s keys to it', async ({ page, context }) => {
		await openApp(page, '?date=2025-09-10&present=1');
		const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Notes window' }).click()]);
		await expect(notes.getByTestId('notes')).toContainText('10 September 2025');
		await expect(notes.getByRole('heading', { level: 1 })).toHaveText('Strikes at sea begin; air power to Puerto Rico');
		await expect(notes.getByRole('region', { name: 'Notes for this phase' })).toContainText('Then Puerto Rico');
		await page.bringToFront();
		await page.keyboard.press('PageDown');
		await expect(notes.getByTestId('notes')).toContainText('13 September 2025');
		await expect(notes.getByTestId('notes')).toContainText('F-35B fighters at Ceiba');
		// With the notes window in front, the clicker's keys still drive the briefing.
		await notes.bringToFront();
		await notes.keyboard.press('PageDown');
		await expect(dateBanner(page)).toContainText('15 September 2025');
		await notes.keyboard.press('PageUp');
		await expect(dateBanner(page)).toContainText('13 September 2025');
		await expect(notes.getByTestId('notes')).toContainText('13 September 2025');
	});
});
