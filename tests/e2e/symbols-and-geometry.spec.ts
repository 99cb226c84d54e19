import { layer, openChangedGeodata } from './geodata';
import { expect, featuresInState, listItem, mapElement, mapIsReady, openApp, pixelOf, placedLabels, saveScreenshot, slider, test } from './fixtures';

type MapLike = {
	getLayoutProperty: (layer: string, name: string) => unknown;
	getImage: (name: string) => { pixelRatio: number } | null;
	querySourceFeatures: (source: string) => { id: number; properties: Record<string, unknown>; geometry: { coordinates: number[] } }[];
};
const onMap = <T>(page: Parameters<typeof openApp>[0], fn: (map: MapLike) => T) =>
	mapElement(page).evaluate((element, body) => new Function('map', `return (${body})(map)`)((element as unknown as { maplibre: MapLike }).maplibre), fn.toString()) as Promise<T>;

test.describe('military symbols and plain icons', () => {
	test('units appear as military symbols on their days, crisp on dense screens', async ({ page }) => {
		await openApp(page, '?date=2025-08-17');
		expect(await featuresInState(page, 'scenario-units', 'visible')).toHaveLength(1); // the P-8 patrols
		await slider(page).focus();
		await page.keyboard.press('ArrowRight'); // 18 August: the destroyers
		await mapIsReady(page);
		expect(await featuresInState(page, 'scenario-units', 'visible')).toHaveLength(2);
		const layout = await onMap(page, (map) => map.getLayoutProperty('scenario-units', 'icon-image'));
		expect(layout).toEqual(['get', 'militarySymbol']);
		const ratio = await onMap(page, (map) => map.getImage('mil-SFSPCLDD-------')?.pixelRatio ?? 0);
		expect(ratio).toBeGreaterThanOrEqual(2);
		await page.getByRole('tab', { name: 'Layers' }).click();
		await expect(page.getByRole('list', { name: 'Unit symbols' })).toContainText('Destroyer');
		await expect(page.getByRole('list', { name: 'Unit symbols' })).toContainText('Carrier strike group');
	});

	test('a switch turns them into plain icons, in the legend too, and the link keeps it', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await page.getByRole('tab', { name: 'Layers' }).click();
		const legendImage = page.getByRole('list', { name: 'Unit symbols' }).locator('img').first();
		const militaryLegend = await legendImage.getAttribute('src');
		await page.getByRole('radio', { name: 'Plain icons' }).check();
		await mapIsReady(page);
		expect(await onMap(page, (map) => map.getLayoutProperty('scenario-units', 'icon-image'))).toEqual(['get', 'plainSymbol']);
		await expect(legendImage).not.toHaveAttribute('src', militaryLegend!);
		await expect.poll(() => new URL(page.url()).searchParams.get('symbols')).toBe('plain');
		await saveScreenshot(page, 'laptop-plain-icons');
		await page.reload();
		await mapIsReady(page);
		expect(await onMap(page, (map) => map.getLayoutProperty('scenario-units', 'icon-image'))).toEqual(['get', 'plainSymbol']);
	});
});

test.describe('uncertainty', () => {
	test('an approximate position is a dashed area labelled approximate; exact ones are dots', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		const dashed = await featuresInState(page, 'scenario-area-edge-approximate', 'visible');
		expect(dashed.length).toBeGreaterThanOrEqual(5);
		const labels = await onMap(page, (map) => map.querySourceFeatures('scenario-labels').map((f) => String(f.properties.label)));
		expect(labels).toContain('US boat strikes\n(approximate)');
		// Ships whose positions are not public: one group, each by its designation.
		expect(labels).toContain('CG Lake Erie');
		expect(labels.some((label) => label.startsWith('US forces at sea — positions not public'))).toBe(true);
		await page.getByRole('tab', { name: 'Layers' }).click();
		await expect(page.getByText('somewhere in the dashed area')).toBeVisible();
		await expect(page.getByText('where it was said, not a position')).toBeVisible();
	});
});

