import type { Page } from '@playwright/test';
import { panel, setField } from './editing';
import { expect, mapElement, mapIsReady, openApp, test } from './fixtures';

const details = (page: Page) => page.getByTestId('detail-panel');
const group = (page: Page, name: string) => panel(page).getByRole('group', { name, exact: true });

/**
 * Starts a new scenario, adds an item to it by clicking the map, names it, and gives it one source
 * from `outlet`. An empty scenario keeps each edit's check and redraw cheap.
 */
async function addSourcedItem(page: Page, name: string, outlet: string) {
	await openApp(page);
	await page.getByRole('button', { name: 'Scenarios' }).click();
	await page.getByRole('button', { name: 'New scenario' }).click();
	await expect(panel(page)).toBeVisible();
	await mapIsReady(page);
	await panel(page).getByRole('button', { name: 'Add an item' }).click();
	const box = (await mapElement(page).boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await setField(page, 'Name', name);
	await expect(details(page).getByRole('heading', { name })).toBeVisible();
	await expect(panel(page).getByRole('button', { name: 'Add a figure' })).toBeDisabled();
	await panel(page).getByRole('button', { name: 'Add a source' }).click();
	await setField(page, 'Outlet', outlet, group(page, 'Source 1'));
	await expect(details(page)).toContainText(outlet);
}

test.describe('figures and disagreements in the item form', () => {
	test('a figure is saved once whole and shown in the item’s details; the source it cites cannot be removed from under it', async ({ page }) => {
		await addSourcedItem(page, 'Marines ashore', 'Example News');

		await panel(page).getByRole('button', { name: 'Add a figure' }).click();
		const figure = group(page, 'Figure 1');
		await figure.getByLabel('What it counts').selectOption({ label: 'personnel' });
		await setField(page, 'Number', '4000', figure);
		await expect(figure).toContainText('Saved once it says what it counts, the number and its source.');
		await figure.getByLabel('How exact').selectOption('about');
		await figure.getByLabel('Which source gives it').selectOption({ label: '1. Example News' });
		await expect(details(page)).toContainText('about 4,000 US personnel');
		await expect(figure).not.toContainText('Saved once');
		await expect(panel(page).getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo: add a figure to “Marines ashore” (Ctrl+Z)');

		// The figure cites the source: removing it is refused, beside it, and nothing is lost.
		await group(page, 'Source 1').getByRole('button', { name: 'Remove this source' }).click();
		await expect(group(page, 'Source 1').getByRole('alert')).toHaveText('figure 1 (about 4,000 US personnel) cites this source: point it at another source or remove it first');
		await expect(group(page, 'Source 1').getByLabel('Outlet')).toHaveValue('Example News');
		await expect(details(page)).toContainText('about 4,000 US personnel');
	});

	test('a disagreement is saved once its topic and claim are given; undo takes it back', async ({ page }) => {
		await addSourcedItem(page, 'Ships offshore', 'Example News');

		await panel(page).getByRole('button', { name: 'Add a disagreement' }).click();
		const disagreement = group(page, 'Disagreement 1');
		await setField(page, 'What they disagree on', 'How many ships', disagreement);
		await setField(page, 'Claim', 'Eight warships', disagreement);
		await expect(disagreement).toContainText('Saved once');
		await disagreement.getByLabel('Which source says it').selectOption({ label: '1. Example News' });
		await expect(details(page)).toContainText('Sources disagree: How many ships');
		await expect(details(page)).toContainText('Eight warships — Example News');

		await panel(page).getByRole('button', { name: 'Undo' }).click();
		await expect(details(page)).not.toContainText('Sources disagree');
		await expect(group(page, 'Disagreement 1')).toHaveCount(0);
	});
});
