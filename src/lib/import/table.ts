import type { Problem } from '$lib/data/problem';
import type { ScenarioPackage } from '$lib/data/package';

/** One value as a file gives it: spreadsheets' cells are kept as they are; dates become ISO text. */
export type Cell = string | number | boolean | null;

/** A GeoJSON geometry as a file gives it, not yet checked against what the scenario schema takes. */
export interface RawGeometry {
	type: string;
	coordinates?: unknown;
	geometries?: unknown;
}

/** One row of a spreadsheet, or one feature of a GeoJSON, KML or GPX file. */
export interface ImportRow {
	/** How a person finds it in the file: "row 12" (a spreadsheet's own numbering, the header being row 1), "feature 3", "placemark 3 (“Ford”)". */
	where: string;
	/** Its values by column or property name. Nested property values are JSON text. */
	values: Record<string, Cell>;
	/** The geometry a GeoJSON, KML or GPX file gives; absent for spreadsheets, whose position is in columns. */
	geometry?: RawGeometry | null;
	/**
	 * For a timed line (a GPX track, a KML gx:Track): one ISO time per position of `geometry`, in the
	 * same nesting as its coordinates (an array of arrays for a MultiLineString). Null for positions without a time.
	 */
	times?: (string | null)[] | (string | null)[][];
}

/** A file read into rows, before any field is mapped. */
export interface ImportTable {
	/** The file's name as given ("events.csv"). */
	file: string;
	format: 'csv' | 'tsv' | 'xlsx' | 'geojson' | 'kml' | 'kmz' | 'gpx';
	/** A name the file gives itself (a KML Document's or GPX's name), for the scenario's title. */
	title?: string;
	/** Column or property names, in order of first appearance. */
	columns: string[];
	rows: ImportRow[];
	/** What could not be read, located by `file` and `row`; the rest was read. */
	problems: Problem[];
}

/** What reading a file gives: rows to map, a whole scenario package, or why it cannot be read. */
export type ReadResult =
	| { kind: 'table'; table: ImportTable }
	| { kind: 'package'; package: ScenarioPackage; problems: Problem[] }
	| { kind: 'unreadable'; message: string };
