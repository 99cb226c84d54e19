import { fileURLToPath, pathToFileURL } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { listItem, mapIsReady, saveScreenshot, slider } from './fixtures';

/** What `npm run build:single` writes (tests/e2e/run.js runs it before the browser tests). */
const FILE = pathToFileURL(fileURLToPath(new URL('../../build-single/briefing-map.html', import.meta.url))).href;
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

/** Opened from file://, so the other specs' check of the site's origin does not apply: here nothing but the file itself may be asked for. */
const test = base.extend<{ asked: void; errors: void }>({
	asked: [
		async ({ context }, use) => {
			const asked: string[] = [];
			context.on('request', (request) => asked.push(request.url()));
			await use();
			const elsewhere = asked.filter((url) => !/^(data|blob):/.test(url) && url.split(/[?#]/)[0] !== FILE);
			expect(elsewhere, 'requests for anything but the file itself').toEqual([]);
		},
		{ auto: true }
	],
	errors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
			page.on('console', (message) => void (message.type() === 'error' && errors.push(`console error: ${message.text()}`)));
			await use();
			expect(errors, 'errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

test.describe('the single file', () => {
	test('opens from file:// with everything in it: the map, the day, details and sources, a spreadsheet opened', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(`${FILE}?date=2025-11-04`);
		await mapIsReady(page);
		await expect(page.getByTestId('date-banner')).toContainText('4 November 2025');
		// The basemap is drawn: land under Puerto Rico, from the data inside the file.
		await saveScreenshot(page, 'single-file');

		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '5 November 2025');
		await mapIsReady(page);
		// The address keeps the view, as on the site.
		await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2025-11-05');
		await listItem(page, 'F-35B fighters at Ceiba').click();
		await expect(page.getByTestId('detail-panel').locator('blockquote').first()).toContainText('In September, the deployment was reinforced with 10 F-35B fighters');

		// The import worker is inside the file too.
		await page.getByRole('button', { name: 'Scenarios' }).click();
		await page.getByTestId('scenario-file').setInputFiles(fixture('exercise.csv'));
		const dialog = page.getByTestId('import-dialog');
		await page.getByLabel('Title').fill('Exercise Alpha');
		await dialog.getByRole('button', { name: 'Open', exact: true }).click();
		await expect(dialog).toHaveCount(0);
		await mapIsReady(page);
		await expect(page.getByText(/Opened “.*”: 3 items; 2 left out/)).toBeVisible();
		// Kept in the browser from the file as from the site: the address names it, and it reopens.
		await expect.poll(() => new URL(page.url()).searchParams.get('scenario')).toMatch(/^kept:/);
		await page.reload();
		await mapIsReady(page);
		await expect(page.getByTestId('date-banner')).toContainText('Exercise Alpha');
	});

	test('the presenter’s notes window opens from the file and follows the briefing', async ({ page, context }) => {
		await page.goto(`${FILE}?date=2025-11-04`);
		await mapIsReady(page);
		await page.keyboard.press('p');
		const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Notes window' }).click()]);
		await expect(notes.locator('body')).toContainText('4 November 2025');
		await page.bringToFront();
		await page.keyboard.press('PageDown');
		await expect(page.getByTestId('date-banner')).not.toContainText('4 November 2025');
		const day = (await page.getByTestId('date-banner').innerText()).match(/\d+ \w+ 2025/)![0];
		await expect(notes.locator('body')).toContainText(day);
	});
});

test.describe('the single file, on a computer set to Spanish', () => {
	test.use({ locale: 'es-VE' });

	test('opens by double-click in Spanish: the day, the phase, the basemap names and the details', async ({ page }) => {
		await page.goto(FILE);
		await mapIsReady(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByTestId('date-banner')).toContainText('16 de noviembre de 2025');
		await expect(page.getByTestId('date-banner')).toContainText('El portaaviones en el Caribe');
		await page.getByRole('list', { name: 'En el mapa', exact: true }).getByRole('button', { name: /^Grupo de ataque del portaaviones/ }).click();
		await expect(page.getByTestId('detail-panel')).toContainText('Nuestra traducción:');
		await saveScreenshot(page, 'single-file-spanish');
	});
});
