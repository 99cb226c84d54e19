import regular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import bold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import italic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import { MAP_FONTS } from './style';

/** How long the map waits for its fonts on a slow network before drawing with the device's own. */
const FONT_WAIT_MS = 10_000;

/**
 * Registers the self-hosted fonts under the family names the map style uses and waits for them.
 * MapLibre rasterises label glyphs once with whatever font is ready, so this must finish before the
 * first symbol layer draws, or labels silently fall back to another font. Says whether they loaded:
 * when they fail or take too long, MapLibre draws with the device's sans-serif and the map still opens.
 */
export async function loadMapFonts(): Promise<boolean> {
	const faces = [
		new FontFace(MAP_FONTS.regular[0], `url(${regular})`, { weight: '400' }),
		new FontFace(MAP_FONTS.bold[0], `url(${bold})`, { weight: '700' }),
		new FontFace(MAP_FONTS.italic[0], `url(${italic})`, { style: 'italic' })
	];
	const loaded = Promise.all(faces.map(async (face) => document.fonts.add(await face.load()))).then(
		() => true,
		() => false
	);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), FONT_WAIT_MS)));
	return Promise.race([loaded, late]).finally(() => clearTimeout(timer));
}
