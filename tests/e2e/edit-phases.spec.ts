import type { Page } from '@playwright/test';
import { panel, startEditing } from './editing';
import { expect, openApp, test } from './fixtures';

const bands = (page: Page) => page.getByRole('group', { name: 'Date control' }).getByRole('button', { name: /^Go to phase/ });
/** The boundary between the fourth phase and the one cut from it on 20 November. */
const boundary = (page: Page) => page.getByRole('slider', { name: /^Boundary between “The carrier in the Caribbean.*” and “Phase 5”$/ });

/** Opens the scenario on 20 November, starts editing, and cuts its fourth phase there: “Phase 5” runs from that day. */
async function editWithNewPhase(page: Page) {
	await openApp(page, '?date=2025-11-20');
	await startEditing(page);
	await panel(page).getByText('Phase: The carrier in the Caribbean').click();
	await panel(page).getByRole('button', { name: 'Start a new phase on 20 November 2025' }).click();
	await expect(bands(page)).toHaveCount(7);
	await expect(boundary(page)).toHaveAttribute('aria-valuetext', 'from 20 November 2025');
}

test.describe('moving phase boundaries on the timeline', () => {
	test('a boundary dragged with the mouse moves both phases’ dates in one edit, which undo takes back; Escape drops a drag', async ({ page }) => {
		await editWithNewPhase(page);
		const handle = await boundary(page).boundingBox();
		// The scenario runs 21 July to 31 December 2025: 163 days across the width of the bands.
		const track = await boundary(page).locator('..').boundingBox();
		const day = track!.width / 163;
		const [x, y] = [handle!.x + handle!.width / 2, handle!.y + handle!.height / 2];

		// Escape drops a drag where it started, making no edit.
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + 10 * day, y, { steps: 4 });
		await expect(boundary(page)).toContainText('from 30 Nov');
		await page.keyboard.press('Escape');
		await page.mouse.up();
		await expect(boundary(page)).toHaveAttribute('aria-valuetext', 'from 20 November 2025');
		await expect(panel(page).getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo: split the phases (Ctrl+Z)');

		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + 3 * day, y, { steps: 4 });
		// While dragging, the boundary says where it would go.
		await expect(boundary(page)).toContainText('from 23 Nov');
		await page.mouse.up();

		await expect(bands(page).nth(3)).toHaveAttribute('title', /\(16 November 2025 to 22 November 2025\)$/);
		await expect(bands(page).nth(4)).toHaveAttribute('title', 'Phase 5: Phase 5 (23 November 2025 to 9 December 2025)');
		await expect(panel(page).getByLabel('Phase ends')).toHaveValue('2025-11-22');
		// The drag did not also go to a phase: the day shown stays.
		await expect(page.getByTestId('date-banner')).toContainText('20 November 2025');

		await expect(panel(page).getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo: move the start of “Phase 5” (Ctrl+Z)');
		await panel(page).getByRole('button', { name: 'Undo' }).click();
		await expect(bands(page).nth(4)).toHaveAttribute('title', 'Phase 5: Phase 5 (20 November 2025 to 9 December 2025)');
		await expect(boundary(page)).toHaveAttribute('aria-valuetext', 'from 20 November 2025');
	});

	test('a boundary moves a day with the arrow keys and a week with PageDown, never emptying a phase, each press one edit', async ({ page }) => {
		await editWithNewPhase(page);
		await boundary(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(boundary(page)).toHaveAttribute('aria-valuetext', 'from 21 November 2025');
		await expect(bands(page).nth(4)).toHaveAttribute('title', /\(21 November 2025 to 9 December 2025\)$/);
		// A week back would leave the phase before no day: it keeps its first.
		await page.keyboard.press('PageDown');
		await expect(boundary(page)).toHaveAttribute('aria-valuetext', 'from 17 November 2025');
		await expect(bands(page).nth(3)).toHaveAttribute('title', /\(16 November 2025 to 16 November 2025\)$/);
		await page.keyboard.press('Control+z');
		await expect(boundary(page)).toHaveAttribute('aria-valuetext', 'from 21 November 2025');
	});
});
