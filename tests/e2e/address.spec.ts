import { dateInAddress, expect, openApp, slider, test } from './fixtures';

test.describe('?date= in the address', () => {
	test('opens on the day asked for', async ({ page }) => {
		await openApp(page, '?date=2025-09-15');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '15 September 2025');
		await expect(page.getByRole('status')).toHaveCount(0);
	});

	test('an impossible date opens on the nearest real day, with a notice', async ({ page }) => {
		await openApp(page, '?date=2025-11-31');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '30 November 2025');
		await expect(page.getByRole('status')).toContainText('2025-11-31, which is not a real date');
		await expect.poll(() => dateInAddress(page)).toBe('2025-11-30');
	});

	test('a date that does not exist is called that, not outside the scenario', async ({ page }) => {
		await openApp(page, '?date=2025-02-30');
		await expect(page.getByRole('status')).toContainText('2025-02-30, which is not a real date');
		await expect(page.getByRole('status')).not.toContainText('outside this scenario (');
	});

	test('the same notice twice (Copy link pressed twice) keeps the page whole', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openApp(page, '?date=2025-11-04');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByText('Link copied')).toHaveCount(2);
		await page.getByRole('button', { name: 'Dismiss notice' }).first().click();
		await expect(slider(page)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Dismiss notice' })).toHaveCount(1);
	});

	test('a switch takes yes as well as 1', async ({ page }) => {
		await openApp(page, '?date=2025-12-18&hidefuture=yes');
		await expect(page.getByRole('status')).toHaveCount(0);
		await page.getByRole('tab', { name: 'Events' }).click();
		await expect(page.getByRole('checkbox', { name: 'Hide the future' })).toBeChecked();
	});

	test('a date outside the scenario opens on the nearest end, with a notice', async ({ page }) => {
		await openApp(page, '?date=2030-01-01');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '31 December 2025');
		await expect(page.getByRole('status')).toContainText('outside this scenario');
	});

	test('something that is not a date opens on the default day, with a notice that can be dismissed', async ({ page }) => {
		await openApp(page, '?date=last-tuesday');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '16 November 2025');
		const notice = page.getByRole('status');
		await expect(notice).toContainText('"last-tuesday", which is not a date');
		await notice.getByRole('button', { name: 'Dismiss notice' }).click();
		await expect(page.getByRole('status')).toHaveCount(0);
	});
});
