// What the edit-mode browser tests share: the panel, starting to edit, adding an item, typing a field.
import type { Locator, Page } from '@playwright/test';
import { expect, mapIsReady, pixelOf } from './fixtures';

export const panel = (page: Page) => page.getByTestId('edit-panel');

/** Starts editing the scenario on screen and waits for the editor and the map. */
export async function startEditing(page: Page) {
	await page.getByRole('button', { name: 'Edit', exact: true }).click();
	await expect(panel(page)).toBeVisible();
	await mapIsReady(page);
}

/** Adds an item by clicking the map at a place, as a teacher would, and waits for its form. */
export async function addItemAt(page: Page, lngLat: [number, number]) {
	await panel(page).getByRole('button', { name: 'Add an item' }).click();
	const at = await pixelOf(page, lngLat);
	await page.mouse.click(at.x, at.y);
	await expect(panel(page).getByLabel('Name', { exact: true })).toHaveValue('New item');
}

/** Types into a field of the edit panel (or of one part of it) and commits it, as leaving the field does. */
export async function setField(page: Page, label: string, value: string, within: Locator = panel(page)) {
	const field = within.getByLabel(label, { exact: true });
	await field.fill(value);
	await field.blur();
}
