import type { ScenarioFeature } from '$lib/data/scenario';
import type { Category, Unit } from '$lib/data/schema';
import { basemapAttribution } from '$lib/map/style';
import { unitLabel, unitSymbolSvg, type SymbolMode } from '$lib/map/unit-symbols';
import { publishedBy } from '$lib/timeline/as-of';
import type { Day } from '$lib/timeline/day';
import { exportsText } from '$lib/i18n/exports';
import { formatNumber } from '$lib/i18n/format';

/** What an exported picture says about itself, so it stands on its own in a slide or a video. */
export interface Overlay {
	title: string;
	date: string;
	phase: string | null;
	legend: Legend;
	/** The outlets of the visible items' sources. */
	outlets: string[];
	scale: ScaleBar;
	/** Moving items beyond the frame's edge, as the screen's edge badges show them: where the badge goes (CSS pixels) and which way it points. */
	offFrame: { label: string; x: number; y: number; angle: number }[];
	/** Cities where something was said today, far from the map ("Washington (2)"). */
	elsewhere: string[];
}

/** What is on the map, as the exported legend lists it. */
export interface Legend {
	categories: { label: string; color: string; count: number }[];
	units: { unit: Unit; color: string; label: string }[];
	/** The kinds of position present: a known point, an area it lies in, a place where something was said. */
	positions: ('exact' | 'approximate' | 'symbolic')[];
}

/** The legend of what is visible: categories with counts, each kind of unit symbol, each kind of position. */
export function legendOf(categories: readonly Category[], visible: readonly ScenarioFeature[]): Legend {
	const counts = new Map<string, number>();
	const units = new Map<string, Legend['units'][number]>();
	const positions = new Set<Legend['positions'][number]>();
	const colorOf = (id: string) => categories.find((c) => c.id === id)?.color ?? '#555555';
	for (const f of visible) {
		const { category, unit, precision } = f.properties;
		counts.set(category, (counts.get(category) ?? 0) + 1);
		positions.add(precision);
		if (unit) units.set(`${unit.type}-${unit.affiliation}-${category}`, { unit, color: colorOf(category), label: unitLabel(unit.type) });
	}
	return {
		categories: categories.filter((c) => counts.has(c.id)).map((c) => ({ label: c.label, color: c.color, count: counts.get(c.id)! })),
		units: [...units.values()],
		positions: (['exact', 'approximate', 'symbolic'] as const).filter((kind) => positions.has(kind))
	};
}

/** The outlets behind the visible items, as of `day` when the future is hidden, in alphabetical order. */
export function outletsOf(visible: readonly ScenarioFeature[], day: Day, hideFuture: boolean): string[] {
	const names = new Set<string>();
	for (const f of visible) for (const source of f.properties.sources) if (!hideFuture || publishedBy(source, day)) names.add(source.publication);
	return [...names].sort((a, b) => a.localeCompare(b, 'en'));
}

export interface ScaleBar {
	/** Its length in CSS pixels of the map. */
	px: number;
	label: string;
}

/** The longest round distance (1, 2 or 5 times a power of ten, in km) that fits in `maxPx` at `metresPerPixel`. */
export function scaleBar(metresPerPixel: number, maxPx: number): ScaleBar {
	const maxKm = (metresPerPixel * maxPx) / 1000;
	const power = 10 ** Math.floor(Math.log10(maxKm));
	const km = [5, 2, 1].map((step) => step * power).find((value) => value <= maxKm) ?? power;
	const label = km >= 1 ? `${formatNumber(km)} km` : `${formatNumber(Math.round(km * 1000))} m`;
	return { px: (km * 1000) / metresPerPixel, label };
}

