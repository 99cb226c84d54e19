import fontkit from '@pdf-lib/fontkit';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import type { ScenarioFeature } from '$lib/data/scenario';
import type { Bounds, Source } from '$lib/data/schema';
import type { ValidPhase } from '$lib/data/validate';
import { publishedBy } from '$lib/timeline/as-of';
import { humanDate, parseDay, spanText, type Day } from '$lib/timeline/day';
import { exportsText } from '$lib/i18n/exports';
import type { ExportMap } from './export-map';

export const PAGE_SIZES = { a4: [595.28, 841.89], letter: [612, 792] } as const;
export type PageSize = keyof typeof PAGE_SIZES;

/** One phase's page: what the map shows at its end (or today, with the future hidden), and what changed. */
export interface PhasePage {
	phase: ValidPhase;
	number: number;
	/** The day the page's map shows: the phase's last day, or today if the phase is still under way. */
	day: Day;
	appeared: HandoutItem[];
	ended: HandoutItem[];
	/** The address that opens this phase in the app. */
	link: string;
}

export interface HandoutItem {
	name: string;
	when: string;
	position: string;
	/** One quote with its outlet, date and address, as of the page's day. */
	source: Source | null;
	/** Whether the item has no source at all (a user's file may give none). */
	unsourced: boolean;
}

/**
 * The pages of a handout: each phase that has begun by `today` (every phase unless the future is
 * hidden), with the items that appeared and ended in it, up to its last day or `today`.
 */
export function handoutPages(
	phases: readonly ValidPhase[],
	features: readonly ScenarioFeature[],
	{ today, hideFuture, isShown, linkTo }: { today: Day; hideFuture: boolean; isShown: (f: ScenarioFeature) => boolean; linkTo: (phase: ValidPhase) => string }
): PhasePage[] {
	const positions = exportsText().handoutPositions;
	const begun = hideFuture ? phases.filter((p) => p.startDay <= today) : phases;
	return begun.map((phase) => {
		const day = hideFuture ? Math.min(phase.endDay, today) : phase.endDay;
		const item = (f: ScenarioFeature): HandoutItem => ({
			name: f.properties.name,
			when: spanText(f.start, f.end, f.properties.datePrecision),
			position: positions[f.properties.precision],
			source: f.properties.sources.find((s) => !hideFuture || publishedBy(s, day)) ?? null,
			unsourced: !f.properties.sources.length
		});
		const shown = features.filter(isShown);
		return {
			phase,
			number: phases.indexOf(phase) + 1,
			day,
			appeared: shown.filter((f) => f.start >= phase.startDay && f.start <= day).map(item),
			ended: shown.filter((f) => f.end !== null && f.end >= phase.startDay && f.end <= day).map(item),
			link: linkTo(phase)
		};
	});
}

const MARGIN = 40;
const INK = rgb(0.106, 0.145, 0.188);
const MUTED = rgb(0.357, 0.404, 0.451);
const ACCENT = rgb(0.114, 0.31, 0.569);

interface Fonts {
	regular: PDFFont;
	bold: PDFFont;
}

/**
 * A printable handout: a cover with the title, the date range and the phases on one timeline, then
 * a page per phase with its map, summary, what appeared and ended (each with its date, kind of
 * position and one sourced quote) and a QR code with the link that opens the phase. The text is
 * real text, searchable and copyable. `map` draws each page's map.
 */
export async function makeHandout(
	map: ExportMap,
	{
		title,
		start,
		end,
		phases,
		pages,
		size,
		onPage,
		region,
		signal
	}: { title: string; start: Day; end: Day; phases: readonly ValidPhase[]; pages: PhasePage[]; size: PageSize; onPage: (done: number, of: number) => void; region: Bounds; signal: AbortSignal }
): Promise<Blob> {
	const pdf = await PDFDocument.create();
	pdf.setTitle(title);
	pdf.setCreator(exportsText().creator);
	pdf.registerFontkit(fontkit);
	const [regularBytes, boldBytes] = await Promise.all([regularUrl, boldUrl].map(async (url) => (await fetch(url)).arrayBuffer()));
	// Whole fonts: the subsetter of @pdf-lib/fontkit breaks on Noto Sans; each adds about 0.6 MB.
	const fonts = { regular: await pdf.embedFont(regularBytes), bold: await pdf.embedFont(boldBytes) };
	const [width, height] = PAGE_SIZES[size];
	drawCover(pdf.addPage([width, height]), fonts, { title, start, end, phases, shown: pages.length });
	for (const [i, page] of pages.entries()) {
		if (signal.aborted) throw new DOMException('The handout was cancelled', 'AbortError');
		onPage(i, pages.length);
		await map.show(page.day, page.phase.camera ?? region);
		const frame = await map.capture();
		const jpeg = await new Promise<Blob>((resolve, reject) => frame.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(exportsText().mapNotEncoded))), 'image/jpeg', 0.88));
		const image = await pdf.embedJpg(await jpeg.arrayBuffer());
		const qr = await pdf.embedPng(await QRCode.toDataURL(page.link, { margin: 1, width: 240, errorCorrectionLevel: 'M' }));
		drawPhasePage(pdf.addPage([width, height]), fonts, page, { image, qr, phaseCount: phases.length, title });
	}
	onPage(pages.length, pages.length);
	const bytes = await pdf.save();
	return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

