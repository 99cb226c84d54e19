import { fileURLToPath } from 'node:url';
import type { Response } from '@playwright/test';
import { expect, listItem, mapElement, mapIsReady, openApp, saveScreenshot, slider, test } from './fixtures';

// Every other spec blocks service workers (see playwright.config.ts): routes and timings stay the network's.
test.use({ serviceWorkers: 'allow' });

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

test.describe('after one visit, with no network', () => {
	test('installable; the app opens from what the browser kept, steps, shows details and sources, and opens a file far from the Caribbean', async ({ page, context }) => {
		test.setTimeout(120_000);
		await openApp(page, '?date=2025-11-04');
		// The app is kept once its first view is drawn.
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		// Installable: Chromium finds nothing missing but a normal profile (tests run in a private one).
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
		const { errors } = await cdp.send('Page.getAppManifest');
		expect(errors).toEqual([]);

		await context.setOffline(true);
		const served: Response[] = [];
		const failed: string[] = [];
		page.on('response', (response) => served.push(response));
		page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
		await page.reload();
		await mapIsReady(page);
		await expect(page.getByTestId('date-banner')).toContainText('4 November 2025');

		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '5 November 2025');
		await mapIsReady(page);
		await listItem(page, 'F-35B fighters at Ceiba').click();
		const panel = page.getByTestId('detail-panel');
		await expect(panel.locator('blockquote').first()).toContainText('In September, the deployment was reinforced with 10 F-35B fighters');

		// A file opens too: the import worker and the dialog's script are kept, and so is the world
		// basemap this scenario in the Baltic needs.
		await page.getByRole('button', { name: 'Scenarios' }).click();
		await page.getByTestId('scenario-file').setInputFiles(fixture('baltic.geojson'));
		const dialog = page.getByTestId('import-dialog');
		await dialog.getByRole('button', { name: 'Open', exact: true }).click();
		await expect(dialog).toHaveCount(0);
		await mapIsReady(page);
		expect(await mapElement(page).evaluate((element) => (element as unknown as { maplibre: { getSource(id: string): unknown } }).maplibre.getSource('world') !== undefined)).toBe(true);
		await saveScreenshot(page, 'offline-baltic');

		expect(failed, 'requests that found no network').toEqual([]);
		const fromNetwork = served.filter((response) => /^https?:/.test(response.url()) && !response.fromServiceWorker()).map((response) => response.url());
		expect(fromNetwork, 'responses that did not come from the kept app').toEqual([]);
		expect(served.some((response) => response.url().includes('/data/basemap/world.geojson'))).toBe(true);
	});
});

test.describe('a new version', () => {
	test('is offered, not swapped in: the briefing stays until "Reload for the new version"', async ({ page }) => {
		test.setTimeout(120_000);
		await openApp(page, '?date=2025-11-04');
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await page.reload();
		await mapIsReady(page);
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

		// Another version of the worker: a new script address at the same scope is one to the browser,
		// as a changed script is. (The preview server answers a changed file as unchanged.)
		await page.evaluate(() => {
			(window as unknown as { before: boolean }).before = true;
			return navigator.serviceWorker.register(new URL('service-worker.js?next', document.baseURI)).then(() => undefined);
		});
		const offer = page.getByTestId('new-version');
		await expect(offer).toContainText('A new version of the map is ready.');
		// Nothing changed under the briefing: same page, same day.
		expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(true);
		await expect(page.getByTestId('date-banner')).toContainText('4 November 2025');

		// Presenting, the offer is not on the audience's screen.
		await page.keyboard.press('p');
		await expect(offer).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(offer).toBeVisible();

		await offer.getByRole('button', { name: 'Reload for the new version' }).click();
		await page.waitForFunction(() => (window as unknown as { before?: boolean }).before === undefined);
		await mapIsReady(page);
		await expect(page.getByTestId('date-banner')).toContainText('4 November 2025');
		// The new version is the one in charge now. (This page then registers the usual address, which to
		// the browser is yet another version, so it is offered again: an effect of the test's trick only.)
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/service-worker\.js\?next$/);
	});
});
