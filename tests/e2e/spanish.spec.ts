import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, exported, mapIsReady, openApp, test, tool } from './fixtures';

const I18N = new URL('../../src/lib/i18n/', import.meta.url);

/** Every catalogue's English and Spanish, as the app declares them (each module registers its catalogue). */
async function catalogues(): Promise<{ area: string; texts: { en: object; es: object } }[]> {
	for (const file of readdirSync(I18N).filter((name) => name.endsWith('.ts'))) await import(new URL(file, I18N).href);
	return (await import(new URL('define.ts', I18N).href)).catalogues;
}

/** The app's fixed English texts that Spanish says differently: none of them may show on a Spanish page. */
async function englishTexts(): Promise<string[]> {
	const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : []);
	return (await catalogues()).flatMap(({ texts: { en, es } }) => {
		const spanish = new Set(strings(es));
		return strings(en).filter((text) => /[a-z]{2}/i.test(text) && text.trim().length > 2 && !spanish.has(text));
	});
}

/**
 * What the page shows a reader now: visible text and the names a screen reader speaks. Quotes are
 * left out: they stay in their own language.
 */
function shownTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!element || !element.checkVisibility() || element.closest('q, blockquote, [lang]:not([lang="es"])')) continue;
			const text = node.textContent?.trim();
			if (text) out.push(text);
		}
		for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
			if (!(element as HTMLElement).checkVisibility?.()) continue;
			for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
				const value = element.getAttribute(name)?.trim();
				if (value) out.push(value);
			}
		}
		return out;
	});
}

/** The English texts of the app the page shows: a whole text, or a sentence of one inside a longer text. */
async function englishLeft(page: Page, english: string[]): Promise<string[]> {
	const shown = await shownTexts(page);
	return english.filter((text) => shown.some((s) => s === text || (text.includes(' ') && text.length > 10 && s.includes(text))));
}

test.describe('in Spanish', () => {
	test('the page speaks Spanish throughout: no English text of the app is left in any panel', async ({ page }) => {
		test.setTimeout(120_000);
		const english = await englishTexts();
		expect(english.length).toBeGreaterThan(200);
		// The same walk over the English page finds the app's English: the check can fail.
		await openApp(page, '?date=2025-11-20');
		expect((await englishLeft(page, english)).length).toBeGreaterThan(15);

		await openApp(page, '?lang=es&date=2025-11-20');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		const left = new Map<string, string[]>();
		const look = async (where: string) => {
			const found = await englishLeft(page, english);
			if (found.length) left.set(where, found);
		};
		await look('first view');
		await page.getByRole('list', { name: 'En el mapa', exact: true }).getByRole('button').first().click();
		await look('an item’s details');
		for (const tab of ['Sucesos', 'Capas']) {
			await page.getByRole('tab', { name: tab }).click();
			await look(`the ${tab} tab`);
		}
		await page.getByRole('button', { name: 'Exportar' }).click();
		for (const kind of ['Imagen', 'Video', 'Hoja de apoyo (PDF)']) {
			await page.getByRole('dialog', { name: 'Exportar' }).getByRole('radio', { name: kind }).check();
			await look(`the export panel: ${kind}`);
		}
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: 'Escenarios' }).click();
		await look('the Scenarios menu');
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: 'Presentar' }).click();
		await mapIsReady(page);
		await look('presenter mode');
		expect(Object.fromEntries(left)).toEqual({});
	});

	test('the scenario is in Spanish, its quotes in their own words with our translation beside them', async ({ page }) => {
		await openApp(page, '?lang=es&date=2025-11-20&item=p8-patrols');
		const details = page.getByRole('complementary');
		await expect(details.getByRole('heading', { name: 'Patrullas marítimas P-8 y vuelos de vigilancia' })).toBeVisible();
		// The Portuguese quote stays Portuguese, with our Spanish beside it; the English one is marked as English.
		await expect(details.locator('blockquote[lang="pt"]')).toContainText('Com indicador MADFOX33');
		await expect(details.getByText('Nuestra traducción:').first()).toBeVisible();
		await expect(details.getByText(/Con el indicativo MADFOX33/)).toBeVisible();
		await expect(details.locator('blockquote[lang="en"]').first()).toContainText('maritime patrols by P-8');
		await expect(page.getByTestId('untranslated')).toHaveCount(0);
	});

	test('the language switch keeps the view, and the links made from it keep the language', async ({ page }) => {
		await openApp(page, '?date=2025-11-04&item=ford-csg-caribbean');
		await page.getByTestId('language-switch').click();
		await mapIsReady(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByTestId('language-switch')).toHaveText('EN');
		await expect(page.getByTestId('language-switch')).toHaveAccessibleName('View the map in English');
		const address = new URL(page.url()).searchParams;
		expect([address.get('lang'), address.get('date'), address.get('item')]).toEqual(['es', '2025-11-04', 'ford-csg-caribbean']);
		await expect(page.getByText('martes 4 de noviembre de 2025').or(page.getByText('4 de noviembre de 2025')).first()).toBeVisible();
		await page.getByRole('slider', { name: 'Fecha' }).press('ArrowRight');
		await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2025-11-05');
		expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
		await page.getByTestId('language-switch').click();
		await mapIsReady(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		expect(new URL(page.url()).searchParams.get('date')).toBe('2025-11-05');
	});

	test('a browser set to Spanish opens in Spanish, and a wrong lang= says so', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL, locale: 'es-VE', serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto('./?lang=fr');
		await mapIsReady(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.locator('.notices')).toContainText('lang=fr');
		await context.close();
	});

	test('a handout in Spanish', async ({ page }) => {
		test.setTimeout(240_000);
		await openApp(page, '?lang=es&date=2025-11-20');
		await page.getByRole('button', { name: 'Exportar' }).click();
		await page.getByRole('dialog', { name: 'Exportar' }).getByRole('radio', { name: 'Hoja de apoyo (PDF)' }).check();
		const handout = await exported(page, 'Crear hoja de apoyo', 'Exportar');
		const text = tool('pdftotext', [await handout.path(), '-']);
		const { phases } = JSON.parse(readFileSync(new URL('../../geodata/phases.json', import.meta.url), 'utf8')) as { phases: { es: { name: string } }[] };
		for (const phase of phases) expect(text.replace(/\s+/g, ' ')).toContain(phase.es.name);
		expect(text).toContain('Nuestra traducción');
		expect(text).toContain('Del 16 de noviembre de 2025 al 9 de diciembre de 2025');
		expect(text).toContain('Aparecieron en esta fase (');
		expect(text).not.toContain('Appeared in this phase');
	});
});
