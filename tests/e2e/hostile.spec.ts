import type { Page } from '@playwright/test';
import { expect, listItem, mapElement, mapIsReady, openApp, slider, test } from './fixtures';
import { layer, openChangedGeodata } from './geodata';

/** Fails the test if anything in the page opens a dialog (an injected alert, say). */
function forbidDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return dialogs;
}

/** Holds back the requests matching `pattern`, as a very slow network would, until the returned function is called. */
async function holdBack(page: Page, pattern: string): Promise<() => void> {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

const problems = (page: Page) => page.getByTestId('data-problems');

async function openProblems(page: Page): Promise<void> {
	await problems(page).locator('summary').click();
}

test.describe('hostile and damaged data', () => {
	test('script-like addresses and markup never run or become links', async ({ page }) => {
		const dialogs = forbidDialogs(page);
		await openChangedGeodata(
			page,
			(files) => {
				const air = layer(files, 'scenario/air.geojson');
				const ceiba = air.find((f) => f.properties.id === 'f35b-ceiba')!;
				(ceiba.properties.sources as { url?: string }[])[0].url = 'JavaScript:alert(document.domain)';
				(ceiba.properties.reach as { sources: { url?: string }[] }).sources[0].url = 'data:text/html,<script>alert(3)</script>';
				const drones = air.find((f) => f.properties.id === 'mq9-aguadilla')!;
				drones.properties.name = '<img src=x onerror="alert(1)">Drones';
				drones.properties.description = '<script>alert(2)</script> Reapers.';
			},
			'?date=2025-11-20'
		);
		await mapIsReady(page);
		await openProblems(page);
		await expect(problems(page)).toContainText('scenario/air.geojson, feature "f35b-ceiba", field "sources[0].url": expected a web address starting http:// or https://');
		await expect(problems(page)).toContainText('feature "f35b-ceiba", field "reach.sources[0].url"');
		await listItem(page, '<img src=x onerror="alert(1)">Drones').click();
		await expect(page.locator('.detail-panel')).toContainText('<script>alert(2)</script> Reapers.');
		const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.filter((href) => !/^https?:/i.test(href))).toEqual([]);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expect(await page.evaluate(() => [...document.scripts].some((script) => script.text.includes('alert')))).toBe(false);
		expect(dialogs).toEqual([]);
	});

	test('a 20,000-character name is shortened, the map gets ready and the panel keeps its width', async ({ page }) => {
		await openChangedGeodata(
			page,
			(files) => {
				const ceiba = layer(files, 'scenario/air.geojson').find((f) => f.properties.id === 'f35b-ceiba')!;
				ceiba.properties.name = 'W'.repeat(20_000);
				ceiba.properties.description = `An unbroken ${'x'.repeat(3000)} word.`;
			},
			'?date=2025-11-20&item=f35b-ceiba'
		);
		await mapIsReady(page);
		await openProblems(page);
		await expect(problems(page)).toContainText('feature "f35b-ceiba", field "name": is 20,000 characters long; shown shortened to the first 120');
		const sidebar = page.locator('.sidebar');
		await expect(sidebar.getByRole('heading', { name: `${'W'.repeat(119)}…` })).toBeVisible();
		const widths = await sidebar.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
		expect(widths.scroll, 'nothing in the sidebar sticks out sideways').toBeLessThanOrEqual(widths.client);
	});

	test('a phase id and a category id used twice are named, and the page works', async ({ page }) => {
		await openChangedGeodata(
			page,
			(files) => {
				const { phases } = files['phases.json'] as { phases: { id: string }[] };
				phases[1].id = phases[0].id;
				(files['scenario.json'] as { categories: { id: string; label: string }[] }).categories.push({ ...(files['scenario.json'] as { categories: { id: string; label: string }[] }).categories[0], label: 'A copy' });
			},
			'?date=2025-09-15'
		);
		await mapIsReady(page);
		await openProblems(page);
		await expect(problems(page)).toContainText('phases.json, phase #1, field "id": the id "first-ships" is already used by phase #0');
		await expect(problems(page)).toContainText('scenario.json, field "categories[6].id": the category id "naval" is already used by categories[0]');
		await slider(page).focus();
		await page.keyboard.press('End');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '31 December 2025');
		await mapIsReady(page);
		await expect(page.locator('.bands .band')).toHaveCount(5);
	});

	test('five thousand unit symbols give a ready map with plain points and a notice', async ({ page }) => {
		// Opening, checking and keeping this many items, then drawing them in software WebGL beside another test, takes a while; it is not a speed test.
		test.setTimeout(180_000);
		await openChangedGeodata(
			page,
			(files) => {
				const naval = layer(files, 'scenario/naval.geojson');
				const ship = naval.find((f) => f.properties.id === 'aegis-destroyers')!;
				const sources = [{ publication: 'Test', url: 'https://example.org/', quote: 'q' }];
				for (let i = 0; i < 5_000; i++) {
					naval.push({ ...ship, properties: { ...ship.properties, id: `unit-${i}`, name: `Unit ${i}`, description: 'd', sources, quantities: [], disagreements: [] } });
				}
			},
			'?date=2025-11-20'
		);
		await expect(mapElement(page)).toHaveAttribute('data-ready', 'true', { timeout: 150_000 });
		await expect(page.getByRole('status')).toContainText('has 5,009 members, more than one block on the map holds (40)');
		// Opened from a file, the scenario's own notice comes first and this one may be folded under "more".
		await expect(page.getByRole('status')).toContainText('units, more than the map draws as symbols (2,000): they are drawn as plain points');
	});
});

