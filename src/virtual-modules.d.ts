declare module 'virtual:military-symbols' {
	/** SVG markup of each military symbol, keyed by its SIDC (see scripts/military-symbols-plugin.ts). */
	const symbols: Record<string, string>;
	export default symbols;
}

declare module 'virtual:geodata-files' {
	/** The scenario's index and the files it names, relative to geodata/ (see scripts/geodata-plugin.ts). */
	const files: string[];
	export default files;
}
