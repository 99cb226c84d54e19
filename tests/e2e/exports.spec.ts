import { copyFileSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, exported, mapElement, openApp, reviewImagePath, test, tool } from './fixtures';

/** Exports draw a second map in software WebGL beside the screen's: slower than a first view, not a speed test. */
test.setTimeout(240_000);

async function openExport(page: Page, kind: 'Image' | 'Video' | 'Handout (PDF)'): Promise<void> {
	await page.getByRole('button', { name: 'Export' }).click();
	await page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: kind }).check();
}

function pngSize(path: string): [number, number] {
	const png = readFileSync(path);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test.describe('exports', () => {
	test('an image for a slide is rendered at the chosen size, not cropped from the window', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await openExport(page, 'Image');
		const dialog = page.getByRole('dialog', { name: 'Export' });
		await dialog.getByLabel('Size').selectOption('slide');
		const slide = await exported(page, 'Save image');
		expect(slide.suggestedFilename()).toBe('briefing-map-2025-11-20-slide.png');
		const path = await slide.path();
		expect(pngSize(path)).toEqual([1920, 1080]);
		const map = (await mapElement(page).boundingBox())!;
		expect([Math.round(map.width), Math.round(map.height)]).not.toEqual([1920, 1080]);
		copyFileSync(path, reviewImagePath('export-slide-1920x1080'));
		await expect(page.getByRole('status')).toContainText('Saved briefing-map-2025-11-20-slide.png.');

		await dialog.getByLabel('Size').selectOption('4k');
		expect(pngSize(await (await exported(page, 'Save image')).path())).toEqual([3840, 2160]);
	});

	test('a video of chosen days parses with the expected frames, size and length, and changes from first frame to last', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await openExport(page, 'Video');
		const dialog = page.getByRole('dialog', { name: 'Export' });
		await dialog.getByLabel('Days').selectOption('dates');
		await dialog.getByLabel('From', { exact: true }).fill('2025-11-12');
		await dialog.getByLabel('To', { exact: true }).fill('2025-11-17');
		await dialog.getByLabel('Pace').selectOption('2');
		await dialog.getByLabel('Size').selectOption('720p');
		await dialog.getByLabel("Hold each phase's first day").uncheck();
		const video = await exported(page, 'Record video');
		expect(video.suggestedFilename()).toBe('briefing-map-2025-11-12-to-2025-11-17.mp4');
		const path = await video.path();
		copyFileSync(path, reviewImagePath('export-video').replace(/\.png$/, '.mp4'));
		const probe = JSON.parse(tool('ffprobe', ['-v', 'error', '-count_frames', '-select_streams', 'v:0', '-show_entries', 'stream=codec_name,width,height,nb_read_frames:format=duration', '-of', 'json', path]));
		// Six days at two a second: three seconds, ninety frames at 30 a second.
		expect(probe.streams[0]).toMatchObject({ codec_name: 'h264', width: 1280, height: 720, nb_read_frames: '90' });
		expect(Number(probe.format.duration)).toBeCloseTo(3, 1);
		const hashes = tool('ffmpeg', ['-v', 'error', '-i', path, '-f', 'framemd5', '-']).split('\n').filter((line) => /^\d/.test(line)).map((line) => line.split(',').pop()!.trim());
		expect(hashes).toHaveLength(90);
		expect(hashes[0]).not.toBe(hashes[89]);
		await expect(page.getByRole('status')).toContainText('90 frames, 3.0 s');
	});

	test('a handout has a cover and a page per phase, with real text: names, quotes, outlets and links', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await openExport(page, 'Handout (PDF)');
		const handout = await exported(page, 'Make handout');
		const path = await handout.path();
		copyFileSync(path, reviewImagePath('export-handout').replace(/\.png$/, '.pdf'));
		expect(tool('pdfinfo', [path])).toMatch(/Pages:\s+7\n/);
		const text = tool('pdftotext', ['-layout', path, '-']);
		const { phases } = JSON.parse(readFileSync(new URL('../../geodata/phases.json', import.meta.url), 'utf8')) as { phases: { name: string }[] };
		for (const { name } of phases) expect(text).toContain(name);
		expect(text).toContain('https://www.miamiherald.com/');
		expect(text).toContain('Miami Herald');
		expect(text).toMatch(/\?phase=first-ships/);
		expect(text).toContain('Appeared in this phase (');
		tool('pdftoppm', ['-png', '-r', '50', '-f', '2', '-l', '2', path, reviewImagePath('export-handout-page').replace(/\.png$/, '')]);
	});

	test('a video can be cancelled: nothing is saved, the panel says so and the briefing carries on', async ({ page }) => {
		await openApp(page, '?date=2025-11-20');
		await openExport(page, 'Video');
		const dialog = page.getByRole('dialog', { name: 'Export' });
		await dialog.getByLabel('Days').selectOption('all');
		let downloads = 0;
		page.on('download', () => (downloads += 1));
		await dialog.getByRole('button', { name: 'Record video' }).click();
		await expect(dialog.getByRole('status')).toContainText(/Frame \d+ of \d+/);
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.locator('.notices')).toContainText('The video was cancelled; nothing was saved.');
		await expect(dialog.getByRole('button', { name: 'Record video' })).toBeEnabled();
		expect(downloads).toBe(0);
		await expect(page.locator('div[aria-hidden="true"] .maplibregl-canvas'), 'the export map is gone').toHaveCount(0);
	});

	test('with the future hidden, the handout stops at the day shown', async ({ page }) => {
		await openApp(page, '?date=2025-09-15&hidefuture=1');
		await openExport(page, 'Handout (PDF)');
		const path = await (await exported(page, 'Make handout')).path();
		expect(tool('pdfinfo', [path])).toMatch(/Pages:\s+3\n/);
		const text = tool('pdftotext', [path, '-']);
		expect(text).toContain('Strikes at sea begin');
		expect(text).not.toContain('The carrier in the Caribbean');
		expect(text).toContain('map as of 15 September 2025');
	});
});
