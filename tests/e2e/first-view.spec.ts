import { expect, mapElement, openApp, test } from './fixtures';

const SIZES = [
	{ name: 'laptop', width: 1366, height: 800 },
	{ name: 'projector', width: 1920, height: 1080 },
	{ name: 'phone', width: 390, height: 844 }
];

for (const size of SIZES) {
	test(`the first view frames everything placed in the region (${size.name})`, async ({ page }) => {
		await page.setViewportSize({ width: size.width, height: size.height });
		await openApp(page);
		const outside = await mapElement(page).evaluate(async (element) => {
			type MapLike = { getBounds: () => { contains: (p: [number, number]) => boolean } };
			const bounds = (element as unknown as { maplibre: MapLike }).maplibre.getBounds();
			const index = await (await fetch('data/scenario.json')).json();
			const [west, south, east, north] = index.region;
			const inRegion = ([x, y]: [number, number]) => x >= west && x <= east && y >= south && y <= north;
			const missed: string[] = [];
			for (const layer of index.layers) {
				const collection = await (await fetch(`data/${layer}`)).json();
				for (const feature of collection.features) {
					// A ship's track may start far away, and strikes may lie beyond the region: the first view frames the region.
					if (feature.properties.precision === 'symbolic' || feature.geometry.type !== 'Point' || !inRegion(feature.geometry.coordinates)) continue;
					if (!bounds.contains(feature.geometry.coordinates)) missed.push(feature.properties.id);
				}
			}
			return missed;
		});
		expect(outside).toEqual([]);
	});
}

test('the page asks for its scenario from the HTML head, once', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.startsWith('/data/') && !path.startsWith('/data/basemap/')) requested.push(path);
	});
	await openApp(page);
	const preloaded = await page.locator('link[rel="preload"][as="fetch"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
	// The scenario as the build checked it: the first view reads no raw geodata/ file.
	expect(preloaded).toEqual(['/data/checked-scenario.json']);
	// The app's own fetch is answered by the preload: nothing is asked for twice.
	expect(requested).toEqual(preloaded);
});
