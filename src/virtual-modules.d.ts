declare module 'virtual:military-symbols' {
	/** SVG markup of each military symbol, keyed by its SIDC (see scripts/military-symbols-plugin.ts). */
	const symbols: Record<string, string>;
	export default symbols;
}

declare module 'virtual:inline-data' {
	/** Each geodata/ file's text by its path under data/, in the single-file build only (see scripts/geodata-plugin.ts). */
	const files: Record<string, string> | null;
	export default files;
}
