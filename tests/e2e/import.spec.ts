import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, listItem, mapElement, mapIsReady, openApp, test } from './fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

/** Opens a file through Scenarios → Open a file…, as a teacher would. */
async function pickFile(page: Page, name: string) {
	await page.getByRole('button', { name: 'Scenarios' }).click();
	await page.getByTestId('scenario-file').setInputFiles(fixture(name));
}

/** Drops a file onto the map, as the browser does when one is dragged from the desktop. */
async function dropFile(page: Page, name: string, type = 'application/octet-stream') {
	const bytes = [...readFileSync(fixture(name))];
	const transfer = await page.evaluateHandle(
		({ bytes, name, type }) => {
			const data = new DataTransfer();
			data.items.add(new File([new Uint8Array(bytes)], name, { type }));
			return data;
		},
		{ bytes, name, type }
	);
	await page.dispatchEvent('[data-testid="map"]', 'dragover', { dataTransfer: transfer });
	await page.dispatchEvent('[data-testid="map"]', 'drop', { dataTransfer: transfer });
}

const dialog = (page: Page) => page.getByTestId('import-dialog');
const banner = (page: Page) => page.getByTestId('date-banner');

/** Confirms the mapping step and waits for the new scenario's map. */
async function confirmMapping(page: Page) {
	await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
	await expect(dialog(page)).toHaveCount(0);
	await mapIsReady(page);
}

