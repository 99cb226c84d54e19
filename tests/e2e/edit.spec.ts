import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, listItem, mapIsReady, openApp, pixelOf, slider, test } from './fixtures';

const panel = (page: Page) => page.getByTestId('edit-panel');
const banner = (page: Page) => page.getByTestId('date-banner');
const firstSource = (page: Page) => panel(page).getByRole('group', { name: 'Source 1' });

/** Starts editing the scenario on screen and waits for the editor and the map. */
async function startEditing(page: Page) {
	await page.getByRole('button', { name: 'Edit', exact: true }).click();
	await expect(panel(page)).toBeVisible();
	await mapIsReady(page);
}

/** Types into a field of the edit panel (or of one part of it) and commits it, as leaving the field does. */
async function setField(page: Page, label: string, value: string, within: Locator = panel(page)) {
	const field = within.getByLabel(label, { exact: true });
	await field.fill(value);
	await field.blur();
}

test.describe('editing a scenario in the browser', () => {
	test('an item added by clicking the map is named, dated and sourced, undone and redone, and kept across a reload; the original is unchanged', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await startEditing(page);
		// The built-in scenario is never changed in place: editing makes a kept copy.
		await expect(page).toHaveURL(/scenario=kept:copy-[a-z0-9]+.*edit=1/);
		await expect(banner(page)).toContainText('(your copy)');

		await panel(page).getByRole('button', { name: 'Add an item' }).click();
		const at = await pixelOf(page, [-66, 14]);
		await page.mouse.click(at.x, at.y);
		await expect(panel(page).getByLabel('Name', { exact: true })).toHaveValue('New item');
		await mapIsReady(page);
		expect(Number(await panel(page).getByLabel('Longitude').inputValue())).toBeCloseTo(-66, 0);
		expect(Number(await panel(page).getByLabel('Latitude').inputValue())).toBeCloseTo(14, 0);
		await expect(listItem(page, 'New item')).toContainText('no source given');

		await setField(page, 'Name', 'Patrol boat sighted');
		await expect(listItem(page, 'Patrol boat sighted')).toBeVisible();

		// Dated five days later, it leaves today's map and appears on its own day.
		await setField(page, 'Start', '2025-11-25');
		await expect(listItem(page, 'Patrol boat sighted')).toHaveCount(0);
		for (let day = 0; day < 5; day++) await slider(page).press('ArrowRight');
		await mapIsReady(page);
		await expect(listItem(page, 'Patrol boat sighted')).toBeVisible();
		await listItem(page, 'Patrol boat sighted').click();

		// A source needs its outlet: the address alone is refused, beside the source, until the outlet is given.
		await panel(page).getByRole('button', { name: 'Add a source' }).click();
		await setField(page, 'Web address', 'https://example.org/patrol', firstSource(page));
		await expect(firstSource(page).getByRole('alert')).toContainText('name the outlet');
		await setField(page, 'Outlet', 'Example News', firstSource(page));
		await expect(firstSource(page).getByRole('alert')).toHaveCount(0);
		await expect(listItem(page, 'Patrol boat sighted')).not.toContainText('no source given');

		await panel(page).getByRole('button', { name: 'Undo' }).click();
		await expect(listItem(page, 'Patrol boat sighted')).toContainText('no source given');
		await panel(page).getByRole('button', { name: 'Redo' }).click();
		await expect(listItem(page, 'Patrol boat sighted')).not.toContainText('no source given');
		// Undo from the keyboard, outside a field.
		await slider(page).focus();
		await page.keyboard.press('Control+z');
		await expect(listItem(page, 'Patrol boat sighted')).toContainText('no source given');
		await page.keyboard.press('Control+Shift+z');
		await expect(listItem(page, 'Patrol boat sighted')).not.toContainText('no source given');
		await mapIsReady(page);

		// Kept as it was made: a reload reopens the copy, still being edited.
		await page.reload();
		await mapIsReady(page);
		await expect(panel(page)).toBeVisible();
		await expect(listItem(page, 'Patrol boat sighted')).not.toContainText('no source given');

		// Downloaded, it holds the item with its source.
		await page.getByRole('button', { name: 'Scenarios' }).click();
		const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this scenario' }).click()]);
		const pack = JSON.parse(readFileSync(await saved.path(), 'utf8'));
		const items = Object.values(pack.files as Record<string, { features?: { properties: { name: string; start: string; sources: { url: string; publication: string }[] } }[] }>).flatMap((file) => file.features ?? []);
		const added = items.find((item) => item.properties.name === 'Patrol boat sighted');
		expect(added?.properties.start).toBe('2025-11-25');
		expect(added?.properties.sources).toEqual([{ url: 'https://example.org/patrol', publication: 'Example News' }]);

		// The built-in scenario does not have it.
		await openApp(page, '?date=2025-11-25');
		await expect(banner(page)).not.toContainText('(your copy)');
		await expect(listItem(page, 'Patrol boat sighted')).toHaveCount(0);
	});

	test('an edit that breaks a rule is refused beside its field, and the item stays as it was', async ({ page }) => {
		await openApp(page, '?date=2025-11-20&item=amphibious-group');
		await startEditing(page);
		const name = panel(page).getByLabel('Name', { exact: true });
		await expect(name).toHaveValue(/^Iwo Jima/);

		await setField(page, 'Name', '');
		await expect(panel(page).getByRole('alert')).toContainText('must not be empty');
		await expect(listItem(page, 'Iwo Jima')).toBeVisible();

		await setField(page, 'End (if it ended)', '2025-08-01');
		await expect(panel(page).getByRole('alert').first()).toContainText('end is before start');
		await expect(listItem(page, 'Iwo Jima')).toBeVisible();

		// Nothing typed becomes a link but http(s).
		await setField(page, 'Web address', 'javascript:alert(1)', firstSource(page));
		await expect(firstSource(page).getByRole('alert')).toContainText('http:// or https://');

		// A valid edit after them goes through, and Undo names what it undoes.
		await setField(page, 'Name', 'Iwo Jima group (edited)');
		await expect(listItem(page, 'Iwo Jima group (edited)')).toBeVisible();
		await expect(panel(page).getByRole('alert')).toHaveCount(0);
		await expect(panel(page).getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo: rename “Iwo Jima amphibious group with the 22nd Marine Expeditionary Unit” (Ctrl+Z)');
	});
});
