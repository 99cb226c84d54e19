import { expect, mapElement, mapIsReady, openApp, pixelOf, saveScreenshot, screenPixel, slider, test } from './fixtures';

/**
 * A spreadsheet past the point-cloud threshold (see src/lib/map/point-cloud.ts): a grid of 20,000
 * one-day dots over the Caribbean, on 1 to 4 October 2025, and one dot alone east of them on 2 October.
 */
function gridSpreadsheet(): string {
	const rows = ['date,end,name,category,latitude,longitude'];
	for (let i = 0; i < 20_000; i++) {
		const day = `2025-10-0${1 + (i % 4)}`;
		rows.push(`${day},${day},Dot ${i},${i % 2 ? 'Boats' : 'Planes'},${(10 + (i % 100) * 0.05).toFixed(2)},${(-75 + Math.floor(i / 100) * 0.05).toFixed(2)}`);
	}
	rows.push('2025-10-02,2025-10-02,Lone dot,Planes,17,-60');
	return `${rows.join('\n')}\n`;
}

const LONE_DOT: [number, number] = [-60, 17];

test.describe('a scenario of many dots', () => {
	test('is drawn by one layer of its own: each dot on its days only, named on click', async ({ page }) => {
		test.setTimeout(180_000);
		await openApp(page);
		await page.getByRole('button', { name: 'Scenarios' }).click();
		await page.getByTestId('scenario-file').setInputFiles({ name: 'dots.csv', mimeType: 'text/csv', buffer: Buffer.from(gridSpreadsheet()) });
		const dialog = page.getByTestId('import-dialog');
		await dialog.getByRole('button', { name: 'Open', exact: true }).click();
		await expect(dialog).toHaveCount(0, { timeout: 60_000 });
		await mapIsReady(page);
		const drawnBy = await mapElement(page).evaluate((element) => {
			const map = (element as unknown as { maplibre: { getLayer: (id: string) => unknown; querySourceFeatures: (id: string) => unknown[] } }).maplibre;
			return { cloud: Boolean(map.getLayer('scenario-point-cloud')), marks: map.querySourceFeatures('scenario-marks').length };
		});
		expect(drawnBy).toEqual({ cloud: true, marks: 0 });

		await expect(page.getByTestId('date-banner')).toContainText('1 October 2025');
		const at = await pixelOf(page, LONE_DOT);
		const before = await screenPixel(page, at);
		await slider(page).focus();
		await slider(page).press('ArrowRight');
		await expect(page.getByTestId('date-banner')).toContainText('2 October 2025');
		await mapIsReady(page);
		const on = await screenPixel(page, at);
		const difference = on.reduce((sum, channel, i) => sum + Math.abs(channel - before[i]), 0);
		expect(difference, `the lone dot is drawn on its day (${before} before, ${on} on it)`).toBeGreaterThan(90);
		expect(on, 'its middle has its category’s colour, not the outline’s white').not.toEqual([255, 255, 255]);
		await saveScreenshot(page, 'large-scenario-dots');

		await page.mouse.click(at.x, at.y);
		await expect(page.getByTestId('detail-panel')).toContainText('Lone dot');
		await page.keyboard.press('Escape');

		// Two days on it has ended, and the sea is bare again where it stood.
		await slider(page).focus();
		await slider(page).press('ArrowRight');
		await slider(page).press('ArrowRight');
		await expect(page.getByTestId('date-banner')).toContainText('4 October 2025');
		await mapIsReady(page);
		expect(await screenPixel(page, at)).toEqual(before);
	});
});
