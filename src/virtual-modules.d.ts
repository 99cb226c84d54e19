declare module 'virtual:military-symbols' {
	/** SVG markup of each military symbol, keyed by its SIDC (see scripts/military-symbols-plugin.ts). */
	const symbols: Record<string, string>;
	export default symbols;
}
