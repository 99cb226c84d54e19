/** @terraformer/wkt ships no types: these are the parts the importer uses. */
declare module '@terraformer/wkt' {
	/** Parses WKT (upper-case keywords: `POINT (-66.1 18.4)`) into a GeoJSON geometry; throws on anything else. */
	export function wktToGeoJSON(wkt: string): { type: string; coordinates?: unknown; geometries?: unknown };
}
