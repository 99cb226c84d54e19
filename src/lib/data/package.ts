/** The index of a scenario, naming its other files. */
export const INDEX_FILE = 'scenario.json';

/** What marks a file as the app's own scenario package. */
export const PACKAGE_FORMAT = 'briefing-map-scenario' as const;

/**
 * A whole scenario in one value: `scenario.json` and every file it names (layers, phases), as the
 * geodata/ folder holds them. What is imported, kept in the browser and downloaded.
 */
export interface ScenarioPackage {
	format: typeof PACKAGE_FORMAT;
	version: 1;
	/** The parsed `scenario.json`, unvalidated. */
	index: unknown;
	/** Every other file, by its path relative to geodata/ ("scenario/naval.geojson"), parsed and unvalidated. */
	files: Record<string, unknown>;
}
