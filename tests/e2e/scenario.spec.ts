import { camera, expect, listItem, mapElement, mapIsReady, openApp, saveScreenshot, slider, test } from './fixtures';

/** Items a reader of the news remembers, with the first day each is on the map, as outside reporting dates it. */
const ARRIVALS: [name: string, firstDay: string][] = [
	['Rubio: "Maduro is NOT the President of Venezuela"', '2025-07-27'],
	['Destroyers USS Gravely, USS Jason Dunham and USS Sampson', '2025-08-18'],
	['China’s ambassador Lan Hu meets Maduro in Caracas', '2025-08-21'],
	['Strike on a boat: 11 killed (Caribbean)', '2025-09-02'],
	['F-35B fighters at Ceiba', '2025-09-13'],
	['Trump confirms he authorised covert CIA action in Venezuela', '2025-10-15'],
	['USS Gerald R. Ford carrier strike group', '2025-10-24'],
	['Cruiser USS Gettysburg', '2025-10-30'],
	['Trump declares Venezuela’s airspace "closed in its entirety"', '2025-11-29'],
	['US forces seize the tanker Skipper off Venezuela', '2025-12-10'],
	['Trump orders a blockade of sanctioned oil tankers', '2025-12-16'],
	['The Coast Guard seizes the tanker Centuries east of Barbados', '2025-12-20'],
	['The Coast Guard pursues the tanker Bella 1', '2025-12-21']
];

const dayBefore = (iso: string) => new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);
const spoken = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

test.describe('the scenario on the days outside reporting gives', () => {
	for (const [name, firstDay] of ARRIVALS) {
		test(`${name} appears on ${firstDay}, not before`, async ({ page }) => {
			await openApp(page, `?date=${dayBefore(firstDay)}`);
			await expect(listItem(page, name)).toHaveCount(0);
			await slider(page).focus();
			await page.keyboard.press('ArrowRight');
			await expect(slider(page)).toHaveAttribute('aria-valuetext', spoken(firstDay));
			await expect(listItem(page, name)).toBeVisible();
		});
	}
});

test('the two tanker seizures are separate events, on their own days and in their own places', async ({ page }) => {
	await openApp(page, '?date=2025-12-10');
	await expect(listItem(page, 'US forces seize the tanker Skipper')).toBeVisible();
	await expect(listItem(page, 'The Coast Guard seizes the tanker Centuries')).toHaveCount(0);
	await listItem(page, 'US forces seize the tanker Skipper').click();
	const panel = page.getByTestId('detail-panel');
	await expect(panel).toContainText('10 December 2025');
	await expect(panel).toContainText('José oil terminal');

	await openApp(page, '?date=2025-12-20');
	await expect(listItem(page, 'US forces seize the tanker Skipper')).toHaveCount(0);
	await listItem(page, 'The Coast Guard seizes the tanker Centuries').click();
	await expect(panel).toContainText('20 December 2025');
	await expect(panel).toContainText('east of Barbados');
});