test.describe('hostile links', () => {
	test('a link written to flood the screen gives a few grouped notices', async ({ page }) => {
		const strays = Array.from({ length: 500 }, (_, i) => `layer${i}`).join(',');
		await openApp(page, `?date=2025-09-15&date=2025-10-01&hide=${strays}&hide=air&view=,,&junk=1`);
		const notices = page.locator('.notices');
		await expect(notices).toContainText('The address gives date= 2 times; using the first, date=2025-09-15.');
		await expect(page.getByRole('button', { name: 'Dismiss notice' })).toHaveCount(2);
		await expect(page.getByTestId('more-notices')).toContainText('3 more notices');
		const [box, map] = [await notices.boundingBox(), await mapElement(page).boundingBox()];
		expect(box!.height, 'the notices leave most of the map clear').toBeLessThan(map!.height * 0.4);
		await page.getByTestId('more-notices').locator('summary').click();
		await expect(page.getByTestId('more-notices')).toContainText('"layer0", "layer1", "layer2", "layer3", "layer4" and 495 more in hide=');
		await expect(page.getByTestId('more-notices')).toContainText('Ignored view=,,');
		await page.getByRole('button', { name: 'Dismiss all notices' }).click();
		await expect(notices).toHaveCount(0);
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '15 September 2025');
	});
});

test.describe('failing environments', () => {
	test.describe('fonts blocked', () => {
		test.use({ expectedConsoleErrors: [/Failed to load resource/] });

		test('the map still opens, with the device’s font, and says so', async ({ page }) => {
			await page.route('**/*.woff2', (route) => route.abort('failed'));
			await openApp(page, '?date=2025-11-20');
			await expect(page.getByRole('status')).toContainText('The map’s font did not load; its labels use this device’s own font.');
			const labels = await mapElement(page).evaluate((element) => (element as unknown as { maplibre: { queryRenderedFeatures: (o: object) => unknown[] } }).maplibre.queryRenderedFeatures({ layers: ['country-labels'] }).length);
			expect(labels).toBeGreaterThan(0);
		});
	});

	test('without WebGL the map area says why and everything else works', async ({ page }) => {
		await page.addInitScript(() => {
			const getContext = HTMLCanvasElement.prototype.getContext;
			HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
				return /webgl/i.test(kind) ? null : getContext.call(this, kind as '2d', ...(rest as []));
			} as typeof getContext;
		});
		await page.goto('./?date=2025-11-20');
		const message = page.getByTestId('map-unavailable');
		await expect(message).toContainText('This browser cannot draw the map: WebGL is switched off or not available.');
		await expect(page.getByTestId('map-loading')).toHaveCount(0);
		await listItem(page, 'F-35B fighters at Ceiba').click();
		await expect(page.locator('.detail-panel')).toContainText('Ceiba');
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(slider(page)).not.toHaveAttribute('aria-valuetext', '20 November 2025');
	});

	test('a slow network shows that the map is loading', async ({ page }) => {
		const release = await holdBack(page, '**/data/checked-scenario.json');
		await page.goto('./?date=2025-11-20');
		await expect(page.getByTestId('map-loading')).toBeVisible();
		release();
		await mapIsReady(page);
		await expect(page.getByTestId('map-loading')).toHaveCount(0);
	});

	test('before the scripts arrive the page says it is loading', async ({ page }) => {
		const release = await holdBack(page, '**/_app/immutable/entry/**');
		await page.goto('./');
		await expect(page.getByText('Loading the briefing map…')).toBeVisible();
		release();
		await mapIsReady(page);
		await expect(page.getByText('Loading the briefing map…')).toBeHidden();
	});

	test.describe('JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('the page says the map needs JavaScript', async ({ page }) => {
			await page.goto('./');
			// Playwright's text locators skip <noscript>; the page's rendered text does not.
			const text = await page.locator('body').innerText();
			expect(text).toContain('This briefing map needs JavaScript.');
			expect(text).not.toContain('Loading');
		});
	});
});

test.describe('Content-Security-Policy', () => {
	test('is in the page, allows no inline script, eval or other origin, and the app runs under it', async ({ page }) => {
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
		});
		await openApp(page, '?date=2025-11-20');
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		const directives = new Map(policy!.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
		expect(directives.get('default-src')).toEqual(["'self'"]);
		expect(directives.get('script-src')!.filter((value) => !value.startsWith("'sha256-"))).toEqual(["'self'"]);
		expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
		// Step, open details, present, save an image: the worker, fonts, images and downloads all work.
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await mapIsReady(page);
		await listItem(page, 'F-35B fighters at Ceiba').click();
		await page.getByRole('button', { name: 'Export' }).click();
		const download = page.waitForEvent('download');
		await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Save image' }).click();
		expect((await download).suggestedFilename()).toMatch(/\.png$/);
		await page.getByRole('button', { name: 'Close export' }).click();
		await page.keyboard.press('p');
		await mapIsReady(page);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
	});
});
