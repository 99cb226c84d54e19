import { expect, listItem, mapElement, openApp, saveScreenshot, slider, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('works on a phone: map, date control, list and details', async ({ page }) => {
	await openApp(page, '?date=2025-11-04');
	const map = (await mapElement(page).boundingBox())!;
	expect(map.width).toBe(390);
	expect(map.height).toBeGreaterThan(400);
	await expect(page.getByTestId('date-banner')).toBeInViewport();
	await expect(slider(page)).toBeInViewport();
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeInViewport();
	// Nothing sticks out sideways.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await saveScreenshot(page, 'phone-default');

	await listItem(page, 'F-35B fighters at Ceiba').tap();
	const panel = page.getByTestId('detail-panel');
	await expect(panel).toBeInViewport();
	await saveScreenshot(page, 'phone-details');
	await panel.getByRole('button', { name: 'Close details' }).tap();
	await expect(panel).toHaveCount(0);
});
