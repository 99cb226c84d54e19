import { dateInAddress, expect, mapIsReady, openApp, saveScreenshot, slider, test } from './fixtures';

test.describe('the date control', () => {
	test('opens on the scenario’s default day, shown large on the map', async ({ page }) => {
		await openApp(page);
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '16 November 2025');
		await expect(page.getByTestId('date-banner')).toContainText('16 November 2025');
		await expect.poll(() => dateInAddress(page)).toBe('2025-11-16');
		// The map's text is drawn with the self-hosted font, not a fallback.
		expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Bold"') && document.fonts.check('16px "Noto Sans Regular"'))).toBe(true);
		await saveScreenshot(page, 'laptop-default');
	});

	test('steps by day, week (Shift) and to the ends from the keyboard; PageDown goes to the next stop', async ({ page }) => {
		await openApp(page, '?date=2025-09-10');
		const date = slider(page);
		await date.focus();
		const expectDay = async (spoken: string, iso: string) => {
			await expect(date).toHaveAttribute('aria-valuetext', spoken);
			await expect(page.getByTestId('date-banner')).toContainText(spoken);
			await expect.poll(() => dateInAddress(page)).toBe(iso);
		};
		await page.keyboard.press('ArrowRight');
		await expectDay('11 September 2025', '2025-09-11');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expectDay('9 September 2025', '2025-09-09');
		await page.keyboard.press('Shift+ArrowRight');
		await expectDay('16 September 2025', '2025-09-16');
		await page.keyboard.press('Shift+ArrowLeft');
		await page.keyboard.press('Shift+ArrowLeft');
		await expectDay('2 September 2025', '2025-09-02');
		// A clicker's PageDown on the focused slider still means "next stop": forward, never back.
		await page.keyboard.press('PageDown');
		await expectDay('5 September 2025', '2025-09-05');
		await page.keyboard.press('PageUp');
		await expectDay('2 September 2025', '2025-09-02');
		await page.keyboard.press('End');
		await expectDay('31 December 2025', '2025-12-31');
		await page.keyboard.press('ArrowRight');
		await expectDay('31 December 2025', '2025-12-31');
		await page.keyboard.press('Home');
		await expectDay('21 July 2025', '2025-07-21');
		await mapIsReady(page);
	});

	test('the address is replaced, not pushed, as the date moves', async ({ page }) => {
		await openApp(page, '?date=2025-09-10');
		const before = await page.evaluate(() => history.length);
		await slider(page).focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => dateInAddress(page)).toBe('2025-09-15');
		expect(await page.evaluate(() => history.length)).toBe(before);
	});

	test('previous and next day buttons', async ({ page }) => {
		await openApp(page, '?date=2025-10-24');
		await page.getByRole('button', { name: 'Next day' }).click();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '25 October 2025');
		await page.getByRole('button', { name: 'Previous day' }).click();
		await page.getByRole('button', { name: 'Previous day' }).click();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '23 October 2025');
		await openApp(page, '?date=2025-07-21');
		await expect(page.getByRole('button', { name: 'Previous day' })).toBeDisabled();
	});

	test('plays forward at the chosen speed and pauses', async ({ page }) => {
		await openApp(page, '?date=2025-08-01');
		await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
		await page.getByRole('button', { name: 'Play', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await expect.poll(async () => Number(await slider(page).inputValue())).toBeGreaterThan(Number(await slider(page).getAttribute('min')) + 15);
		await page.getByRole('button', { name: 'Pause' }).click();
		const stopped = await slider(page).inputValue();
		await mapIsReady(page);
		await page.waitForTimeout(400);
		expect(await slider(page).inputValue()).toBe(stopped);
	});

	test('stops at the end, or loops when asked', async ({ page }) => {
		await openApp(page, '?date=2025-12-28');
		await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
		await page.getByRole('button', { name: 'Play', exact: true }).click();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '31 December 2025');
		await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

		await page.getByRole('checkbox', { name: 'Loop' }).check();
		await slider(page).focus();
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await page.getByRole('button', { name: 'Play', exact: true }).click();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', /July 2025/);
		await page.getByRole('button', { name: 'Pause' }).click();
	});

	test('marks on the track show the days with events', async ({ page }) => {
		await openApp(page);
		const marks = page.locator('.marks .mark');
		expect(await marks.count()).toBeGreaterThan(2);
		await expect(page.locator('.marks .mark[title="21 August 2025"]')).toHaveCount(1);
	});
});