function drawCover(page: PDFPage, { regular, bold }: Fonts, { title, start, end, phases, shown }: { title: string; start: Day; end: Day; phases: readonly ValidPhase[]; shown: number }): void {
	const t = exportsText();
	const { width, height } = page.getSize();
	let y = height - MARGIN - 40;
	y = text(page, title, { x: MARGIN, y, size: 24, font: bold, color: INK, width: width - MARGIN * 2 });
	y = text(page, t.span(humanDate(start), humanDate(end)), { x: MARGIN, y: y - 6, size: 13, font: regular, color: MUTED, width: width - MARGIN * 2 });
	// The phases on one timeline, each band as long as the phase.
	const [left, right] = [MARGIN, width - MARGIN];
	const span = end - start + 1;
	const at = (day: Day) => left + ((day - start) / span) * (right - left);
	y -= 40;
	phases.forEach((phase, i) => {
		const x = at(phase.startDay);
		page.drawRectangle({ x, y, width: Math.max(2, at(phase.endDay + 1) - x - 1), height: 18, color: i % 2 ? ACCENT : rgb(0.45, 0.6, 0.8) });
		page.drawText(String(i + 1), { x: x + 3, y: y + 5, size: 9, font: bold, color: rgb(1, 1, 1) });
	});
	y -= 30;
	// With the future hidden, later phases are counted but not named, as on the date control.
	phases.forEach((phase, i) => {
		y = text(page, `${i + 1}. ${i < shown ? phase.name : t.later}`, { x: MARGIN, y, size: 12, font: bold, color: i < shown ? INK : MUTED, width: width - MARGIN * 2 });
		y = text(page, i < shown ? t.span(humanDate(phase.startDay), humanDate(phase.endDay)) : t.notYetTold, { x: MARGIN + 14, y, size: 10, font: regular, color: MUTED, width: width - MARGIN * 2 });
		y -= 8;
	});
	text(page, t.coverNote, {
		x: MARGIN,
		y: MARGIN + 30,
		size: 9,
		font: regular,
		color: MUTED,
		width: width - MARGIN * 2
	});
}

function drawPhasePage(
	page: PDFPage,
	fonts: Fonts,
	{ phase, number, day, appeared, ended, link }: PhasePage,
	{ image, qr, phaseCount, title }: { image: Awaited<ReturnType<PDFDocument['embedJpg']>>; qr: Awaited<ReturnType<PDFDocument['embedPng']>>; phaseCount: number; title: string }
): void {
	const t = exportsText();
	const { regular, bold } = fonts;
	const { width, height } = page.getSize();
	const inner = width - MARGIN * 2;
	const qrSize = 72;
	const headingWidth = inner - qrSize - 10;
	let y = height - MARGIN;
	page.drawImage(qr, { x: width - MARGIN - qrSize, y: y - qrSize, width: qrSize, height: qrSize });
	y = text(page, t.pageHead(title.toUpperCase(), number, phaseCount), { x: MARGIN, y: y - 9, size: 8, font: bold, color: MUTED, width: headingWidth });
	y = text(page, phase.name, { x: MARGIN, y: y - 2, size: 16, font: bold, color: ACCENT, width: headingWidth });
	y = text(page, t.phaseDates(t.span(humanDate(phase.startDay), humanDate(phase.endDay)), humanDate(day)), { x: MARGIN, y: y - 2, size: 9, font: regular, color: MUTED, width: headingWidth });
	y = Math.min(y, height - MARGIN - qrSize) - 4;
	text(page, link, { x: width - MARGIN - 260, y: y + 2, size: 6.5, font: regular, color: MUTED, width: 260, align: 'right' });
	// The map on the left, the phase's summary beside it.
	const mapWidth = inner * 0.62;
	const mapHeight = (mapWidth * image.height) / image.width;
	y -= 12;
	page.drawImage(image, { x: MARGIN, y: y - mapHeight, width: mapWidth, height: mapHeight });
	const summaryBottom = text(page, phase.summary ?? '', { x: MARGIN + mapWidth + 12, y, size: 8.5, font: regular, color: INK, width: inner - mapWidth - 12 });
	y = Math.min(y - mapHeight, summaryBottom) - 10;
	// What ended, in one paragraph: each was quoted on the page of the phase it appeared in.
	const bottom = MARGIN;
	const endedText = ended.length ? t.ended(ended.map((item) => `${item.name} (${t.endedWhen(item.when)})`).join('; ')) : '';
	const endedLines = endedText ? wrap(endedText, regular, 7.5, inner, 4) : [];
	const listBottom = bottom + endedLines.length * 7.5 * 1.25 + (endedLines.length ? 8 : 0) + 12;
	const columnWidth = (inner - 16) / 2;
	const columns = [MARGIN, MARGIN + columnWidth + 16];
	y = text(page, t.appeared(appeared.length), { x: MARGIN, y, size: 10, font: bold, color: INK, width: inner });
	const top = y;
	let column = 0;
	let shown = 0;
	for (const item of appeared) {
		if (y - itemHeight(fonts, item, columnWidth) < listBottom) {
			if (column === 1) break;
			column = 1;
			y = top;
		}
		y = drawItem(page, fonts, item, columns[column], y, columnWidth);
		shown += 1;
	}
	if (shown < appeared.length) {
		text(page, t.moreAppeared(appeared.length - shown), { x: MARGIN, y: listBottom, size: 7.5, font: regular, color: MUTED, width: inner });
	}
	let endedY = bottom + endedLines.length * 7.5 * 1.25;
	for (const line of endedLines) {
		page.drawText(line, { x: MARGIN, y: endedY - 7.5, size: 7.5, font: regular, color: MUTED });
		endedY -= 7.5 * 1.25;
	}
}

