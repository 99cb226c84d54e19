import { camera, dateInAddress, expect, jumpTo, listItem, mapIsReady, openApp, slider, test } from './fixtures';

test.describe('links that reopen the exact view', () => {
	test('date, item, phase, camera, layers and classroom switch all survive a reload', async ({ page }) => {
		await openApp(page, '?date=2025-09-15');
		await listItem(page, 'F-35B fighters at Ceiba').click();
		await page.getByRole('tab', { name: 'Layers' }).click();
		await page.getByRole('checkbox', { name: /Naval forces/ }).uncheck();
		await page.getByRole('tab', { name: 'Events' }).click();
		await page.getByRole('checkbox', { name: 'Hide the future' }).check();
		await jumpTo(page, [-66.2, 17.9], 7.25);
		await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('-66.200,17.900,7.25');
		const link = page.url();
		expect(link).toContain('date=2025-09-15');
		expect(link).toContain('phase=strikes-at-sea');
		expect(link).toContain('item=f35b-ceiba');
		expect(link).toContain('hide=naval');
		expect(link).toContain('hidefuture=1');

		const other = await page.context().newPage();
		await other.goto(link);
		await mapIsReady(other);
		await expect(slider(other)).toHaveAttribute('aria-valuetext', '15 September 2025');
		await expect(other.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText('F-35B fighters at Ceiba');
		const view = await camera(other);
		expect(view.center[0]).toBeCloseTo(-66.2, 2);
		expect(view.center[1]).toBeCloseTo(17.9, 2);
		expect(view.zoom).toBeCloseTo(7.25, 2);
		await other.getByRole('tab', { name: 'Layers' }).click();
		await expect(other.getByRole('checkbox', { name: /Naval forces/ })).not.toBeChecked();
		await other.getByRole('tab', { name: 'Events' }).click();
		await expect(other.getByRole('checkbox', { name: 'Hide the future' })).toBeChecked();
		await expect(other.getByRole('status')).toHaveCount(0);
	});

	test('a phase link opens on the phase for the whole class', async ({ page }) => {
		await openApp(page, '?phase=carrier-arrives');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '16 November 2025');
		await expect(page.getByTestId('current-phase')).toContainText('The carrier in the Caribbean');
	});

	test('a link in presenter mode opens in presenter mode', async ({ page }) => {
		await openApp(page, '?date=2025-12-03&present=1');
		await expect(page.locator('.app.presenting')).toHaveCount(1);
		await expect(page.getByTestId('date-banner')).toContainText('3 December 2025');
	});

	test('"Copy link" puts the current address on the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openApp(page, '?date=2025-10-24');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status')).toContainText('Link copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(page.url());
		expect(dateInAddress(page)).toBe('2025-10-24');
	});

	test('unknown and broken parameters are ignored with a notice, and the rest still applies', async ({ page }) => {
		await openApp(page, '?date=2025-09-15&item=no-such-thing&view=somewhere&hide=naval,spaceships&colour=red');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '15 September 2025');
		const status = page.getByRole('status');
		await expect(status).toContainText('Ignored "colour" in the address');
		await expect(status).toContainText('Ignored item=no-such-thing');
		await expect(status).toContainText('Ignored view=somewhere');
		await expect(status).toContainText('Ignored "spaceships" in hide=');
		await page.getByRole('tab', { name: 'Layers' }).click();
		await expect(page.getByRole('checkbox', { name: /Naval forces/ })).not.toBeChecked();
		await expect.poll(() => new URL(page.url()).searchParams.has('colour')).toBe(false);
	});
});
