import { expect, listItem, mapIsReady, openApp, test } from './fixtures';

test.describe('broken data files', () => {
	test.use({ expectedConsoleErrors: [/404/] });

	test('a file that is not JSON is named, and everything else loads', async ({ page }) => {
		await page.route('**/data/scenario/air.geojson', (route) => route.fulfill({ contentType: 'application/json', body: '{ "type": "FeatureCollection", "features": [ ' }));
		await openApp(page, '?date=2025-11-20');
		const problems = page.getByTestId('data-problems');
		await expect(problems).toContainText('1 problem in the data');
		await problems.locator('summary').click();
		await expect(problems).toContainText('geodata/scenario/air.geojson: is not valid JSON');
		await expect(listItem(page, 'USS Gerald R. Ford carrier strike group')).toBeVisible();
		await expect(listItem(page, 'F-35B fighters at Ceiba')).toHaveCount(0);
	});

	test('a bad feature is named with its field, and its neighbours load', async ({ page }) => {
		await page.route('**/data/scenario/air.geojson', async (route) => {
			const layer = await (await route.fetch()).json();
			layer.features.find((f: { properties: { id: string } }) => f.properties.id === 'f35b-ceiba').properties.start = '2025-09-31';
			await route.fulfill({ json: layer });
		});
		await openApp(page, '?date=2025-11-04');
		const problems = page.getByTestId('data-problems');
		await problems.locator('summary').click();
		await expect(problems).toContainText('geodata/scenario/air.geojson, feature "f35b-ceiba", field "start": expected a real date written as YYYY-MM-DD, got "2025-09-31"');
		await expect(listItem(page, 'MQ-9 Reaper drones at Aguadilla')).toBeVisible();
	});

	test('a missing file is named', async ({ page }) => {
		await page.route('**/data/scenario/naval.geojson', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
		await openApp(page, '?date=2025-11-04');
		await page.getByTestId('data-problems').locator('summary').click();
		await expect(page.getByTestId('data-problems')).toContainText('geodata/scenario/naval.geojson: could not be read (404');
		await expect(listItem(page, 'F-35B fighters at Ceiba')).toBeVisible();
	});

	test('a broken index still shows the basemap and says why', async ({ page }) => {
		await page.route('**/data/scenario.json', (route) => route.fulfill({ json: { title: 'x' } }));
		await openApp(page);
		await mapIsReady(page);
		await page.getByTestId('data-problems').locator('summary').click();
		await expect(page.getByTestId('data-problems')).toContainText('geodata/scenario.json, field "start"');
	});
});
