import type { Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_ATTRIBUTION } from './style';

/** What the picture says about itself: it must stand on its own when pasted into a slide. */
export interface ImageCaption {
	title: string;
	date: string;
	phase: string | null;
}

/**
 * A PNG of the map as it is now, with the date, the phase and the attribution drawn in, at the
 * screen's resolution. The map is read during its own render, when its drawing buffer is complete.
 */
export async function mapImage(map: MapLibreMap, caption: ImageCaption): Promise<Blob> {
	const source = map.getCanvas();
	const canvas = document.createElement('canvas');
	canvas.width = source.width;
	canvas.height = source.height;
	const context = canvas.getContext('2d')!;
	await new Promise<void>((resolve) => {
		map.once('render', () => {
			context.drawImage(source, 0, 0);
			resolve();
		});
		map.triggerRepaint();
	});
	const scale = source.width / source.clientWidth;
	drawCaption(context, caption, scale);
	drawAttribution(context, scale, canvas.width, canvas.height);
	return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the image'))), 'image/png'));
}

function drawCaption(context: CanvasRenderingContext2D, { title, date, phase }: ImageCaption, scale: number): void {
	const lines: [string, string][] = [
		[`600 ${13 * scale}px "Noto Sans", sans-serif`, title.toUpperCase()],
		[`700 ${30 * scale}px "Noto Sans", sans-serif`, date],
		...(phase ? ([[`600 ${16 * scale}px "Noto Sans", sans-serif`, phase]] as [string, string][]) : [])
	];
	const pad = 12 * scale;
	const heights = lines.map(([font]) => parseFloat(font.split(' ')[1]) * 1.3);
	const width = Math.max(...lines.map(([font, text]) => ((context.font = font), context.measureText(text).width))) + pad * 2;
	const height = heights.reduce((a, b) => a + b, 0) + pad * 1.5;
	context.fillStyle = 'rgba(255,255,255,0.93)';
	context.fillRect(pad, pad, width, height);
	context.fillStyle = '#1d4f91';
	context.fillRect(pad, pad, 5 * scale, height);
	let y = pad * 1.6;
	lines.forEach(([font, text], i) => {
		context.font = font;
		context.fillStyle = i === 0 ? '#5b6773' : i === 1 ? '#1b2530' : '#1d4f91';
		context.textBaseline = 'top';
		context.fillText(text, pad * 2, y);
		y += heights[i];
	});
}

function drawAttribution(context: CanvasRenderingContext2D, scale: number, width: number, height: number): void {
	const text = `${BASEMAP_ATTRIBUTION} · every item's sources are in the briefing map`;
	context.font = `${11 * scale}px "Noto Sans", sans-serif`;
	const textWidth = context.measureText(text).width;
	const pad = 4 * scale;
	context.fillStyle = 'rgba(255,255,255,0.85)';
	context.fillRect(width - textWidth - pad * 2, height - 18 * scale, textWidth + pad * 2, 18 * scale);
	context.fillStyle = '#333';
	context.textBaseline = 'middle';
	context.fillText(text, width - textWidth - pad, height - 9 * scale);
}