test.describe('opening your own scenario', () => {
	test('a spreadsheet opens after the mapping step; bad rows are reported by row and column; it is kept across a reload', async ({ page }) => {
		await openApp(page);
		await pickFile(page, 'exercise.csv');
		await expect(dialog(page)).toContainText('5 rows');
		// The guesses: Date → start, Event → name, Type → category, Lat/Lon, the source's URL, outlet and quote.
		await expect(page.getByLabel('Start date')).toHaveValue('Date');
		await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Event');
		await expect(page.getByLabel('Latitude')).toHaveValue('Lat');
		await expect(page.getByLabel('Source URL')).toHaveValue('Source URL');
		await expect(dialog(page).getByRole('row', { name: /row 2/ })).toContainText('2024-03-01');
		await page.getByLabel('Title').fill('Exercise Alpha');
		// The briefing behind the dialog takes no keys: the date stays.
		await page.getByLabel('Title').press('PageDown');
		await expect(banner(page)).toContainText('16 November 2025');
		await expect(page.getByLabel('Items without an end date are on the map for their own day only')).toBeChecked();
		await confirmMapping(page);

		await expect(banner(page)).toContainText('Exercise Alpha');
		// Two rows are left out; three load, two of them without a source.
		await expect(page.getByText(/Opened “Exercise Alpha”: 3 items; 2 left out/)).toBeVisible();
		await expect(page.getByTestId('unsourced-count')).toHaveText('1 of 3 items name no source');
		const problems = page.getByTestId('data-problems');
		await problems.locator('summary').click();
		await expect(problems).toContainText('exercise.csv, row 4, column "Lat"');
		await expect(problems).toContainText('exercise.csv, row 5, column "Date"');
		const [report] = await Promise.all([page.waitForEvent('download'), problems.getByRole('button', { name: 'Download this report' }).click()]);
		expect(readFileSync(await report.path(), 'utf8')).toContain('row 5, column "Date"');

		await expect(listItem(page, 'Exercise Alpha begins')).not.toContainText('no source given');
		// Two days on: an event without an end date was on the map for its own day only.
		await page.getByLabel('Date', { exact: true }).press('ArrowRight');
		await page.getByLabel('Date', { exact: true }).press('ArrowRight');
		await mapIsReady(page);
		await expect(listItem(page, 'Ships leave the harbour')).toContainText('no source given');
		await expect(listItem(page, 'Exercise Alpha begins')).toHaveCount(0);
		expect(new URL(page.url()).searchParams.get('scenario')).toMatch(/^kept:[a-z0-9-]+$/);

		await page.reload();
		await mapIsReady(page);
		await expect(banner(page)).toContainText('Exercise Alpha');
		await expect(listItem(page, 'Ships leave the harbour')).toBeVisible();
		// The report is kept with it.
		await page.getByTestId('data-problems').locator('summary').click();
		await expect(page.getByTestId('data-problems')).toContainText('exercise.csv, row 5, column "Date"');

		// Opening the same file again replaces its kept copy rather than adding one.
		await pickFile(page, 'exercise.csv');
		await confirmMapping(page);
		await page.getByRole('button', { name: 'Scenarios' }).click();
		await expect(page.getByRole('list', { name: 'Scenarios to open' }).getByRole('listitem').filter({ hasText: 'exercise.csv' })).toHaveCount(1);
	});

	test('a dropped GeoJSON opens with its own shapes, and a bad feature is named while the rest load', async ({ page }) => {
		await openApp(page);
		await dropFile(page, 'deployments.geojson', 'application/geo+json');
		await expect(page.getByLabel('Start date')).toHaveValue('when');
		await expect(page.getByLabel('Latitude')).toHaveCount(0);
		await confirmMapping(page);
		await expect(banner(page)).toContainText('Deployments');
		const problems = page.getByTestId('data-problems');
		await problems.locator('summary').click();
		await expect(problems).toContainText('deployments.geojson, feature 3');
		await page.getByLabel('Date', { exact: true }).press('End');
		await mapIsReady(page);
		await expect(listItem(page, 'Patrol area')).toBeVisible();
		await expect(listItem(page, 'Harbour')).toBeVisible();
	});

	test('a scenario far from the Caribbean opens framed on its data, over the world basemap', async ({ page }) => {
		await openApp(page);
		await pickFile(page, 'baltic.geojson');
		await confirmMapping(page);
		type MapLike = { getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number }; getSource(id: string): unknown };
		const view = await mapElement(page).evaluate((element) => {
			const bounds = (element as unknown as { maplibre: MapLike }).maplibre.getBounds();
			return { west: bounds.getWest(), south: bounds.getSouth(), east: bounds.getEast(), north: bounds.getNorth() };
		});
		// Every item (18–25° E, 56–60° N) is in view, and the view is about the Baltic, not the Caribbean.
		expect(view.west).toBeLessThan(18);
		expect(view.east).toBeGreaterThan(25);
		expect(view.south).toBeLessThan(56.5);
		expect(view.north).toBeGreaterThan(59.4);
		expect(view.east - view.west).toBeLessThan(40);
		// The world layer is part of that first view, not added after it.
		expect(await mapElement(page).evaluate((element) => (element as unknown as { maplibre: MapLike }).maplibre.getSource('world') !== undefined)).toBe(true);
	});

	for (const [file, item] of [
		['ejercicio.xlsx', 'Maniobras en el puerto'],
		['places.kml', 'Strike'],
		['places.kmz', 'Strike'],
		['track.gpx', 'Sampson']
	] as const) {
		test(`${file} opens, its items in the events list`, async ({ page }) => {
			await openApp(page);
			await pickFile(page, file);
			await confirmMapping(page);
			await page.getByRole('tab', { name: 'Events' }).click();
			await expect(page.getByRole('list', { name: 'Events by day' })).toContainText(item);
		});
	}

	test('a GPX track becomes an item that moves day by day', async ({ page }) => {
		await openApp(page);
		await pickFile(page, 'track.gpx');
		await confirmMapping(page);
		await listItem(page, 'Sampson').click();
		await expect(page.getByRole('list', { name: 'Reported positions' }).getByRole('listitem')).toHaveCount(3);
	});

	test('an ambiguous date is asked about once, and the answer decides the days', async ({ page }) => {
		await openApp(page);
		await pickFile(page, 'ambiguous.csv');
		const open = dialog(page).getByRole('button', { name: 'Open', exact: true });
		await expect(open).toBeDisabled();
		await expect(dialog(page)).toContainText('Say how the dates are written.');
		await page.getByLabel('Day first').check();
		await expect(dialog(page).getByRole('row', { name: /row 2/ })).toContainText('2024-04-03');
		await confirmMapping(page);
		await expect(banner(page)).toContainText('3 April 2024');
	});

	test('a file that is not what it claims gets one sentence, and the open scenario stays', async ({ page }) => {
		await openApp(page);
		await pickFile(page, 'not-excel.xlsx');
		await expect(page.getByTestId('import-failure')).toContainText('"not-excel.xlsx" is not an Excel workbook');
		await page.keyboard.press('Escape');
		await expect(dialog(page)).toHaveCount(0);
		// The focus goes back where the keyboard user left it.
		await expect(page.getByRole('button', { name: 'Scenarios' })).toBeFocused();
		await expect(banner(page)).toContainText('US military buildup near Venezuela');
		await pickFile(page, 'junk.bin');
		await expect(page.getByTestId('import-failure')).toContainText('binary');
		await dialog(page).getByRole('button', { name: 'Close' }).click();
		await page.getByRole('button', { name: 'Scenarios' }).click();
		await expect(page.getByRole('dialog', { name: 'Scenarios' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog', { name: 'Scenarios' })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Scenarios' })).toBeFocused();
	});

	test('a downloaded scenario opens again identically', async ({ page }) => {
		await openApp(page);
		await pickFile(page, 'exercise.csv');
		await confirmMapping(page);
		await page.getByRole('button', { name: 'Scenarios' }).click();
		const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this scenario' }).click()]);
		const first = JSON.parse(readFileSync(await saved.path(), 'utf8'));
		expect(first.format).toBe('briefing-map-scenario');

		await page.getByRole('button', { name: 'Close scenarios' }).click();
		await page.getByRole('button', { name: 'Scenarios' }).click();
		await page.getByTestId('scenario-file').setInputFiles(await saved.path());
		await expect(dialog(page)).toHaveCount(0);
		await mapIsReady(page);
		await page.getByRole('button', { name: 'Scenarios' }).click();
		const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this scenario' }).click()]);
		expect(JSON.parse(readFileSync(await again.path(), 'utf8'))).toEqual(first);
	});

	test('scenarios kept by the first version of the app are still listed and open', async ({ page }) => {
		const pack = {
			format: 'briefing-map-scenario',
			version: 1,
			index: { title: 'Old exercise', start: '2025-03-01', end: '2025-03-31', region: [-70, 10, -60, 20], categories: [{ id: 'naval', label: 'Naval', color: '#1f5fa8' }], layers: ['items.geojson'] },
			files: { 'items.geojson': { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-65, 15] }, properties: { id: 'patrol', name: 'Old patrol', category: 'naval', start: '2025-03-02', precision: 'exact' } }] } }
		};
		// The first version kept summary and package in one record of one store; made here before the app opens its database.
		await page.goto('./favicon.svg');
		await page.evaluate(
			(pack) =>
				new Promise((resolve, reject) => {
					const request = indexedDB.open('briefing-map', 1);
					request.onupgradeneeded = () => {
						const store = request.result.createObjectStore('scenarios', { keyPath: 'id' });
						store.createIndex('savedAt', 'savedAt');
						store.put({ id: 'fold', title: 'Old exercise', from: 'old.csv', savedAt: 1, items: 1, package: pack, problems: [] });
					};
					request.onsuccess = () => {
						request.result.close();
						resolve(null);
					};
					request.onerror = () => reject(request.error);
				}),
			pack
		);
		await openApp(page, '?scenario=kept:fold&date=2025-03-10');
		await expect(listItem(page, 'Old patrol')).toBeVisible();
		await page.getByRole('button', { name: 'Scenarios' }).click();
		await expect(page.getByRole('list', { name: 'Scenarios to open' })).toContainText('Old exercise');
	});

	test('a scenario the browser will not keep stays open, says so, and still downloads', async ({ page }) => {
		await openApp(page);
		// A database newer than this app's makes every save fail, as a full or switched-off storage does.
		await page.evaluate(
			() =>
				new Promise((resolve, reject) => {
					const request = indexedDB.open('briefing-map', 99);
					request.onsuccess = () => {
						request.result.close();
						resolve(null);
					};
					request.onerror = () => reject(request.error);
				})
		);
		await pickFile(page, 'exercise.csv');
		await confirmMapping(page);
		await expect(page.getByText('is open but not kept in this browser')).toBeVisible();
		await expect(page).not.toHaveURL(/scenario=/);
		await page.getByRole('button', { name: 'Scenarios' }).click();
		const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this scenario' }).click()]);
		expect(JSON.parse(readFileSync(await saved.path(), 'utf8')).index.title).toBe('exercise');
	});

	test('the built-in scenario downloads as a package that opens with every item', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		const before = await page.getByRole('list', { name: 'On the map' }).getByRole('button').count();
		await page.getByRole('button', { name: 'Scenarios' }).click();
		const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this scenario' }).click()]);
		await page.getByTestId('scenario-file').setInputFiles(await saved.path());
		await expect(page).toHaveURL(/scenario=kept:/);
		const kept = new URL(page.url()).searchParams.get('scenario');
		await openApp(page, `?scenario=${kept}&date=2025-11-20`);
		await expect(page.getByRole('list', { name: 'On the map' }).getByRole('button')).toHaveCount(before);
	});

	test('a link opens a file served by the site; other sites are refused', async ({ page }) => {
		await page.route('**/shared/exercise.csv', (route) => route.fulfill({ contentType: 'text/csv', body: readFileSync(fixture('exercise.csv')) }));
		await page.goto('./?scenario=shared/exercise.csv');
		await confirmMapping(page);
		await expect(page).toHaveURL(/scenario=shared\/exercise\.csv/);
		await expect(banner(page)).toContainText('exercise');
		// Kept under its address, it downloads like any kept scenario.
		await page.getByRole('button', { name: 'Scenarios' }).click();
		const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this scenario' }).click()]);
		expect(JSON.parse(readFileSync(await saved.path(), 'utf8')).index.title).toBe('exercise');

		await openApp(page, '?scenario=https://elsewhere.example/x.csv');
		await expect(page.getByText('this map opens only files from its own site')).toBeVisible();
		await expect(banner(page)).toContainText('US military buildup near Venezuela');
	});

	test('pasted text opens like a file', async ({ page }) => {
		await openApp(page);
		await page.evaluate((text) => {
			const data = new DataTransfer();
			data.setData('text/plain', text);
			window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
		}, readFileSync(fixture('exercise.csv'), 'utf8'));
		await expect(page.getByLabel('Start date')).toHaveValue('Date');
		await confirmMapping(page);
		await expect(page.getByTestId('unsourced-count')).toBeVisible();
	});

	test('deleting a kept scenario asks first', async ({ page }) => {
		await openApp(page);
		await pickFile(page, 'exercise.csv');
		await page.getByLabel('Title').fill('To be deleted');
		await confirmMapping(page);
		await page.getByRole('button', { name: 'Scenarios' }).click();
		const kept = page.getByRole('list', { name: 'Scenarios to open' }).getByRole('listitem').filter({ hasText: 'To be deleted' });
		await kept.getByRole('button', { name: 'Delete…' }).click();
		await expect(kept).toContainText('Delete “To be deleted” from this browser?');
		await kept.getByRole('button', { name: 'Keep' }).click();
		await kept.getByRole('button', { name: 'Delete…' }).click();
		await kept.getByRole('button', { name: 'Delete', exact: true }).click();
		await expect(kept).toHaveCount(0);
		// It was the one open: its link would open nothing now, so the built-in scenario opens.
		await expect(banner(page)).toContainText('US military buildup near Venezuela');
		await expect(page).not.toHaveURL(/scenario=/);
		await expect(page.getByText('Deleted “To be deleted” from this browser')).toBeVisible();
	});
});
