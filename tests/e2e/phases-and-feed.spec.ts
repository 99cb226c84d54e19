import { centeredWithin, expect, featuresInState, PUERTO_RICO_PHASE, listItem, mapIsReady, openApp, saveScreenshot, slider, test } from './fixtures';

const valueText = (page: Parameters<typeof slider>[0]) => slider(page).getAttribute('aria-valuetext');

test.describe('phases on the timeline', () => {
	test('bands under the slider name the phases; one click jumps to a phase and frames it', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		const band = page.getByRole('button', { name: 'Go to phase 2: Air power to Puerto Rico' });
		await expect(band).toBeVisible();
		await band.click();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 September 2025');
		await mapIsReady(page);
		expect(await centeredWithin(page, PUERTO_RICO_PHASE)).toBe(true);
	});

	test('the phase menu jumps to a phase', async ({ page }) => {
		await openApp(page, '?date=2025-08-10');
		await page.getByRole('combobox', { name: 'Phase' }).selectOption({ label: '6. The oil blockade' });
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '16 December 2025');
		await expect(page.getByTestId('current-phase')).toContainText('The oil blockade');
	});

	test('"Play this phase" plays just its days and stops at its end', async ({ page }) => {
		await openApp(page, '?date=2025-12-05');
		await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
		await page.getByRole('button', { name: 'Play this phase' }).click();
		await expect(page.getByRole('button', { name: 'Stop phase' })).toBeVisible();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '15 December 2025', { timeout: 20_000 });
		await expect(page.getByRole('button', { name: 'Play this phase' })).toBeVisible();
		expect(await valueText(page)).toBe('15 December 2025');
	});

	test('with Loop on, a phase plays round and round', async ({ page }) => {
		await openApp(page, '?date=2025-12-05');
		await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
		await page.getByRole('checkbox', { name: 'Loop' }).check();
		await page.getByRole('button', { name: 'Play this phase' }).click();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '15 December 2025', { timeout: 20_000 });
		await expect(slider(page)).toHaveAttribute('aria-valuetext', /^[1-5] December 2025$/, { timeout: 20_000 });
		await page.getByRole('button', { name: 'Stop phase' }).click();
	});

	test('the phase card names the phase, sums it up and lists what it added and ended, beside the map', async ({ page }) => {
		await openApp(page, '?date=2025-12-20');
		const card = page.getByTestId('phase-card');
		await expect(card.getByRole('heading', { name: 'The oil blockade' })).toBeVisible();
		await expect(card).toContainText('Trump orders a blockade of sanctioned oil tankers.');
		const mapBox = (await page.getByTestId('map').boundingBox())!;
		const cardBox = (await card.boundingBox())!;
		expect(cardBox.x).toBeGreaterThanOrEqual(mapBox.x + mapBox.width);
		await card.getByText(/Changes in this phase/).click();
		await expect(card.getByRole('list', { name: 'Added in this phase' })).toContainText('Trump orders a blockade of sanctioned oil tankers');
		await expect(card.getByRole('list', { name: 'Ended in this phase' })).toContainText('Two oil tankers seized near Venezuela');
		await card.getByRole('button', { name: /Pursuit of the tanker Bella 1/ }).click();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '21 December 2025');
		await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText('Pursuit of the tanker Bella 1');
	});
});

test.describe('the event feed', () => {
	test('follows the slider, highlights the day, and jumps on a click', async ({ page }) => {
		await openApp(page, '?date=2025-08-21');
		await page.getByRole('tab', { name: 'Events' }).click();
		const today = page.getByRole('list', { name: 'Events by day' }).locator('[aria-current="date"]');
		await expect(today).toContainText('21 August 2025');
		await expect(today).toContainText('China condemns the US "threat of force" (Mao Ning)');
		await expect(today).toContainText('Breitbart News');
		await page.getByRole('button', { name: /Hegseth orders the Ford strike group/ }).click();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '24 October 2025');
		await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText('Hegseth orders the Ford strike group into the Caribbean');
		await expect(today).toContainText('24 October 2025');
		await saveScreenshot(page, 'laptop-event-feed');
	});

	test('"Hide the future" keeps the feed, the marks and the phase names from giving away what comes next', async ({ page }) => {
		await openApp(page, '?date=2025-09-10');
		await page.getByRole('tab', { name: 'Events' }).click();
		const feed = page.getByRole('list', { name: 'Events by day' });
		await expect(feed).toContainText('Hegseth orders the Ford');
		await expect(page.locator('.marks .mark[title="24 October 2025"]')).toHaveCount(1);

		await page.getByRole('checkbox', { name: 'Hide the future' }).check();
		await expect(feed).not.toContainText('Hegseth orders the Ford');
		await expect(feed).toContainText('F-35B fighters at Ceiba');
		await expect(page.getByText('Later events are hidden')).toBeVisible();
		await expect(page.locator('.marks .mark[title="24 October 2025"]')).toHaveCount(0);
		await expect(page.locator('.marks .mark[title="1 September 2025"]')).toHaveCount(1);
		await expect(page.getByRole('button', { name: /Go to phase 6$/ })).toBeVisible();
		await expect(page.getByText('The oil blockade')).toHaveCount(0);

		// Moving on reveals what has now happened.
		await page.getByRole('button', { name: 'Go to phase 3', exact: true }).click();
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(feed).toContainText('Hegseth orders the Ford');
	});
});

test('what appeared is ringed and what ended fades as a ghost, for a moment', async ({ page }) => {
	await openApp(page, '?date=2025-08-20');
	await slider(page).focus();
	await page.keyboard.press('ArrowRight'); // 21 August: Lan Hu's visit and more appear; the FT report (20 August) ends
	await mapIsReady(page);
	expect(await page.locator('.fresh-ring').count()).toBeGreaterThan(0);
	const ghosts = await featuresInState(page, 'scenario-points', 'ghost');
	expect(ghosts.length).toBeGreaterThan(0);
	await expect(listItem(page, "China's ambassador Lan Hu visits Maduro")).toBeVisible();
	// The highlight passes.
	await expect(page.locator('.fresh-ring')).toHaveCount(0, { timeout: 10_000 });
	expect(await featuresInState(page, 'scenario-points', 'ghost')).toEqual([]);
});
