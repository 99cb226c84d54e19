import type { ScenarioFeature } from '$lib/data/scenario';
import type { Unit, UnitType } from '$lib/data/schema';
import MILITARY_SYMBOLS from 'virtual:military-symbols';
import { sidc } from './sidc';
import { legendText } from '$lib/i18n/legend';

export type SymbolMode = 'military' | 'plain';

/** White pictograms on a 24-unit grid, for the plain icons a lay audience reads at a glance. */
const PICTOGRAMS: Record<UnitType, string> = {
	'carrier-group': 'M1 13h22l-3 5H4z M15 8h3v5h-3z M4 11h9v2H4z',
	destroyer: 'M2 14h20l-3 5H5z M8 9h5v5H8z M13 11h4v3h-4z M10 6h1v3h-1z',
	cruiser: 'M2 14h20l-3 5H5z M6 10h5v4H6z M12 8h4v6h-4z M13 5h1v3h-1z',
	'amphibious-group': 'M2 13h20l-2 6H4z M4 9h10v4H4z M15 10h5v3h-5z',
	warship: 'M2 14h20l-3 5H5z M8 9h6v5H8z M14 11h3v3h-3z',
	submarine: 'M2 14c0-2 4-3 10-3s10 1 10 3-4 3-10 3S2 16 2 14z M9 7h4v4H9z',
	fighter: 'M12 2l1.6 7 7.4 4.2V15l-7.6-2.2-.8 5.4 2.9 1.9V21L12 20l-3.5 1v-.9l2.9-1.9-.8-5.4L3 15v-1.8L10.4 9z',
	drone: 'M12 3l.9 6.5L23 11.5v1.4l-10.1-.6-.7 5.9 3 1.6v1.2H8.8v-1.2l3-1.6-.7-5.9L1 12.9v-1.4l10.1-2z',
	'maritime-patrol': 'M12 2c.9 0 1.4.8 1.4 2v5l8 4.2V15l-8-2.3v5.4l2.8 1.9v1L12 20.3 7.8 21v-1l2.8-1.9v-5.4l-8 2.3v-1.8l8-4.2V4c0-1.2.5-2 1.4-2z',
	'air-base': 'M10 2h4v20h-4z M4 9h3v6H4z M17 9h3v6h-3z',
	tanker: 'M2 14h20l-2 5H4z M4 10h11v4H4z M17 7h3v7h-3z'
};

/** What each unit type is called in the legend and the detail panel, in the reader's language. */
export function unitLabel(type: UnitType): string {
	return legendText().units[type];
}

/**
 * The same names as a table, keyed and ordered by unit type. Each name is read when it is used,
 * so the table speaks the page's language however early it was imported.
 */
export const UNIT_LABELS: Readonly<Record<UnitType, string>> = Object.defineProperties(
	{} as Record<UnitType, string>,
	Object.fromEntries((Object.keys(PICTOGRAMS) as UnitType[]).map((type) => [type, { enumerable: true, get: () => unitLabel(type) }]))
);

/** Display size of a unit symbol, in CSS pixels. */
export const SYMBOL_SIZE = 30;

/** The plain icon: the pictogram in white on a disc of the category's colour. */
export function plainIconSvg(type: UnitType, color: string): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${SYMBOL_SIZE}" height="${SYMBOL_SIZE}" viewBox="-3 -3 30 30"><circle cx="12" cy="12" r="14" fill="${color}" stroke="#fff" stroke-width="2"/><path d="${PICTOGRAMS[type]}" fill="#fff"/></svg>`;
}

/** The SVG markup of a unit's symbol in a mode. The military symbols are a kilobyte and the default, so they ship with the page. */
export function unitSymbolSvg(mode: SymbolMode, unit: Unit, color: string): string {
	return mode === 'plain' ? plainIconSvg(unit.type, color) : MILITARY_SYMBOLS[sidc(unit)];
}

/** The map image name for a unit in a mode; plain icons differ by category colour too. */
export function symbolImageName(mode: SymbolMode, unit: Unit, category: string): string {
	return mode === 'military' ? `mil-${sidc(unit)}` : `plain-${unit.type}-${category}`;
}

/** Draws SVG markup into pixels at the screen's density, so symbols stay crisp on dense screens. */
export async function rasterize(svg: string, pixelRatio: number): Promise<ImageData> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(image.naturalWidth * pixelRatio);
	canvas.height = Math.ceil(image.naturalHeight * pixelRatio);
	const context = canvas.getContext('2d')!;
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** A map image ready to add: its name, pixels and density. */
export interface SymbolImage {
	name: string;
	image: ImageData;
	pixelRatio: number;
}

/** The images for every unit symbol the features need in a mode, rasterised for this screen. */
export async function symbolImages(features: readonly ScenarioFeature[], colors: ReadonlyMap<string, string>, mode: SymbolMode): Promise<SymbolImage[]> {
	const pixelRatio = Math.max(2, window.devicePixelRatio);
	const wanted = new Map<string, Promise<ImageData>>();
	for (const f of features) {
		const { unit, category } = f.properties;
		if (!unit) continue;
		const name = symbolImageName(mode, unit, category);
		if (!wanted.has(name)) wanted.set(name, rasterize(unitSymbolSvg(mode, unit, colors.get(category) ?? '#555555'), pixelRatio));
	}
	return Promise.all([...wanted].map(async ([name, image]) => ({ name, image: await image, pixelRatio })));
}
