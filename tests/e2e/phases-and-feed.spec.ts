import { centeredWithin, expect, featuresInState, PUERTO_RICO_PHASE, listItem, mapIsReady, openApp, saveScreenshot, slider, test } from './fixtures';

const valueText = (page: Parameters<typeof slider>[0]) => slider(page).getAttribute('aria-valuetext');

test.describe('phases on the timeline', () => {
	test('bands under the slider name the phases; one click jumps to a phase and frames it', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		const band = page.getByRole('button', { name: 'Go to phase 2: Strikes at sea begin; air power to Puerto Rico' });
		await expect(band).toBeVisible();
		await band.click();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '2 September 2025');
		await mapIsReady(page);
		expect(await centeredWithin(page, PUERTO_RICO_PHASE)).toBe(true);
	});

	test('the phase menu jumps to a phase', async ({ page }) => {
		await openApp(page, '?date=2025-08-10');
		await page.getByRole('combobox', { name: 'Phase' }).selectOption({ label: '5. Tankers seized; a blockade ordered' });
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '10 December 2025');
		await expect(page.getByTestId('current-phase')).toContainText('Tankers seized; a blockade ordered');
	});

	test('"Play this phase" plays just its days and stops at its end', async ({ page }) => {
		await openApp(page, '?date=2025-12-12');
		await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
		await page.getByRole('button', { name: 'Play this phase' }).click();
		await expect(page.getByRole('button', { name: 'Stop phase' })).toBeVisible();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '20 December 2025', { timeout: 20_000 });
		await expect(page.getByRole('button', { name: 'Play this phase' })).toBeVisible();
		expect(await valueText(page)).toBe('20 December 2025');
	});

	test('with Loop on, a phase plays round and round', async ({ page }) => {
		await openApp(page, '?date=2025-12-12');
		await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
		await page.getByRole('checkbox', { name: 'Loop' }).check();
		// Every day shown is recorded: the phase's last day is on screen for one step only, which
		// polling the slider can miss round after round when a loop lasts about as long as a poll.
		await slider(page).evaluate((input) => {
			const shown: string[] = [];
			(window as unknown as { shownDays: string[] }).shownDays = shown;
			new MutationObserver(() => shown.push(input.getAttribute('aria-valuetext') ?? '')).observe(input, { attributes: true, attributeFilter: ['aria-valuetext'] });
		});
		await page.getByRole('button', { name: 'Play this phase' }).click();
		const loopedBack = () =>
			page.evaluate(() => {
				const shown = (window as unknown as { shownDays: string[] }).shownDays;
				const end = shown.indexOf('20 December 2025');
				return end >= 0 && shown.slice(end + 1).some((day) => /^1[0-5] December 2025$/.test(day));
			});
		await expect.poll(loopedBack, { timeout: 20_000 }).toBe(true);
		await page.getByRole('button', { name: 'Stop phase' }).click();
	});

	test('the phase card names the phase, sums it up and lists what it added and ended, beside the map', async ({ page }) => {
		await openApp(page, '?date=2025-12-03');
		const card = page.getByTestId('phase-card');
		await expect(card.getByRole('heading', { name: 'The carrier in the Caribbean; airspace and land-strike threats' })).toBeVisible();
		await expect(card).toContainText('On 29 November Trump declares Venezuela’s airspace "closed in its entirety"');
		const mapBox = (await page.getByTestId('map').boundingBox())!;
		const cardBox = (await card.boundingBox())!;
		expect(cardBox.x).toBeGreaterThanOrEqual(mapBox.x + mapBox.width);
		await card.getByText(/Changes in this phase/).click();
		await expect(card.getByRole('list', { name: 'Added in this phase' })).toContainText('Trump declares Venezuela’s airspace "closed in its entirety"');
		await expect(card.getByRole('list', { name: 'Ended in this phase' })).toContainText('Reports: targets identified inside Venezuela');
		await card.getByRole('button', { name: /Trump: strikes on land "very soon"/ }).click();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '2 December 2025');
		await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText('Trump: strikes on land "very soon"');
	});
});

test.describe('the event feed', () => {
	test('follows the slider, highlights the day, and jumps on a click', async ({ page }) => {
		await openApp(page, '?date=2025-08-21');
		await page.getByRole('tab', { name: 'Events' }).click();
		const today = page.getByRole('list', { name: 'Events by day' }).locator('[aria-current="date"]');
		await expect(today).toContainText('21 August 2025');
		await expect(today).toContainText('China opposes "the use or threat of force" and outside interference in Venezuela (Mao Ning)');
		await expect(today).toContainText('Breitbart News');
		await page.getByRole('button', { name: /Hegseth orders the Ford strike group/ }).click();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '24 October 2025');
		await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText('Hegseth orders the Ford strike group to Southern Command');
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
		await expect(feed).toContainText('Strike on a boat: 11 killed (Caribbean)');
		await expect(feed).not.toContainText('F-35B fighters at Ceiba');
		await expect(page.getByText('Later events are hidden')).toBeVisible();
		await expect(page.locator('.marks .mark[title="24 October 2025"]')).toHaveCount(0);
		await expect(page.locator('.marks .mark[title="2 September 2025"]')).toHaveCount(1);
		await expect(page.getByRole('button', { name: /Go to phase 6$/ })).toBeVisible();
		await expect(page.getByText('The Bella 1 chase')).toHaveCount(0);

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
	await page.keyboard.press('ArrowRight'); // 21 August: Lan Hu's meeting and more appear; the FT report (20 August) ends
	await mapIsReady(page);
	expect(await page.locator('.fresh-ring').count()).toBeGreaterThan(0);
	// The FT report, said in London, ends: its arrow fades.
	const ghosts = await featuresInState(page, 'scenario-arrowheads', 'ghost');
	expect(ghosts.length).toBeGreaterThan(0);
	await expect(listItem(page, 'China’s ambassador Lan Hu meets Maduro')).toBeVisible();
	// The highlight passes.
	await expect(page.locator('.fresh-ring')).toHaveCount(0, { timeout: 10_000 });
	expect(await featuresInState(page, 'scenario-arrowheads', 'ghost')).toEqual([]);
});
