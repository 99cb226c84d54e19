import { expect, listItem, mapIsReady, openApp, test } from './fixtures';
import { layer, openChangedGeodata } from './geodata';

test.describe('broken data files', () => {
	test('a file that is not JSON is named, and everything else loads', async ({ page }) => {
		await openChangedGeodata(page, (files) => (files['scenario/air.geojson'] = '{ "type": "FeatureCollection", "features": [ '), '?date=2025-11-20');
		await mapIsReady(page);
		const problems = page.getByTestId('data-problems');
		await problems.locator('summary').click();
		await expect(problems).toContainText('scenario/air.geojson: is not valid JSON');
		await expect(listItem(page, 'USS Gerald R. Ford carrier strike group')).toBeVisible();
		await expect(listItem(page, 'F-35B fighters at Ceiba')).toHaveCount(0);
	});

	test('a bad feature is named with its field, and its neighbours load', async ({ page }) => {
		await openChangedGeodata(page, (files) => (layer(files, 'scenario/air.geojson').find((f) => f.properties.id === 'f35b-ceiba')!.properties.start = '2025-09-31'), '?date=2025-11-04');
		const problems = page.getByTestId('data-problems');
		await problems.locator('summary').click();
		await expect(problems).toContainText('scenario/air.geojson, feature "f35b-ceiba", field "start": expected a real date written as YYYY-MM-DD, got "2025-09-31"');
		await expect(listItem(page, 'MQ-9 Reaper drones at Aguadilla')).toBeVisible();
	});

	test('a missing file is named', async ({ page }) => {
		await openChangedGeodata(page, (files) => delete files['scenario/naval.geojson'], '?date=2025-11-04');
		await page.getByTestId('data-problems').locator('summary').click();
		await expect(page.getByTestId('data-problems')).toContainText('scenario/naval.geojson: is named by scenario.json but is not in the package');
		await expect(listItem(page, 'F-35B fighters at Ceiba')).toBeVisible();
	});

	test.describe('the built-in scenario unreadable', () => {
		test.use({ expectedConsoleErrors: [/404/] });

		test('the basemap still shows and the page says why', async ({ page }) => {
			await page.route('**/data/checked-scenario.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
			await openApp(page);
			await page.getByTestId('data-problems').locator('summary').click();
			await expect(page.getByTestId('data-problems')).toContainText('geodata/scenario.json: could not be loaded: data/checked-scenario.json, which the build writes from it, could not be read (404');
		});
	});
});
