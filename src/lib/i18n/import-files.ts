import { localized } from './define.ts';
import { formatNumber } from './format.ts';

/** What a row of a GPX or KML file is, as its label names it ("waypoint 1 (“Harbour”)"). */
type MarkupKind = 'placemark' | 'track' | 'route' | 'waypoint';

/**
 * Reading a file to import (import/read.ts): why a file cannot be read, at all or in part, and how
 * its rows are named for a person to find them ("row 12", "placemark 3 (“Ford”)"). A whole file's
 * problem is a sentence naming it; a row's follows its place, in lower case.
 */
export const importFileText = localized(
	'importFiles',
	{
		// ——— How a row is found in its file ———
		row: (n: number) => `row ${n}`,
		feature: (n: number) => `feature ${n}`,
		markup: { placemark: 'placemark', track: 'track', route: 'route', waypoint: 'waypoint' } satisfies Record<MarkupKind, string>,
		/** "placemark 3", "placemark 3 (“Ford”)": `kind` from `markup`. */
		markupRow: (kind: string, n: number, name: string | null) => (name === null ? `${kind} ${n}` : `${kind} ${n} (“${name}”)`),
		/** A blank header's name. */
		column: (n: number) => `Column ${n}`,

		// ——— A file that cannot be read ———
		couldNotRead: (file: string, why: string) => `"${file}" could not be read: ${why}`,
		empty: (file: string) => `"${file}" is empty.`,
		oldExcel: (file: string) => `"${file}" is an Excel 97–2003 workbook (.xls), which cannot be read: save it as .xlsx or CSV and import that.`,
		xlsxNotZip: (file: string) => `"${file}" is not an Excel workbook: it is not a zip file.`,
		kmzNotZip: (file: string) => `"${file}" is not a KMZ file: it is not a zip file.`,
		notZip: (file: string) => `"${file}" is not a zip file.`,
		notJson: (file: string, why: string) => `"${file}" is not valid JSON: ${why}.`,
		webPage: (file: string) => `"${file}" is a web page (HTML), not KML, GPX or a spreadsheet.`,
		otherXml: (file: string, root: string | null) => `"${file}" is XML, but neither KML nor GPX${root === null ? '' : ` (its root element is <${root}>)`}.`,
		noJsonStart: (file: string) => `"${file}" is not valid JSON: it does not begin with { or [.`,
		notXml: (file: string, format: string) => `"${file}" is not a ${format} file: it is not XML.`,
		binary: (file: string) => `"${file}" is a binary file, not a spreadsheet, GeoJSON, KML or GPX.`,
		tooLarge: (file: string, megabytes: number, limit: number) =>
			`"${file}" would unpack to ${formatNumber(megabytes)} MB, more than the ${formatNumber(limit)} MB that can be imported.`,
		emptyZip: (file: string) => `"${file}" is a zip file, but holds no spreadsheet, KML or scenario.json.`,
		damagedZip: (file: string, why: string) => `"${file}" is a damaged zip file: ${why}`,
		indexNotJson: (file: string, index: string, why: string) => `"${file}" holds "${index}", which is not valid JSON: ${why}.`,
		kmzWithoutKml: (file: string, entry: string) => `"${file}" holds "${entry}", which is not KML.`,
		notWorkbook: (file: string, why: string) => `"${file}" is not a readable Excel workbook: ${why}`,
		packageVersion: (file: string, version: string | undefined) => `"${file}" is a scenario package of version ${version ?? 'none'}, but only version 1 can be read.`,
		packageWithoutIndex: (file: string) => `"${file}" is a scenario package without its scenario: its "index" is missing or not an object.`,
		packageWithoutFiles: (file: string) => `"${file}" is a scenario package without its files: its "files" is missing or not an object.`,
		noFeatureList: (file: string) => `"${file}" is a GeoJSON FeatureCollection without a list of features.`,
		otherJson: (file: string) => `"${file}" is JSON, but neither GeoJSON nor a scenario package.`,
		notWellFormed: (file: string, why: string) => `"${file}" is not well-formed XML: ${why}`,
		/** A JSON error with the line it is on. */
		atLine: (message: string, line: number) => `${message} (line ${line})`,

		// ——— Parts of a file left out ———
		dataNotJson: (why: string) => `is not valid JSON: ${why}.`,
		otherKmls: (read: string, others: string) => `only "${read}" was read; the other KML files in it (${others}) were not.`,
		otherSheets: (sheet: string, others: string) => `only sheet "${sheet}" was read; the workbook's other sheets (${others}) were not.`,
		unclosedQuote: 'has a quote (") that is never closed, so this row and everything after it could not be read',
		textAfterQuote: 'has a quoted value with more text after its closing quote (")',
		tooManyValues: (values: number, columns: number) => `has ${values} values, but the header names only ${columns} columns, so its values cannot be matched to them`,
		featureNotObject: 'is not a GeoJSON feature: it is not an object',
		propertiesNotObject: 'has properties that are not an object; they were left out',
		notGeometry: 'is not a GeoJSON geometry; the feature was read without a position',
		timesMismatch: 'has times for only some of its positions, so its times were left out',
		overlaysLeftOut: (count: number) =>
			`${count === 1 ? 'a ground overlay or network link was' : `${count} ground overlays or network links were`} left out: only placemarks are read.`
	},
	{
		row: (n: number) => `fila ${n}`,
		feature: (n: number) => `elemento ${n}`,
		markup: { placemark: 'marca de posición', track: 'trayecto', route: 'ruta', waypoint: 'punto de paso' },
		markupRow: (kind: string, n: number, name: string | null) => (name === null ? `${kind} ${n}` : `${kind} ${n} (“${name}”)`),
		column: (n: number) => `Columna ${n}`,

		couldNotRead: (file: string, why: string) => `"${file}" no se pudo leer: ${why}`,
		empty: (file: string) => `"${file}" está vacío.`,
		oldExcel: (file: string) => `"${file}" es un libro de Excel 97–2003 (.xls), que no se puede leer: guárdelo como .xlsx o CSV e importe ese archivo.`,
		xlsxNotZip: (file: string) => `"${file}" no es un libro de Excel: no es un archivo zip.`,
		kmzNotZip: (file: string) => `"${file}" no es un archivo KMZ: no es un archivo zip.`,
		notZip: (file: string) => `"${file}" no es un archivo zip.`,
		notJson: (file: string, why: string) => `"${file}" no es JSON válido: ${why}.`,
		webPage: (file: string) => `"${file}" es una página web (HTML), no KML, GPX ni una hoja de cálculo.`,
		otherXml: (file: string, root: string | null) => `"${file}" es XML, pero no es KML ni GPX${root === null ? '' : ` (su elemento raíz es <${root}>)`}.`,
		noJsonStart: (file: string) => `"${file}" no es JSON válido: no empieza por { ni por [.`,
		notXml: (file: string, format: string) => `"${file}" no es un archivo ${format}: no es XML.`,
		binary: (file: string) => `"${file}" es un archivo binario, no una hoja de cálculo, GeoJSON, KML ni GPX.`,
		tooLarge: (file: string, megabytes: number, limit: number) =>
			`"${file}" ocuparía ${formatNumber(megabytes)} MB al descomprimirse, más de los ${formatNumber(limit)} MB que se pueden importar.`,
		emptyZip: (file: string) => `"${file}" es un archivo zip, pero no contiene ninguna hoja de cálculo, KML ni scenario.json.`,
		damagedZip: (file: string, why: string) => `"${file}" es un archivo zip dañado: ${why}`,
		indexNotJson: (file: string, index: string, why: string) => `"${file}" contiene "${index}", que no es JSON válido: ${why}.`,
		kmzWithoutKml: (file: string, entry: string) => `"${file}" contiene "${entry}", que no es KML.`,
		notWorkbook: (file: string, why: string) => `"${file}" no es un libro de Excel legible: ${why}`,
		packageVersion: (file: string, version: string | undefined) =>
			`"${file}" es un paquete de escenario ${version === undefined ? 'sin versión' : `de la versión ${version}`}, pero solo se puede leer la versión 1.`,
		packageWithoutIndex: (file: string) => `"${file}" es un paquete de escenario sin su escenario: su "index" falta o no es un objeto.`,
		packageWithoutFiles: (file: string) => `"${file}" es un paquete de escenario sin sus archivos: su "files" falta o no es un objeto.`,
		noFeatureList: (file: string) => `"${file}" es una FeatureCollection de GeoJSON sin lista de features.`,
		otherJson: (file: string) => `"${file}" es JSON, pero no es GeoJSON ni un paquete de escenario.`,
		notWellFormed: (file: string, why: string) => `"${file}" no es XML bien formado: ${why}`,
		atLine: (message: string, line: number) => `${message} (línea ${line})`,

		dataNotJson: (why: string) => `no es JSON válido: ${why}.`,
		otherKmls: (read: string, others: string) => `solo se leyó "${read}"; los demás archivos KML que contiene (${others}) no se leyeron.`,
		otherSheets: (sheet: string, others: string) => `solo se leyó la hoja "${sheet}"; las demás hojas del libro (${others}) no se leyeron.`,
		unclosedQuote: 'tiene una comilla (") que nunca se cierra, así que no se pudo leer esta fila ni nada de lo que sigue',
		textAfterQuote: 'tiene un valor entre comillas con más texto después de la comilla de cierre (")',
		tooManyValues: (values: number, columns: number) =>
			`tiene ${formatNumber(values)} valores, pero el encabezado solo nombra ${formatNumber(columns)} columnas, así que sus valores no se pueden asignar a ellas`,
		featureNotObject: 'no es un elemento GeoJSON: no es un objeto',
		propertiesNotObject: 'tiene propiedades que no son un objeto; se omitieron',
		notGeometry: 'no es una geometría GeoJSON; el elemento se leyó sin posición',
		timesMismatch: 'tiene horas solo para algunas de sus posiciones, así que se omitieron sus horas',
		overlaysLeftOut: (count: number) =>
			`${count === 1 ? 'se omitió una superposición de imagen o un vínculo de red' : `se omitieron ${formatNumber(count)} superposiciones de imagen o vínculos de red`}: solo se leen las marcas de posición.`
	}
);
