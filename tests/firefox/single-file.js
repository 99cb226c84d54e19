// The single file in Firefox: opened from file://, it draws the map, steps a day, opens an item's
// details, and opens in Spanish. Playwright's Firefox is a patched build that cannot be downloaded
// here, so this drives the system's own Firefox (Debian's firefox-esr) with puppeteer-core over
// WebDriver BiDi. Headless Firefox has no WebGL on a machine without a GPU; a virtual display
// (xvfb-run) gives it Mesa's software renderer, as a classroom PC without a graphics driver has.
// Run by `npm run test:e2e` after the Chromium tests; skipped, saying so, where there is no Firefox.
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FILE = fileURLToPath(new URL('../../build-single/briefing-map.html', import.meta.url));
/** @param {string} command */
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
const firefox = process.env.FIREFOX_PATH || onPath('firefox-esr') || onPath('firefox');

if (!firefox) {
	console.log('Firefox test skipped: no Firefox found (FIREFOX_PATH, firefox-esr or firefox; Debian: apt-get install firefox-esr xvfb).');
	process.exit(0);
}
if (!process.env.DISPLAY) {
	const xvfb = onPath('xvfb-run');
	if (!xvfb) {
		console.log('Firefox test skipped: no display and no xvfb-run (Debian: apt-get install xvfb).');
		process.exit(0);
	}
	const result = spawnSync(xvfb, ['-a', '-s', '-screen 0 1920x1080x24', process.execPath, fileURLToPath(import.meta.url)], { stdio: 'inherit' });
	process.exit(result.status ?? 1);
}
assert.ok(existsSync(FILE), `${FILE} is missing: run npm run build:single first`);

const { default: puppeteer } = await import('puppeteer-core');
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: false, protocolTimeout: 120_000 });
/** @type {string[]} */
const errors = [];
/** @type {string[]} */
const asked = [];
/** Opens the file with `query` and waits for the map to be drawn. @param {string} query */
async function open(query) {
	const page = await browser.newPage();
	page.on('pageerror', (error) => errors.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
	page.on('console', (message) => void (message.type() === 'error' && errors.push(`console error: ${message.text()}`)));
	page.on('request', (request) => asked.push(request.url()));
	await page.goto(`${pathToFileURL(FILE).href}${query}`);
	await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 120_000 });
	return page;
}
/** Waits up to 30 s for `ready()` to hold. @param {() => Promise<boolean> | boolean} ready @param {string} what */
async function until(ready, what) {
	for (let waited = 0; waited < 30_000; waited += 200) {
		if (await ready()) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`timed out waiting for ${what}`);
}
/** @param {import('puppeteer-core').Page} page @param {string} selector */
const text = (page, selector) => page.$eval(selector, (element) => element.textContent.replace(/\s+/g, ' ').trim());

try {
	const page = await open('?date=2025-11-04');
	assert.match(await text(page, '[data-testid="date-banner"]'), /4 November 2025/);
	// Drawn with WebGL: the map's own canvas, and MapLibre has the scenario's layers.
	assert.equal(await page.$eval('[data-testid="map"]', (element) => {
		const map = /** @type {{ maplibre: import('maplibre-gl').Map }} */ (/** @type {unknown} */ (element)).maplibre;
		return element.querySelector('canvas.maplibregl-canvas') !== null && map.getLayer('scenario-area-fill') !== undefined;
	}), true);
	await page.focus('input[type="range"]');
	await page.keyboard.press('ArrowRight');
	// Polled from here: the page's security policy refuses the code a page-side wait would compile.
	await until(async () => new URLSearchParams(await page.evaluate(() => location.search)).get('date') === '2025-11-05', 'the address to show the next day');
	const buttons = await page.$$('ul[aria-label="On the map"] button');
	assert.ok(buttons.length > 5, 'the On the map list has items');
	await buttons[0].click();
	await page.waitForSelector('[data-testid="detail-panel"] blockquote', { timeout: 30_000 });

	const spanish = await open('?lang=es&date=2025-11-20');
	assert.equal(await spanish.$eval('html', (element) => element.lang), 'es');
	assert.match(await text(spanish, '[data-testid="date-banner"]'), /20 de noviembre de 2025/);
	const elsewhere = asked.filter((url) => !/^(data|blob):/.test(url) && url.split(/[?#]/)[0] !== pathToFileURL(FILE).href);
	assert.deepEqual(elsewhere, [], 'requests for anything but the file itself');
	assert.deepEqual(errors, [], 'errors in the page');
	console.log(`Firefox (${firefox}): the single file draws the map, steps a day, opens details, and opens in Spanish.`);
} finally {
	await browser.close();
}
