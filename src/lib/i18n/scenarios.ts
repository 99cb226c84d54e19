import { localized } from './define.ts';
import { formatNumber, plural } from './format.ts';
import type { ImportProgress } from '../import/importer.ts';

type Stage = ImportProgress['stage'];

/**
 * Opening, keeping and switching scenarios: the Scenarios menu, the drop target, the import dialog,
 * and what src/lib/app says about them. Titles and file names are quoted as they are.
 */
export const scenariosText = localized(
	'scenarios',
	{
		// The Scenarios menu.
		heading: 'Scenarios',
		close: 'Close scenarios',
		openFile: 'Open a file…',
		newScenario: 'New scenario',
		formats:
			'Spreadsheets (CSV, TSV, Excel .xlsx) with a date and a place on each row, GeoJSON, KML or KMZ, GPX tracks, or a scenario downloaded from this map. You can also drop a file onto the map, or paste a table or GeoJSON with Ctrl+V.',
		inThisBrowser: 'In this browser',
		toOpen: 'Scenarios to open',
		builtInTitle: 'US military buildup near Venezuela, 2025',
		builtIn: 'built in',
		openNow: 'open now',
		open: 'Open',
		keptLine: (from: string, items: number, when: string) => `${from} · ${formatNumber(items)} items · kept ${when}`,
		confirmDelete: (title: string) => `Delete “${title}” from this browser?`,
		delete: 'Delete',
		keep: 'Keep',
		download: 'Download',
		deleteAsk: 'Delete…',
		downloadShown: 'Download this scenario',
		downloadHint: 'One file with everything in it: open it here, in another browser, or send it to a colleague.',

		// The drop target.
		drop: 'Drop the file to open it as a scenario',

		// The import dialog.
		stages: { reading: 'Reading the file', converting: 'Reading the rows', checking: 'Checking every item', taking: 'Taking the items in' } satisfies Record<Stage, string>,
		starting: 'Starting',
		opening: (file: string) => `Opening “${file}”`,
		progress: (done: number, total: number, rows: boolean) => `${formatNumber(done)} of ${formatNumber(total)} ${rows ? 'rows' : 'items'}`,
		mapStays: 'The map stays as it was until the new scenario is ready.',
		cancel: 'Cancel',
		couldNotOpen: (file: string) => `Could not open “${file}”`,
		nothingChanged: 'Nothing changed: the scenario on the map is still open.',
		closeDialog: 'Close',
		openTable: (file: string) => `Open “${file}”`,
		tableSummary: (rows: number, columns: number) =>
			`${formatNumber(rows)} ${rows === 1 ? 'row' : 'rows'}, ${columns} columns. Check which column gives what; the guesses are filled in. Rows that cannot be read are left out and listed in a report.`,
		title: 'Title',
		notInFile: '— not in the file —',
		oneDay: 'Items without an end date are on the map for their own day only (untick to keep them until the end)',
		askOrder: 'How are the dates written? A date like 03/04/2025 can be read both ways.',
		dayFirst: 'Day first: 03/04/2025 is 3 April',
		monthFirst: 'Month first: 03/04/2025 is March 4',
		previewHeading: 'The first rows as they will be read',
		columns: { where: 'Where', name: 'Name', start: 'Start', end: 'End', category: 'Category', position: 'Position' },
		readProblems: (count: number) => `${count} ${count === 1 ? 'problem' : 'problems'} reading the file; they will be in the report.`,
		missingDate: 'Choose the column with each item’s date.',
		missingPosition: 'Choose latitude and longitude columns, or a WKT geometry column.',
		missingOrder: 'Say how the dates are written.',

		// What opening, keeping and editing scenarios say (src/lib/app).
		keptScenario: 'the kept scenario',
		pastedText: 'pasted text',
		theScenario: 'the scenario',
		untitled: 'Untitled scenario',
		madeHere: 'made in this browser',
		copyTitle: (title: string) => `${title} (your copy)`,
		noLongerKeptToEdit: 'This scenario is no longer kept in this browser; open its file again to edit it.',
		noLongerKeptToDownload: 'This scenario is no longer kept in this browser; open its file again to download it.',
		editingCopy: (copy: string, original: string) => `You are editing your copy, “${copy}”; “${original}” stays as it was.`,
		blankStarted: 'A new scenario: add items by clicking the map, and cut the story into phases under Phases.',
		couldNotKeepToEdit: (failure: string) => `Could not keep a scenario to edit: ${failure}.`,
		siteAnswered: (status: number, statusText: string) => `the site answered ${status} ${statusText}`.trim(),
		couldNotFetch: (path: string, reason: string) => `Could not fetch ${path}: ${reason}.`,
		cancelledOpening: (file: string) => `Cancelled opening “${file}”: nothing changed.`,
		opened: (title: string, items: number, skipped: number) =>
			`Opened “${title}”: ${formatNumber(items)} ${items === 1 ? 'item' : 'items'}${skipped ? `; ${formatNumber(skipped)} left out (see the report)` : ''}.`,
		earlierNotKept: (failure: string) => `A scenario opened earlier could not be kept in this browser: ${failure}.`,
		openNotKept: (title: string | undefined, failure: string) => `“${title}” is open but not kept in this browser: ${failure}. Use Scenarios → Download this scenario to keep a copy.`,
		deleted: (title: string) => `Deleted “${title}” from this browser; the built-in scenario is open.`,

		// Why a file is refused (scenario-source.ts, also said by the import worker).
		notKeptName: (value: string) => `Ignored scenario=${value}: that is not the name of a kept scenario.`,
		notAnAddress: (value: string) => `Ignored scenario=${value}: it is not a web address.`,
		otherSite: (value: string, host: string) => `Ignored scenario=${value}: this map opens only files from its own site (${host}), so it works offline and sends nothing elsewhere.`,
		fileTooLarge: (name: string, megabytes: number, limit: number) =>
			`“${name}” is ${formatNumber(megabytes)} MB; this map opens files up to ${limit} MB, because reading one takes several times its size in memory and a larger one could crash the tab. Split it, or keep only the columns you need.`,
		tooManyItems: (name: string, count: number, limit: number) =>
			`“${name}” has ${formatNumber(count)} items; this map opens up to ${formatNumber(limit)} at a time, because a larger scenario can run this browser tab out of memory. Split the file by date or area, or keep only the rows you need.`,
		tooManyFigures: (name: string, count: number, limit: number, itemLimit: number) =>
			`“${name}” has ${formatNumber(count)} items drawn as areas, lines, tracks or symbols; this map draws up to ${formatNumber(limit)} of those (and up to ${formatNumber(itemLimit)} plain points), because more can run this browser tab out of memory. Split the file by date or area.`,

		// Why a scenario could not be kept (keep.ts), "…: <reason>".
		noRoom: 'this browser has no room left for it',
		notAllowed: 'this browser does not allow saving here (a private window, or storage switched off)',
		refused: (reason: string) => `this browser refused to save it (${reason})`
	},
	{
		heading: 'Escenarios',
		close: 'Cerrar escenarios',
		openFile: 'Abrir un archivo…',
		newScenario: 'Nuevo escenario',
		formats:
			'Hojas de cálculo (CSV, TSV, Excel .xlsx) con una fecha y un lugar en cada fila, GeoJSON, KML o KMZ, recorridos GPX, o un escenario descargado de este mapa. También puede soltar un archivo sobre el mapa, o pegar una tabla o GeoJSON con Ctrl+V.',
		inThisBrowser: 'En este navegador',
		toOpen: 'Escenarios para abrir',
		builtInTitle: 'Despliegue militar de EE. UU. cerca de Venezuela, 2025',
		builtIn: 'incluido',
		openNow: 'abierto ahora',
		open: 'Abrir',
		keptLine: (from: string, items: number, when: string) => `${from} · ${formatNumber(items)} ${plural(items, { one: 'elemento', other: 'elementos' })} · guardado el ${when}`,
		confirmDelete: (title: string) => `¿Eliminar “${title}” de este navegador?`,
		delete: 'Eliminar',
		keep: 'Conservar',
		download: 'Descargar',
		deleteAsk: 'Eliminar…',
		downloadShown: 'Descargar este escenario',
		downloadHint: 'Un solo archivo con todo: ábralo aquí o en otro navegador, o envíelo a un colega.',

		drop: 'Suelte el archivo para abrirlo como escenario',

		stages: { reading: 'Leyendo el archivo', converting: 'Leyendo las filas', checking: 'Revisando cada elemento', taking: 'Incorporando los elementos' },
		starting: 'Iniciando',
		opening: (file: string) => `Abriendo “${file}”`,
		progress: (done: number, total: number, rows: boolean) => `${formatNumber(done)} de ${formatNumber(total)} ${rows ? 'filas' : 'elementos'}`,
		mapStays: 'El mapa se queda como estaba hasta que el nuevo escenario esté listo.',
		cancel: 'Cancelar',
		couldNotOpen: (file: string) => `No se pudo abrir “${file}”`,
		nothingChanged: 'No cambió nada: el escenario del mapa sigue abierto.',
		closeDialog: 'Cerrar',
		openTable: (file: string) => `Abrir “${file}”`,
		tableSummary: (rows: number, columns: number) =>
			`${formatNumber(rows)} ${plural(rows, { one: 'fila', other: 'filas' })}, ${formatNumber(columns)} ${plural(columns, { one: 'columna', other: 'columnas' })}. Revise qué dato da cada columna; las más probables ya están elegidas. Las filas que no se puedan leer se dejan fuera y se enumeran en un informe.`,
		title: 'Título',
		notInFile: '— no está en el archivo —',
		oneDay: 'Los elementos sin fecha de fin están en el mapa solo en su propio día (desmarque para mantenerlos hasta el final)',
		askOrder: '¿Cómo están escritas las fechas? Una fecha como 03/04/2025 se puede leer de dos maneras.',
		dayFirst: 'Primero el día: 03/04/2025 es el 3 de abril',
		monthFirst: 'Primero el mes: 03/04/2025 es el 4 de marzo',
		previewHeading: 'Las primeras filas tal como se leerán',
		columns: { where: 'Dónde', name: 'Nombre', start: 'Inicio', end: 'Fin', category: 'Categoría', position: 'Posición' },
		readProblems: (count: number) => `${formatNumber(count)} ${plural(count, { one: 'problema', other: 'problemas' })} al leer el archivo; estarán en el informe.`,
		missingDate: 'Elija la columna con la fecha de cada elemento.',
		missingPosition: 'Elija las columnas de latitud y longitud, o una columna de geometría WKT.',
		missingOrder: 'Indique cómo están escritas las fechas.',

		keptScenario: 'el escenario guardado',
		pastedText: 'texto pegado',
		theScenario: 'el escenario',
		untitled: 'Escenario sin título',
		madeHere: 'creado en este navegador',
		copyTitle: (title: string) => `${title} (su copia)`,
		noLongerKeptToEdit: 'Este escenario ya no está guardado en este navegador; abra de nuevo su archivo para editarlo.',
		noLongerKeptToDownload: 'Este escenario ya no está guardado en este navegador; abra de nuevo su archivo para descargarlo.',
		editingCopy: (copy: string, original: string) => `Está editando su copia, “${copy}”; “${original}” queda como estaba.`,
		blankStarted: 'Un escenario nuevo: agregue elementos haciendo clic en el mapa y divida la historia en fases en Fases.',
		couldNotKeepToEdit: (failure: string) => `No se pudo guardar un escenario para editarlo: ${failure}.`,
		siteAnswered: (status: number, statusText: string) => `el sitio respondió ${status} ${statusText}`.trim(),
		couldNotFetch: (path: string, reason: string) => `No se pudo descargar ${path}: ${reason}.`,
		cancelledOpening: (file: string) => `Se canceló la apertura de “${file}”: no cambió nada.`,
		opened: (title: string, items: number, skipped: number) =>
			`Se abrió “${title}”: ${formatNumber(items)} ${plural(items, { one: 'elemento', other: 'elementos' })}${skipped ? `; ${formatNumber(skipped)} ${plural(skipped, { one: 'quedó fuera', other: 'quedaron fuera' })} (vea el informe)` : ''}.`,
		earlierNotKept: (failure: string) => `Un escenario abierto antes no se pudo guardar en este navegador: ${failure}.`,
		openNotKept: (title: string | undefined, failure: string) =>
			`“${title}” está abierto pero no guardado en este navegador: ${failure}. Use Escenarios → Descargar este escenario para conservar una copia.`,
		deleted: (title: string) => `Se eliminó “${title}” de este navegador; está abierto el escenario incluido.`,

		notKeptName: (value: string) => `Se ignoró scenario=${value}: no es el nombre de un escenario guardado.`,
		notAnAddress: (value: string) => `Se ignoró scenario=${value}: no es una dirección web.`,
		otherSite: (value: string, host: string) =>
			`Se ignoró scenario=${value}: este mapa solo abre archivos de su propio sitio (${host}), para funcionar sin conexión y no enviar nada a otra parte.`,
		fileTooLarge: (name: string, megabytes: number, limit: number) =>
			`“${name}” pesa ${formatNumber(megabytes)} MB; este mapa abre archivos de hasta ${formatNumber(limit)} MB, porque leer uno ocupa varias veces su tamaño en memoria y uno más grande podría bloquear la pestaña. Divídalo, o conserve solo las columnas que necesite.`,
		tooManyItems: (name: string, count: number, limit: number) =>
			`“${name}” tiene ${formatNumber(count)} elementos; este mapa abre hasta ${formatNumber(limit)} a la vez, porque un escenario más grande puede dejar sin memoria esta pestaña del navegador. Divida el archivo por fecha o por zona, o conserve solo las filas que necesite.`,
		tooManyFigures: (name: string, count: number, limit: number, itemLimit: number) =>
			`“${name}” tiene ${formatNumber(count)} elementos dibujados como zonas, líneas, recorridos o símbolos; este mapa dibuja hasta ${formatNumber(limit)} de ellos (y hasta ${formatNumber(itemLimit)} puntos simples), porque más pueden dejar sin memoria esta pestaña del navegador. Divida el archivo por fecha o por zona.`,

		noRoom: 'este navegador no tiene espacio para guardarlo',
		notAllowed: 'este navegador no permite guardar aquí (una ventana privada, o el almacenamiento desactivado)',
		refused: (reason: string) => `este navegador se negó a guardarlo (${reason})`
	}
);
