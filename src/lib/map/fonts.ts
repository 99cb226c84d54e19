import regular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import bold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import italic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import { MAP_FONTS } from './style';

/**
 * Registers the self-hosted fonts under the family names the map style uses and waits for them.
 * MapLibre rasterises label glyphs once with whatever font is ready, so this must finish before the
 * first symbol layer draws, or labels silently fall back to another font.
 */
export async function loadMapFonts(): Promise<void> {
	const faces = [
		new FontFace(MAP_FONTS.regular[0], `url(${regular})`, { weight: '400' }),
		new FontFace(MAP_FONTS.bold[0], `url(${bold})`, { weight: '700' }),
		new FontFace(MAP_FONTS.italic[0], `url(${italic})`, { style: 'italic' })
	];
	await Promise.all(faces.map(async (face) => document.fonts.add(await face.load())));
}