test.describe('reach', () => {
	test('range rings appear with the aircraft, with their figures and sources', async ({ page }) => {
		await openApp(page, '?date=2025-09-12');
		expect(await featuresInState(page, 'scenario-reach', 'visible')).toEqual([]);
		await page.getByRole('button', { name: 'Next day' }).click();
		await mapIsReady(page);
		expect(await featuresInState(page, 'scenario-reach', 'visible')).toHaveLength(2);
		// Each ring's caption sits at its eastern edge, over open sea, where the two do not collide.
		expect((await placedLabels(page, 'scenario-reach-labels')).sort()).toEqual(['F-35B combat radius: 869 km (469 nmi)', 'MQ-9 out-and-back reach: 925 km (499 nmi)']);
		await listItem(page, 'F-35B fighters at Ceiba').click();
		const panel = page.getByTestId('detail-panel');
		await expect(panel).toContainText('F-35B combat radius: 869 km (469 nmi)');
		await expect(panel.getByRole('link', { name: 'DefenseTech' })).toHaveAttribute('href', /defensetech\.org/);
		await expect(panel).toContainText(/\d[\d,]* km \(\d[\d,]* nmi\) from Caracas/);
		await saveScreenshot(page, 'laptop-reach');

		await page.getByRole('tab', { name: 'Layers' }).click();
		await page.getByRole('checkbox', { name: /Range rings/ }).uncheck();
		await mapIsReady(page);
		expect(await featuresInState(page, 'scenario-reach', 'visible')).toEqual([]);
		expect(await placedLabels(page, 'scenario-reach-labels')).toEqual([]);
		await expect.poll(() => new URL(page.url()).searchParams.get('rings')).toBe('0');
	});
});

test.describe('movement along a track', () => {
	// A made-up transit, clearly a fixture, checks the machinery apart from the real data.
	test('a tracked item moves along its track by date and says when its position is worked out', async ({ page }) => {
		await openChangedGeodata(
			page,
			(files) =>
				layer(files, 'scenario/naval.geojson').push({
					type: 'Feature',
					geometry: { type: 'Point', coordinates: [-70, 15] },
					properties: {
						id: 'fixture-transit',
						name: 'Fixture transit (test data)',
						category: 'naval',
						description: 'A made-up ship for the browser test.',
						start: '2025-09-01',
						end: '2025-09-11',
						precision: 'approximate',
						radiusKm: 50,
						positionNote: 'Test data.',
						unit: { type: 'destroyer' },
						track: [
							{ date: '2025-09-01', at: [-70, 15], source: 0 },
							{ date: '2025-09-11', at: [-60, 15], source: 0 }
						],
						sources: [{ url: 'https://example.org/test', publication: 'Test fixture', quote: 'none' }]
					}
				}),
			'?date=2025-09-06'
		);
		await mapIsReady(page);
		const where = () =>
			onMap(page, (map) => {
				const label = map.querySourceFeatures('scenario-labels').find((f) => String(f.properties.label).startsWith('Fixture transit'));
				return label && { label: String(label.properties.label), at: label.geometry.coordinates };
			});
		await expect.poll(async () => (await where())?.label).toMatch(/^Fixture transit \(test data\)\n\(worked out, ±\d+ km\)$/);
		const middle = (await where())!;
		expect(middle.at[0]).toBeGreaterThan(-66);
		expect(middle.at[0]).toBeLessThan(-64);
		// The way it has come, and once it is chosen the area it may be in today.
		const drawn = () => onMap(page, (map) => map.querySourceFeatures('scenario-labels').map((f) => String(f.properties.kind)));
		expect(await drawn()).toContain('track-path');
		expect(await drawn()).not.toContain('track-area');
		await listItem(page, 'Fixture transit (test data)').click();
		await expect.poll(drawn).toContain('track-area');
		await slider(page).focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		await expect.poll(async () => (await where())?.label).toBe('Fixture transit (test data)\n(approximate)');
		expect((await where())!.at[0]).toBeCloseTo(-60, 2); // tile coordinates are quantised
	});
});

test.describe('measuring', () => {
	test('clicking points gives the great-circle distance in km and nautical miles', async ({ page }) => {
		await openApp(page, '?date=2025-11-20&view=-66.5,14.5,4.5');
		await page.getByRole('button', { name: 'Measure' }).click();
		const sanJuan = await pixelOf(page, [-66.11, 18.47]);
		const caracas = await pixelOf(page, [-66.9, 10.49]);
		await page.mouse.click(sanJuan.x, sanJuan.y);
		await page.mouse.click(caracas.x, caracas.y);
		const distance = page.getByTestId('measured-distance');
		await expect(distance).toHaveText(/^8[89]\d km \(4[78]\d nmi\)$/);
		await expect(page.getByTestId('detail-panel')).toHaveCount(0); // measuring does not select
		await mapIsReady(page);
		await saveScreenshot(page, 'laptop-measure');
		await page.mouse.click(sanJuan.x, sanJuan.y);
		await expect(page.getByRole('status', { name: 'Measurement' })).toContainText('2 legs');
		await page.getByRole('button', { name: 'Done' }).click();
		await expect(page.getByTestId('measured-distance')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Measure' })).toBeVisible();
	});
});
