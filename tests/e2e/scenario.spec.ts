import { expect, listItem, mapElement, mapIsReady, openApp, saveScreenshot, slider, test } from './fixtures';

/** Items a reader of the five articles remembers, with the first day each is on the map. */
const ARRIVALS: [name: string, firstDay: string][] = [
	['Rubio: "Maduro is NOT the President of Venezuela"', '2025-07-21'],
	['Three Aegis guided-missile destroyers', '2025-08-18'],
	['Amphibious group with about 4,000–4,500 troops', '2025-08-18'],
	["China's ambassador Lan Hu visits Maduro at Miraflores", '2025-08-21'],
	['Maduro calls a national militia enlistment', '2025-08-21'],
	['F-35B fighters at Ceiba', '2025-09-01'],
	['MQ-9 Reaper drones at Aguadilla', '2025-09-01'],
	['US strikes on suspected drug boats', '2025-10-21'],
	['Hegseth orders the Ford strike group into the Caribbean', '2025-10-24'],
	['Cruisers USS Gettysburg and USS Lake Erie', '2025-10-28'],
	['13 US vessels in the region (CSIS count)', '2025-11-04'],
	['USS Gerald R. Ford carrier strike group', '2025-11-05'],
	['China-Venezuela Friendship Plaza', '2025-12-03'],
	['Trump orders a blockade of sanctioned oil tankers', '2025-12-16'],
	['Wang Yi–Yván Gil phone call', '2025-12-17'],
	['Russia warns the US against a "fatal mistake"', '2025-12-18'],
	['Pursuit of the tanker Bella 1', '2025-12-21'],
	['Boat strikes: more than 20 vessels, nearly 100 killed', '2025-12-22']
];

const dayBefore = (iso: string) => new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);

test.describe('the scenario on the right days', () => {
	for (const [name, firstDay] of ARRIVALS) {
		test(`${name} appears on ${firstDay}, not before`, async ({ page }) => {
			const before = dayBefore(firstDay);
			// The scenario's first day has no day before it: open on it and only check presence.
			if (before >= '2025-07-21') {
				await openApp(page, `?date=${before}`);
				await expect(listItem(page, name)).toHaveCount(0);
				await slider(page).focus();
				await page.keyboard.press('ArrowRight');
			} else {
				await openApp(page, `?date=${firstDay}`);
			}
			await expect(slider(page)).toHaveAttribute('aria-valuetext', new Date(firstDay).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
			await expect(listItem(page, name)).toBeVisible();
		});
	}
});

test('the current phase is named next to the date', async ({ page }) => {
	await openApp(page, '?date=2025-10-24');
	await expect(page.getByTestId('current-phase')).toHaveText(/Phase 3 of 6\s*Strikes at sea; the carrier is ordered/);
	await slider(page).focus();
	await page.keyboard.press('End');
	await expect(page.getByTestId('current-phase')).toHaveText(/Phase 6 of 6\s*The oil blockade/);
});

test('disagreements between sources are shown with each side', async ({ page }) => {
	await openApp(page, '?date=2025-09-10');
	await listItem(page, 'Amphibious group').click();
	const note = page.getByRole('note', { name: 'Sources disagree' });
	await expect(note).toContainText('How many troops the amphibious group carries');
	await expect(note).toContainText('about 4,000 sailors and Marines — Breitbart News, 21 August 2025');
	await expect(note).toContainText('roughly 4,500 troops — Miami Herald / El Nuevo Herald, 4 November 2025');
	await saveScreenshot(page, 'laptop-disagreement');

	await openApp(page, '?date=2025-12-22');
	await listItem(page, 'Reports: covert CIA operations').click();
	await expect(page.getByRole('note', { name: 'Sources disagree' })).toContainText('calls the sitting president "former"');
});

test('each item shows its figures, and the sidebar totals them without double counting', async ({ page }) => {
	await openApp(page, '?date=2025-11-20');
	await listItem(page, 'USS Gerald R. Ford carrier strike group').click();
	const panel = page.getByTestId('detail-panel');
	await expect(panel).toContainText('more than 4,000 personnel');
	await expect(panel).toContainText('about 90 combat aircraft');
	await expect(panel).toContainText('"expected to arrive in days" on 4 November');
	const totals = page.getByRole('region', { name: 'Reported figures on the map' });
	// 10 F-35Bs + about 90 carrier aircraft
	await expect(totals).toContainText(/aircraft\s*≈ 100/);
	// amphibious group (4,000 or 4,500) + carrier group (more than 4,000); the CSIS and SCMP totals are not added
	await expect(totals).toContainText(/personnel\s*≈ 8,000–8,500/);
	await expect(totals).toContainText('Overall: 13 US vessels in the region');
});

test('a statement made far away arrives as an arrow, without moving the map', async ({ page }) => {
	await openApp(page, '?date=2025-12-17');
	const before = await mapElement(page).evaluate((element) => (element as unknown as { maplibre: { getCenter: () => { lng: number; lat: number } } }).maplibre.getCenter());
	await listItem(page, 'Wang Yi–Yván Gil phone call').click();
	const panel = page.getByTestId('detail-panel');
	await expect(panel).toContainText('Symbolic: placed where it was said or decided');
	await expect(panel.getByText('Beijing', { exact: true })).toBeVisible();
	await mapIsReady(page);
	const drawn = await mapElement(page).evaluate((element) => {
		type MapLike = { queryRenderedFeatures: (o: { layers: string[] }) => { id: number; state: { visible?: boolean } }[]; getCenter: () => { lng: number; lat: number } };
		const map = (element as unknown as { maplibre: MapLike }).maplibre;
		const heads = map.queryRenderedFeatures({ layers: ['scenario-arrowheads'] }).filter((f) => f.state.visible);
		return { heads: heads.length, center: map.getCenter() };
	});
	expect(drawn.heads).toBeGreaterThan(0);
	// Still over the Caribbean, not flown to China.
	expect(drawn.center.lng).toBeGreaterThan(-90);
	expect(drawn.center.lng).toBeLessThan(-50);
	expect(Math.abs(drawn.center.lat - before.lat)).toBeLessThan(20);
	await saveScreenshot(page, 'laptop-symbolic-arrow');
});