/** Metres per CSS pixel on a Web Mercator map of 512-pixel tiles, at a latitude and zoom. */
export function metresPerPixel(latitude: number, zoom: number): number {
	return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

const FONT = '"Noto Sans", sans-serif';
const INK = '#1b2530';
const MUTED = '#5b6773';
const ACCENT = '#1d4f91';
const PANEL = 'rgba(255,255,255,0.93)';

/**
 * Draws the overlay onto a frame `width`×`height` CSS pixels large at `scale` device pixels each,
 * its text `textScale` times the screen's (a slide is seen from further away): the caption top
 * left and the legend top right (unless the frame sits on a page that says both: not `framed`),
 * the scale bar and outlets bottom left, the attribution bottom right, and rings where items just
 * appeared.
 */
export async function drawOverlay(
	context: CanvasRenderingContext2D,
	overlay: Overlay,
	{
		width,
		height,
		scale,
		textScale,
		mode,
		rings,
		framed
	}: { width: number; height: number; scale: number; textScale: number; mode: SymbolMode; rings: { x: number; y: number; color: string }[]; framed: boolean }
): Promise<void> {
	context.save();
	context.scale(scale * textScale, scale * textScale);
	context.textBaseline = 'top';
	[width, height] = [width / textScale, height / textScale];
	const scaleBarPx = overlay.scale.px / textScale;
	for (const ring of rings) {
		context.beginPath();
		context.arc(ring.x / textScale, ring.y / textScale, 22 / textScale, 0, Math.PI * 2);
		context.lineWidth = 4;
		context.strokeStyle = ring.color || ACCENT;
		context.stroke();
	}
	if (framed) {
		drawCaption(context, overlay);
		await drawLegend(context, overlay.legend, width, mode);
	}
	for (const badge of overlay.offFrame) drawOffFrame(context, { ...badge, x: badge.x / textScale, y: badge.y / textScale }, width);
	if (overlay.elsewhere.length) drawElsewhere(context, overlay.elsewhere, height);
	drawFooter(context, { ...overlay, scale: { ...overlay.scale, px: scaleBarPx } }, width, height);
	context.restore();
}

function drawCaption(context: CanvasRenderingContext2D, { title, date, phase }: Overlay): void {
	const lines: [string, string, string][] = [
		[`600 13px ${FONT}`, title.toUpperCase(), MUTED],
		[`700 30px ${FONT}`, date, INK],
		...(phase ? ([[`600 16px ${FONT}`, phase, ACCENT]] as [string, string, string][]) : [])
	];
	const heights = lines.map(([font]) => parseFloat(font.split(' ')[1]) * 1.3);
	const width = Math.max(...lines.map(([font, text]) => ((context.font = font), context.measureText(text).width))) + 24;
	const height = heights.reduce((a, b) => a + b, 0) + 18;
	context.fillStyle = PANEL;
	context.fillRect(12, 12, width, height);
	context.fillStyle = ACCENT;
	context.fillRect(12, 12, 5, height);
	let y = 20;
	lines.forEach(([font, text, color], i) => {
		context.font = font;
		context.fillStyle = color;
		context.fillText(text, 24, y);
		y += heights[i];
	});
}

const ROW = 20;

async function drawLegend(context: CanvasRenderingContext2D, legend: Legend, width: number, mode: SymbolMode): Promise<void> {
	const t = exportsText();
	const rows = legend.categories.length + legend.units.length + legend.positions.length;
	if (!rows) return;
	const boxWidth = 230;
	const left = width - boxWidth - 12;
	const headings = Number(legend.units.length > 0) + Number(legend.positions.length > 0);
	const height = 16 + rows * ROW + headings * 6;
	context.fillStyle = PANEL;
	context.fillRect(left, 12, boxWidth, height);
	let y = 20;
	context.font = `12px ${FONT}`;
	for (const category of legend.categories) {
		context.fillStyle = category.color;
		context.beginPath();
		context.arc(left + 16, y + 7, 6, 0, Math.PI * 2);
		context.fill();
		context.fillStyle = INK;
		context.fillText(t.counted(category.label, category.count), left + 30, y, boxWidth - 40);
		y += ROW;
	}
	if (legend.units.length) y += 6;
	for (const { unit, color, label } of legend.units) {
		const image = new Image();
		image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(unitSymbolSvg(mode, unit, color))}`;
		await image.decode();
		const ratio = image.naturalWidth / image.naturalHeight;
		context.drawImage(image, left + 8, y, 16 * ratio, 16);
		context.fillStyle = INK;
		context.fillText(label, left + 34, y + 1, boxWidth - 44);
		y += ROW;
	}
	if (legend.positions.length) y += 6;
	for (const kind of legend.positions) {
		drawPositionKey(context, kind, left + 16, y + 7);
		context.fillStyle = INK;
		context.fillText(t.positions[kind], left + 30, y, boxWidth - 40);
		y += ROW;
	}
}

/** The three kinds of position as the map draws them: a dot, a dashed area, an arrow. */
function drawPositionKey(context: CanvasRenderingContext2D, kind: Legend['positions'][number], x: number, y: number): void {
	context.strokeStyle = INK;
	context.fillStyle = INK;
	context.lineWidth = 1.5;
	context.beginPath();
	if (kind === 'exact') {
		context.arc(x, y, 4, 0, Math.PI * 2);
		context.fill();
	} else if (kind === 'approximate') {
		context.setLineDash([3, 2]);
		context.arc(x, y, 7, 0, Math.PI * 2);
		context.stroke();
		context.setLineDash([]);
	} else {
		context.moveTo(x - 8, y + 4);
		context.lineTo(x + 6, y - 3);
		context.stroke();
		context.beginPath();
		context.moveTo(x + 8, y - 4);
		context.lineTo(x + 1, y - 5);
		context.lineTo(x + 4, y + 1);
		context.fill();
	}
}

/** A badge at the frame's edge for a moving item beyond it, its arrow pointing the way. */
function drawOffFrame(context: CanvasRenderingContext2D, { label, x, y, angle }: { label: string; x: number; y: number; angle: number }, width: number): void {
	context.font = `600 13px ${FONT}`;
	const textWidth = context.measureText(label).width;
	const boxWidth = textWidth + 34;
	// On a side edge the badge stands inside the frame from its point; on the top or bottom it is centred on it.
	const across = Math.cos((angle * Math.PI) / 180);
	const anchored = across > 0.5 ? x - boxWidth : across < -0.5 ? x : x - boxWidth / 2;
	const left = Math.min(Math.max(anchored, 8), width - boxWidth - 8);
	const top = y - 12;
	context.fillStyle = PANEL;
	context.fillRect(left, top, boxWidth, 24);
	context.strokeStyle = ACCENT;
	context.lineWidth = 1;
	context.strokeRect(left, top, boxWidth, 24);
	context.save();
	context.translate(left + 13, top + 12);
	context.rotate((angle * Math.PI) / 180);
	context.fillStyle = ACCENT;
	context.beginPath();
	context.moveTo(8, 0);
	context.lineTo(-6, -6);
	context.lineTo(-3, 0);
	context.lineTo(-6, 6);
	context.fill();
	context.restore();
	context.fillStyle = INK;
	context.fillText(label, left + 26, top + 5);
}

/** One line above the footer naming where things were said today, far from the map. */
function drawElsewhere(context: CanvasRenderingContext2D, cities: string[], height: number): void {
	const line = exportsText().saidElsewhere(cities.join(', '));
	context.font = `12px ${FONT}`;
	const lineWidth = context.measureText(line).width;
	context.fillStyle = PANEL;
	context.fillRect(12, height - 78, lineWidth + 16, 22);
	context.fillStyle = INK;
	context.fillText(line, 20, height - 74);
}

function drawFooter(context: CanvasRenderingContext2D, { outlets, scale }: Overlay, width: number, height: number): void {
	const t = exportsText();
	// Scale bar, bottom left.
	const barY = height - 46;
	context.fillStyle = PANEL;
	context.fillRect(12, barY - 6, scale.px + 80, 24);
	context.fillStyle = INK;
	context.fillRect(20, barY + 6, scale.px, 3);
	context.fillRect(20, barY, 2, 9);
	context.fillRect(20 + scale.px - 2, barY, 2, 9);
	context.font = `12px ${FONT}`;
	context.fillText(scale.label, 28 + scale.px, barY);
	// Sources and attribution, along the bottom.
	const attribution = `${basemapAttribution()} · ${t.sourcesInMap}`;
	context.font = `11px ${FONT}`;
	const attributionWidth = context.measureText(attribution).width;
	const sources = shortened(context, t.sources(outlets.join('; ')), width - attributionWidth - 60);
	context.fillStyle = PANEL;
	context.fillRect(0, height - 18, width, 18);
	context.fillStyle = '#333';
	context.textBaseline = 'middle';
	if (outlets.length) context.fillText(sources, 8, height - 9);
	context.fillText(attribution, width - attributionWidth - 8, height - 9);
	context.textBaseline = 'top';
}

/** `text`, cut to fit `maxWidth` with "…" and a count of what was left out. */
function shortened(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
	if (context.measureText(text).width <= maxWidth) return text;
	let cut = text.length;
	while (cut > 0 && context.measureText(`${text.slice(0, cut)}…`).width > maxWidth) cut = text.lastIndexOf(';', cut - 1);
	return cut > 0 ? `${text.slice(0, cut)}; …` : '';
}