test.describe('the carrier’s real track', () => {
	test('while it is in the Mediterranean the map stays on the Caribbean and a badge points to it', async ({ page }) => {
		await openApp(page, '?date=2025-10-27');
		const before = await camera(page);
		expect(before.center[0]).toBeLessThan(-55); // still over the Caribbean
		const badge = page.getByTestId('edge-badge').filter({ hasText: 'USS Gerald R. Ford' });
		await expect(badge).toBeVisible();
		await expect(badge).toContainText(/about [\d,]+ km from the centre of the map/);
		await saveScreenshot(page, 'laptop-carrier-offscreen');
		await badge.getByRole('button').click();
		await mapIsReady(page);
		const panel = page.getByTestId('detail-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('USS Gerald R. Ford carrier strike group');
		// Choosing the badge goes to where the carrier is that day: the Adriatic and Ionian seas.
		await expect.poll(async () => (await camera(page)).center[0]).toBeGreaterThan(5);
		await expect(panel.getByRole('list', { name: 'Reported positions' })).toContainText('Strait of Gibraltar, westbound');
		await expect(panel).toContainText('worked out from the reports either side');
	});

	test('it enters the Caribbean by the Anegada Passage on 16 November, and says so on the map', async ({ page }) => {
		await openApp(page, '?date=2025-11-16');
		await expect(page.getByTestId('edge-badge').filter({ hasText: 'USS Gerald R. Ford' })).toHaveCount(0);
		const label = await mapElement(page).evaluate((element) => {
			type MapLike = { querySourceFeatures: (s: string) => { properties: { label?: string } }[] };
			const map = (element as unknown as { maplibre: MapLike }).maplibre;
			return map.querySourceFeatures('scenario-labels').map((f) => f.properties.label ?? '').find((text) => text.startsWith('CVN 78 Ford'));
		});
		// On the map by its designation, beside its symbol; its full name is in the list.
		expect(label).toBe('CVN 78 Ford\n(Anegada Passage, into the Caribbean)');
		await listItem(page, 'USS Gerald R. Ford carrier strike group').click();
		const today = page.getByTestId('detail-panel').getByRole('list', { name: 'Reported positions' }).locator('.today');
		await expect(today).toContainText('16 November 2025');
		await expect(today).toContainText('Anegada Passage');
	});
});

test('the current phase is named next to the date', async ({ page }) => {
	await openApp(page, '?date=2025-10-24');
	await expect(page.getByTestId('current-phase')).toHaveText(/Phase 3 of 6\s*The carrier crosses the Atlantic; strikes reach the Pacific/);
	await slider(page).focus();
	await page.keyboard.press('End');
	await expect(page.getByTestId('current-phase')).toHaveText(/Phase 6 of 6\s*The Bella 1 chase; the case at the UN/);
});

test('disagreements between sources are shown with each side', async ({ page }) => {
	await openApp(page, '?date=2025-11-20');
	await listItem(page, 'USS Gerald R. Ford carrier strike group').click();
	const note = page.getByRole('note', { name: 'Sources disagree' }).filter({ hasText: 'Which ships sailed with the carrier' });
	await expect(note).toContainText('the cruiser USS Normandy and the destroyers USS Thomas Hudner, USS Ramage, USS Carney and USS Roosevelt — Miami Herald / El Nuevo Herald, 4 November 2025');
	await expect(note).toContainText('the destroyers USS Bainbridge, USS Mahan and USS Winston Churchill');
	await expect(note).toContainText('October 2023');
	await saveScreenshot(page, 'laptop-disagreement');

	await openApp(page, '?date=2025-10-15');
	await listItem(page, 'Trump confirms he authorised covert CIA action').click();
	const when = page.getByRole('note', { name: 'Sources disagree' }).filter({ hasText: 'When it was known' });
	await expect(when).toContainText('Novinite (citing TASS), 22 December 2025');
	await expect(when).toContainText('confirmed by Trump on Wednesday 15 October');
});

test('a date known only to the week is said as such in the list, the feed and the details', async ({ page }) => {
	await openApp(page, '?date=2025-08-20');
	const item = listItem(page, 'Destroyers USS Gravely');
	await expect(item).toContainText('dated only to the week of 18 August 2025');
	await item.click();
	await expect(page.getByTestId('detail-panel')).toContainText('From the week of 18 August 2025 (the day is not known, only the week)');
	await page.getByRole('tab', { name: 'Events' }).click();
	await expect(page.getByRole('list', { name: 'Events by day' })).toContainText('The week of 18 August 2025');
});

test('each item shows its figures, and the sidebar adds only like with like', async ({ page }) => {
	await openApp(page, '?date=2025-11-20');
	await listItem(page, 'USS Gerald R. Ford carrier strike group').click();
	const panel = page.getByTestId('detail-panel');
	await expect(panel).toContainText('more than 4,000 sailors');
	await expect(panel).toContainText('about 90 combat aircraft');
	await expect(panel).toContainText('4 the carrier and three destroyers');
	const totals = page.getByRole('region', { name: 'Reported figures on the map' });
	// amphibious group (4,000 or 4,500) + carrier group (more than 4,000); the force-wide totals are not added
	await expect(totals).toContainText(/US personnel\s*≈ 8,000–8,500/);
	// 10 F-35Bs + at least 2 Reapers + the carrier's more than 60 or about 90
	await expect(totals).toContainText(/US aircraft\s*≈ 72–102/);
	await expect(totals).toContainText('Overall: about 12,000 troops in the operation');
	// The strikes' toll is a running count, shown as reported that day and never added to the US force.
	await expect(totals).toContainText('82 people killed in the strikes, Caribbean and eastern Pacific together (Anadolu (via A News), as of 17 November 2025)');

	await openApp(page, '?date=2025-08-21');
	// Two rewards for two men are listed, never added into one.
	await expect(totals).toContainText('$50 million reward for Maduro (WION)');
	await expect(totals).toContainText('$25 million US bounty on Cabello (Breitbart News)');
	await expect(totals).not.toContainText('$75 million');
});

test('a statement made far away arrives as an arrow, without moving the map', async ({ page }) => {
	await openApp(page, '?date=2025-12-17');
	const before = await camera(page);
	await listItem(page, 'Wang Yi–Yván Gil phone call').click();
	const panel = page.getByTestId('detail-panel');
	await expect(panel).toContainText('Symbolic: placed where it was said or decided');
	await expect(panel.getByText('Beijing and Caracas, by telephone', { exact: true })).toBeVisible();
	await mapIsReady(page);
	const heads = await mapElement(page).evaluate((element) => {
		type MapLike = { queryRenderedFeatures: (o: { layers: string[] }) => { state: { visible?: boolean } }[] };
		return (element as unknown as { maplibre: MapLike }).maplibre.queryRenderedFeatures({ layers: ['scenario-arrowheads'] }).filter((f) => f.state.visible).length;
	});
	expect(heads).toBeGreaterThan(0);
	// Still over the Caribbean, not flown to China.
	const after = await camera(page);
	expect(after.center[0]).toBeGreaterThan(-90);
	expect(after.center[0]).toBeLessThan(-50);
	expect(Math.abs(after.center[1] - before.center[1])).toBeLessThan(20);
	await saveScreenshot(page, 'laptop-symbolic-arrow');
});