const ITEM = { name: 8, line: 7, address: 6.5 } as const;

function itemLines(fonts: Fonts, item: HandoutItem, width: number): { text: string; size: number; font: PDFFont; color: ReturnType<typeof rgb> }[] {
	const t = exportsText();
	const { source } = item;
	const quote = source ? (source.quote ? `“${source.quote}”` : '') : item.unsourced ? t.noSource : t.noSourceYet;
	// Our translation of a quote in another language, under it where the reader's language gives one (English gives the quote alone).
	const translation = source?.quote && source.translation ? t.ourTranslation(source.translation) : '';
	const cite = source ? `— ${source.publication}${source.published ? `, ${humanDate(parseDay(source.published) as Day)}` : ''}` : '';
	return [
		...wrap(item.name, fonts.bold, ITEM.name, width).map((line) => ({ text: line, size: ITEM.name, font: fonts.bold, color: INK })),
		...wrap(`${item.when} · ${item.position}`, fonts.regular, ITEM.line, width).map((line) => ({ text: line, size: ITEM.line, font: fonts.regular, color: MUTED })),
		...wrap(quote, fonts.regular, ITEM.line, width, 3).map((line) => ({ text: line, size: ITEM.line, font: fonts.regular, color: INK })),
		...wrap(translation, fonts.regular, ITEM.line, width, 3).map((line) => ({ text: line, size: ITEM.line, font: fonts.regular, color: MUTED })),
		...wrap(cite, fonts.regular, ITEM.line, width, 1).map((line) => ({ text: line, size: ITEM.line, font: fonts.regular, color: MUTED })),
		// The address in full, broken over lines where it must be: a cut address leads nowhere.
		...wrap(source?.url ?? '', fonts.regular, ITEM.address, width).map((line) => ({ text: line, size: ITEM.address, font: fonts.regular, color: ACCENT }))
	];
}

function itemHeight(fonts: Fonts, item: HandoutItem, width: number): number {
	return itemLines(fonts, item, width).reduce((sum, line) => sum + line.size * 1.25, 0) + 5;
}

function drawItem(page: PDFPage, fonts: Fonts, item: HandoutItem, x: number, y: number, width: number): number {
	let top = y - 3;
	for (const line of itemLines(fonts, item, width)) {
		top -= line.size * 1.25;
		page.drawText(line.text, { x, y: top, size: line.size, font: line.font, color: line.color });
	}
	return top - 2;
}

/** Draws wrapped text with its first line's top at `y`; returns the y below its last line. */
function text(
	page: PDFPage,
	content: string,
	{ x, y, size, font, color, width, align = 'left' }: { x: number; y: number; size: number; font: PDFFont; color: ReturnType<typeof rgb>; width: number; align?: 'left' | 'right' }
): number {
	let top = y;
	for (const line of wrap(content, font, size, width)) {
		top -= size * 1.25;
		const offset = align === 'right' ? width - font.widthOfTextAtSize(line, size) : 0;
		page.drawText(line, { x: x + offset, y: top, size, font, color });
	}
	return top;
}

/**
 * Lines of at most `width` points, broken at spaces (a word longer than a line, such as an
 * address, is broken where it must); beyond `maxLines` the last line ends with "…".
 */
export function wrap(content: string, font: Pick<PDFFont, 'widthOfTextAtSize'>, size: number, width: number, maxLines = Infinity): string[] {
	const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width;
	const lines: string[] = [];
	let line = '';
	for (const word of content.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (fits(candidate)) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		while (!fits(line)) {
			let cut = line.length - 1;
			while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1];
	while (last && !fits(`${last}…`)) last = last.slice(0, -1);
	kept[maxLines - 1] = `${last.trimEnd()}…`;
	return kept;
}
