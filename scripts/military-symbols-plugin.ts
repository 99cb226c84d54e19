import ms from 'milsymbol';
import type { Plugin } from 'vite';
import { allSidcs } from '../src/lib/map/sidc.ts';

const ID = 'virtual:military-symbols';
/** The size milsymbol draws at, in CSS pixels; the app rasterises the SVG at the screen's density. */
const SIZE = 26;

/**
 * Renders every military symbol the app can show to SVG once, at build time, so the browser gets a
 * few kilobytes of SVG instead of the whole milsymbol library (about 200 KB gzipped).
 */
export function militarySymbols(): Plugin {
	return {
		name: 'military-symbols',
		resolveId(id) {
			return id === ID ? `\0${ID}` : undefined;
		},
		load(id) {
			if (id !== `\0${ID}`) return undefined;
			const symbols = Object.fromEntries(
				allSidcs().map((code) => {
					const symbol = new ms.Symbol(code, { size: SIZE });
					if (!symbol.isValid()) throw new Error(`milsymbol does not know the code ${code}`);
					return [code, symbol.asSVG()];
				})
			);
			return `export default ${JSON.stringify(symbols)};`;
		}
	};
}
