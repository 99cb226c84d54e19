import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { addItemAt, panel, setField, startEditing } from './editing';
import { camera, expect, listItem, mapElement, mapIsReady, openApp, pixelOf, slider, test } from './fixtures';

const banner = (page: Page) => page.getByTestId('date-banner');
const onTheMapCount = (page: Page) => page.getByRole('list', { name: 'On the map', exact: true }).getByRole('button');
const firstSource = (page: Page) => panel(page).getByRole('group', { name: 'Source 1' });

test.describe('editing a scenario in the browser', () => {
	// Each edit of the built-in scenario's copy checks and redraws its 86 items, and some tests load it twice: a higher ceiling, not a speed test.
	test.slow();

	test('an item added by clicking the map is named and dated, and appears on its day', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await startEditing(page);
		// The built-in scenario is never changed in place: editing makes a kept copy.
		await expect(page).toHaveURL(/scenario=kept:copy-[a-z0-9]+.*edit=1/);
		await expect(banner(page)).toContainText('(your copy)');

		await addItemAt(page, [-66, 14]);
		// Its name is the first thing to write: the form has the focus, not the item's details.
		await expect(panel(page).getByLabel('Name', { exact: true })).toBeFocused();
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
	});

	test('a source is added to an item, needing its outlet; undo and redo take back and redo each change', async ({ page }) => {
		await openApp(page, '?date=2025-11-25');
		await startEditing(page);
		await addItemAt(page, [-66, 14]);
		await setField(page, 'Name', 'Patrol boat sighted');
		await expect(listItem(page, 'Patrol boat sighted')).toBeVisible();

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
	});

	test('edits are kept as they are made: a reload reopens the copy being edited, its download holds them, and the built-in scenario is unchanged', async ({ page }) => {
		await openApp(page, '?date=2025-11-20&item=amphibious-group');
		await startEditing(page);
		await setField(page, 'Name', 'Iwo Jima group (renamed)');
		await expect(listItem(page, 'Iwo Jima group (renamed)')).toBeVisible();
		// Kept once the panel says so (until then, leaving the page asks first).
		await expect(panel(page).getByRole('status').filter({ hasText: 'Every change is kept' })).toBeVisible();

		await page.reload();
		await mapIsReady(page);
		await expect(panel(page)).toBeVisible();
		await expect(listItem(page, 'Iwo Jima group (renamed)')).toBeVisible();

		await page.getByRole('button', { name: 'Scenarios' }).click();
		const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this scenario' }).click()]);
		const pack = JSON.parse(readFileSync(await saved.path(), 'utf8'));
		const items = Object.values(pack.files as Record<string, { features?: { properties: { id: string; name: string } }[] }>).flatMap((file) => file.features ?? []);
		expect(items.find((item) => item.properties.id === 'amphibious-group')?.properties.name).toBe('Iwo Jima group (renamed)');

		await openApp(page, '?date=2025-11-20');
		await expect(banner(page)).not.toContainText('(your copy)');
		await expect(listItem(page, 'Iwo Jima amphibious group')).toBeVisible();
	});

	test('the chosen item moves by dragging it on the map, or by the arrow keys with the map focused', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await startEditing(page);
		await addItemAt(page, [-66, 14]);
		const from = await pixelOf(page, [-66, 14]);
		await mapIsReady(page);

		const before = await camera(page);
		const to = await pixelOf(page, [-63, 16]);
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move(to.x, to.y, { steps: 8 });
		await page.mouse.up();
		await mapIsReady(page);
		const longitude = () => panel(page).getByLabel('Longitude').inputValue().then(Number);
		const latitude = () => panel(page).getByLabel('Latitude').inputValue().then(Number);
		await expect.poll(longitude).toBeCloseTo(-63, 0);
		expect(await latitude()).toBeCloseTo(16, 0);
		// The item moved, not the map.
		expect((await camera(page)).center).toEqual(before.center);

		const dragged = await longitude();
		await mapElement(page).locator('canvas').focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(longitude).toBeCloseTo(dragged + 0.1, 4);
		const north = await latitude();
		await page.keyboard.press('Shift+ArrowDown');
		await expect.poll(latitude).toBeCloseTo(north - 1, 4);
		// Presses quicker than the map redraws each count.
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect.poll(latitude).toBeCloseTo(north - 0.7, 4);
		expect((await camera(page)).center).toEqual(before.center);

		// A position that is not exact says why and how far it may be off: refused, beside the field, until both are given.
		const position = panel(page).getByLabel('Position', { exact: true });
		await position.selectOption('approximate');
		const alert = (text: string) => panel(page).getByRole('alert').filter({ hasText: text });
		await expect(alert('say why the position is not exact')).toBeVisible();
		await expect(position).toHaveValue('exact');
		await setField(page, 'Position note (why it is not exact, and how it was placed)', 'Reported only as “off the coast”.');
		await position.selectOption('approximate');
		await expect(alert('an approximate point needs radiusKm')).toBeVisible();
		await expect(alert('say why the position is not exact')).toHaveCount(0);
		await setField(page, 'Within (km), for a position that is approximate', '50');
		await position.selectOption('approximate');
		await expect(position).toHaveValue('approximate');
		await expect(panel(page).getByRole('alert')).toHaveCount(0);
		await expect(listItem(page, 'New item')).toContainText('approximate');
	});

	test('a second tab editing the same scenario is warned, and cannot silently overwrite the first one’s changes', async ({ page, context }) => {
		await openApp(page, '?date=2025-11-20&item=amphibious-group');
		await startEditing(page);
		const other = await context.newPage();
		await other.goto(page.url());
		await mapIsReady(other);
		await expect(panel(other)).toBeVisible();
		const warning = 'open for editing in another tab too';
		await expect(panel(other).getByRole('alert')).toContainText(warning);
		await expect(panel(page).getByRole('alert')).toContainText(warning);

		await setField(page, 'Name', 'Renamed in the first tab');
		await expect(listItem(page, 'Renamed in the first tab')).toBeVisible();
		await setField(other, 'Name', 'Renamed in the second tab');
		await expect(panel(other).getByRole('alert').filter({ hasText: 'another tab saved this scenario' })).toBeVisible();
		await other.close();

		await page.reload();
		await mapIsReady(page);
		await expect(listItem(page, 'Renamed in the first tab')).toBeVisible();
	});

	test('phases are cut at the day shown, renamed and given notes, and deleted; the timeline’s bands follow at once', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await startEditing(page);
		const bands = page.getByRole('group', { name: 'Date control' }).getByRole('button', { name: /^Go to phase/ });
		await expect(bands).toHaveCount(6);
		await panel(page).getByText('Phase: The carrier in the Caribbean').click();
		await panel(page).getByRole('button', { name: 'Start a new phase on 20 November 2025' }).click();
		await expect(bands).toHaveCount(7);
		await expect(panel(page).getByLabel('Phase name')).toHaveValue('Phase 5');
		await expect(panel(page).getByLabel('Phase starts')).toHaveValue('2025-11-20');

		await setField(page, 'Phase name', 'Strikes threatened on land');
		await setField(page, 'Presenter notes (notes window only)', 'Pause here for questions.');
		await expect(bands.nth(4)).toHaveAccessibleName('Go to phase 5: Strikes threatened on land');
		await expect(page.getByTestId('phase-card')).toContainText('Strikes threatened on land');
		await expect(page.getByTestId('phase-card')).toContainText('No source given for this phase.');

		// A phase cannot start before the one it follows has begun.
		await setField(page, 'Phase starts', '2025-11-10');
		await expect(panel(page).getByRole('alert').first()).toContainText('end is before start');

		await panel(page).getByRole('button', { name: 'Delete this phase…' }).click();
		await panel(page).getByRole('button', { name: 'Delete', exact: true }).click();
		await expect(bands).toHaveCount(6);
		await expect(page.getByTestId('phase-card')).toContainText('The carrier in the Caribbean');
	});

	test('a new scenario starts from nothing: a title, a category and an item of its own', async ({ page }) => {
		await openApp(page);
		await page.getByRole('button', { name: 'Scenarios' }).click();
		await page.getByRole('button', { name: 'New scenario' }).click();
		await expect(panel(page)).toBeVisible();
		await mapIsReady(page);
		await expect(banner(page)).toContainText('Untitled scenario');
		await expect(onTheMapCount(page)).toHaveCount(0);

		await panel(page).getByText('Title and categories').click();
		await setField(page, 'Title', 'Class project: the harbour');
		await expect(banner(page)).toContainText('Class project: the harbour');
		await panel(page).getByLabel('New category').fill('Protests');
		await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
		await expect(panel(page).getByLabel('Name of category 2')).toHaveValue('Protests');

		await panel(page).getByRole('button', { name: 'Add an item' }).click();
		const box = (await mapElement(page).boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await expect(panel(page).getByLabel('Name', { exact: true })).toHaveValue('New item');
		await panel(page).getByLabel('Category', { exact: true }).selectOption({ label: 'Protests' });
		await expect(listItem(page, 'New item')).toBeVisible();
		await expect(page.getByRole('list', { name: 'On the map', exact: true })).toContainText('Protests');

		// Drawn as a unit, its symbol is on the map at once.
		await panel(page).getByLabel('Drawn as').selectOption({ label: 'a unit symbol: destroyer' });
		await mapIsReady(page);
		const units = () => mapElement(page).evaluate((element) => (element as unknown as { maplibre: { queryRenderedFeatures(q: { layers: string[] }): unknown[] } }).maplibre.queryRenderedFeatures({ layers: ['scenario-units'] }).length);
		await expect.poll(units).toBe(1);

		// An area, drawn corner by corner.
		await panel(page).getByRole('button', { name: 'Draw an area' }).click();
		for (const [dx, dy] of [[-120, -60], [60, -80], [20, 70]]) await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
		await panel(page).getByRole('button', { name: 'Finish the area (3 corners)' }).click();
		await setField(page, 'Name', 'Harbour closed');
		await expect(listItem(page, 'Harbour closed')).toBeVisible();
		await mapIsReady(page);
		const areas = () => mapElement(page).evaluate((element) => (element as unknown as { maplibre: { queryRenderedFeatures(q: { layers: string[] }): unknown[] } }).maplibre.queryRenderedFeatures({ layers: ['scenario-area-fill'] }).length);
		await expect.poll(areas).toBeGreaterThan(0);
		// Kept in the browser too (a drawn shape once held state the browser's store cannot keep).
		await expect(panel(page).getByRole('status').filter({ hasText: 'Every change is kept' })).toBeVisible();
		await expect(panel(page).getByRole('alert').filter({ hasText: 'Not kept' })).toHaveCount(0);
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
		// Once another field's refusal takes its place, the empty name shows the item's name again.
		await expect(name).toHaveValue(/^Iwo Jima/);
		const end = panel(page).getByLabel('End (if it ended)', { exact: true });
		await expect(end).toHaveValue('2025-08-01');

		// Nothing typed becomes a link but http(s).
		await setField(page, 'Web address', 'javascript:alert(1)', firstSource(page));
		await expect(firstSource(page).getByRole('alert')).toContainText('http:// or https://');

		// A valid edit after them goes through, and Undo names what it undoes.
		await setField(page, 'Name', 'Iwo Jima group (edited)');
		await expect(listItem(page, 'Iwo Jima group (edited)')).toBeVisible();
		await expect(panel(page).getByRole('alert')).toHaveCount(0);
		await expect(end).toHaveValue('');
		await expect(panel(page).getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo: rename “Iwo Jima amphibious group with the 22nd Marine Expeditionary Unit” (Ctrl+Z)');
	});
});
