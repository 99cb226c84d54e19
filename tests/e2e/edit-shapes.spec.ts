import type { Page } from '@playwright/test';
import { addItemAt, panel, setField, startEditing } from './editing';
import { expect, mapIsReady, openApp, pixelOf, slider, test } from './fixtures';

const position = (page: Page, n: number) => panel(page).getByRole('group', { name: `Position ${n}`, exact: true });
const positions = (page: Page) => panel(page).getByRole('group', { name: /^Position \d+$/ });

/** Steps the date forward a number of days with the slider, as a presenter would. */
async function stepDays(page: Page, days: number) {
	for (let day = 0; day < days; day++) await slider(page).press('ArrowRight');
	await mapIsReady(page);
}

test.describe('moving and resizing items in the editor', () => {
	// Each edit of the built-in scenario's copy checks and redraws its 86 items, and some tests load it twice: a higher ceiling, not a speed test.
	test.slow();

	test('a track is drawn by clicking where it was on each day, and dragging it on a day between records where it was then', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await startEditing(page);
		await panel(page).getByRole('button', { name: 'Draw a track' }).click();
		const nextDay = panel(page).getByLabel('Next position is on');
		await expect(nextDay).toHaveValue('2025-11-20');
		const first = await pixelOf(page, [-66, 14]);
		await page.mouse.click(first.x, first.y);
		// The next click is for the next day, unless the author says which day it is.
		await expect(nextDay).toHaveValue('2025-11-21');
		await nextDay.fill('2025-11-24');
		const second = await pixelOf(page, [-62, 14]);
		await page.mouse.click(second.x, second.y);
		await expect(panel(page).getByRole('list', { name: 'Positions so far' })).toContainText('24 November 2025');
		await panel(page).getByRole('button', { name: /Finish the track \(2 positions\)/ }).click();

		await expect(positions(page)).toHaveCount(2);
		await expect(position(page, 1).getByLabel('On', { exact: true })).toHaveValue('2025-11-20');
		await expect(position(page, 2).getByLabel('On', { exact: true })).toHaveValue('2025-11-24');
		await expect(panel(page).getByRole('status').filter({ hasText: 'Every change is kept' })).toBeVisible();
		await expect(panel(page).getByRole('alert').filter({ hasText: 'Not kept' })).toHaveCount(0);
		await mapIsReady(page);

		// Two days on it is drawn halfway; dragging it there adds that day's position.
		await stepDays(page, 2);
		const halfway = await pixelOf(page, [-64, 14]);
		const to = await pixelOf(page, [-64, 16]);
		await page.mouse.move(halfway.x, halfway.y);
		await page.mouse.down();
		await page.mouse.move(to.x, to.y, { steps: 8 });
		await page.mouse.up();
		await expect(positions(page)).toHaveCount(3);
		await expect(position(page, 2).getByLabel('On', { exact: true })).toHaveValue('2025-11-22');
		expect(Number(await position(page, 2).getByLabel('Latitude').inputValue())).toBeCloseTo(16, 0);

		await panel(page).getByRole('button', { name: 'Undo' }).click();
		await expect(positions(page)).toHaveCount(2);
	});

	test('a point is made to move from a later day, and stops moving when it is down to one position', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await startEditing(page);
		await addItemAt(page, [-66, 14]);
		await expect(panel(page).getByText('To make it move, go to a later day')).toBeVisible();

		await stepDays(page, 3);
		await panel(page).getByRole('button', { name: 'Make it move: add a position on 23 November 2025' }).click();
		await expect(positions(page)).toHaveCount(2);
		await expect(position(page, 2).getByLabel('On', { exact: true })).toHaveValue('2025-11-23');

		// Two positions for one day are refused beside the field, and nothing is lost.
		await position(page, 2).getByLabel('On', { exact: true }).fill('2025-11-20');
		await position(page, 2).getByLabel('On', { exact: true }).blur();
		await expect(panel(page).getByRole('alert').filter({ hasText: 'one per day' })).toBeVisible();
		await expect(positions(page)).toHaveCount(2);

		await position(page, 1).getByRole('button', { name: 'Remove this position (it stops moving)' }).click();
		await expect(positions(page)).toHaveCount(0);
		expect(Number(await panel(page).getByLabel('Longitude').inputValue())).toBeCloseTo(-66, 0);
	});

	test('the area of an approximate point is resized by dragging the handle on its edge, or by its arrow keys', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await startEditing(page);
		await addItemAt(page, [-66, 14]);
		await setField(page, 'Position note (why it is not exact, and how it was placed)', 'Reported only as off the coast');
		const radius = panel(page).getByLabel('Within (km), for a position that is approximate');
		await radius.fill('200');
		await radius.blur();
		await panel(page).getByLabel('Position', { exact: true }).selectOption('approximate');
		await expect(panel(page).getByLabel('Position', { exact: true })).toHaveValue('approximate');

		const handle = page.getByRole('slider', { name: 'Radius of “New item”' });
		await expect(handle).toHaveAttribute('aria-valuenow', '200');
		await handle.focus();
		await page.keyboard.press('ArrowRight');
		await expect(radius).toHaveValue('220');
		await expect(handle).toBeFocused();

		// Dragged out to about 4° of longitude east of the centre: some 430 km at this latitude.
		const box = (await handle.boundingBox())!;
		const to = await pixelOf(page, [-62, 14]);
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(to.x, to.y, { steps: 8 });
		await page.mouse.up();
		await expect.poll(async () => Number(await radius.inputValue())).toBeGreaterThan(380);
		expect(Number(await radius.inputValue())).toBeLessThan(480);
		// The handle sets the radius only: the item stays where it was.
		expect(Number(await panel(page).getByLabel('Longitude').inputValue())).toBeCloseTo(-66, 0);
		await panel(page).getByRole('button', { name: 'Undo' }).click();
		await expect(radius).toHaveValue('220');
	});

	test('an item is added and placed without a mouse: in the middle of the map, then its coordinates typed', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await startEditing(page);
		await panel(page).getByRole('button', { name: 'Add an item' }).press('Enter');
		await panel(page).getByRole('button', { name: /Add it in the middle of the map/ }).press('Enter');
		await expect(panel(page).getByLabel('Name', { exact: true })).toHaveValue('New item');
		await setField(page, 'Longitude', '-61.5');
		await setField(page, 'Latitude', '10.6');
		await expect(panel(page).getByLabel('Longitude')).toHaveValue('-61.5');
		await expect(panel(page).getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /move “New item”/);
	});
});
