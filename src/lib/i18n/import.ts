import { localized } from './define.ts';
import { formatNumber } from './format.ts';

/** The fields of an item a column of an imported table can give (see `FieldMapping` in import/mapping.ts). */
type MappedField =
	| 'start'
	| 'end'
	| 'name'
	| 'description'
	| 'category'
	| 'latitude'
	| 'longitude'
	| 'wkt'
	| 'radiusKm'
	| 'sourceUrl'
	| 'sourceOutlet'
	| 'sourceQuote'
	| 'sourcePublished'
	| 'id';

/** The kinds of fatal problem that skip rows, as `nothingLoaded` in import/mapping.ts counts them. */
type SkipCause = 'start' | 'position' | 'latitude' | 'longitude' | 'wkt';

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SPANISH_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** Every number in a Spanish message as written, without rounding away the decimals a file gave. */
const exactly = (value: number) => formatNumber(value, { maximumFractionDigits: 20 });

/**
 * Importing a table or a map file: the mapping step's fields and preview, what is wrong with a row
 * (import/mapping.ts, import/dates.ts), and what the import worker and its page side say
 * (import.worker.ts, importer.ts). A row's problems follow its place ("events.csv, row 12, column
 * "Date": …"), so most start in lower case. Reading the file itself is in import-files.ts.
 */
export const importText = localized(
	'import',
	{
		/** The mapping step's fields: each one's label, and what it does to the map. */
		fields: {
			start: { label: 'Start date', hint: 'The day the item appears on the map. Required.' },
			end: { label: 'End date', hint: 'The last day it is on the map; without one it stays to the end.' },
			name: { label: 'Name', hint: 'Its label on the map.' },
			description: { label: 'Description', hint: 'What the detail panel says about it.' },
			category: { label: 'Category', hint: 'Groups items in the legend, each group in its own colour.' },
			latitude: { label: 'Latitude', hint: 'Degrees north, −90 to 90 (18.46 or 18,46).' },
			longitude: { label: 'Longitude', hint: 'Degrees east, −180 to 180 (west is negative).' },
			wkt: { label: 'Geometry (WKT)', hint: 'A shape written as WKT, like POINT (-66.1 18.4), instead of latitude and longitude.' },
			radiusKm: { label: 'Radius (km)', hint: 'How far from the position it may be; marks the position approximate.' },
			sourceUrl: { label: 'Source URL', hint: 'The web page it comes from, starting http:// or https://.' },
			sourceOutlet: { label: 'Outlet', hint: 'Who published the source; the web site’s name when left out.' },
			sourceQuote: { label: 'Quote', hint: 'The words of the source that support the item.' },
			sourcePublished: { label: 'Published', hint: 'The day the source was published.' },
			id: { label: 'ID', hint: 'A unique id, for links to the item; made from the row number when left out.' }
		} satisfies Record<MappedField, { label: string; hint: string }>,

		// ——— Dates in a cell (dates.ts) ———
		noDate: 'no date',
		numberNotDate: (value: string) => `"${value}" is a number, not a date; write it as YYYY-MM-DD`,
		noSuchMonth: (value: string, month: number) => `"${value}" is not a date: no month ${month}`,
		noSuchMonthName: (value: string, month: string) => `"${value}" is not a date: no month “${month}”`,
		noDayZero: (value: string) => `"${value}" is not a date: no day 0`,
		monthLength: (value: string, month: number, year: number, days: number) => `"${value}" is not a date: ${ENGLISH_MONTHS[month - 1]} ${year} has ${days} days`,
		notHalfDayTime: (value: string, hour: number, half: string) => `"${value}" is not a date: ${hour} ${half}m is not a time of day`,
		notTime: (value: string, time: string) => `"${value}" is not a date: ${time} is not a time of day`,
		notZone: (value: string, zone: string) => `"${value}" is not a date: ${zone} is not a time zone`,
		unknownDateForm: (value: string) => `"${value}" is not a date written as YYYY-MM-DD, DD/MM/YYYY or “4 March 2025”`,

		// ——— A row's problems (mapping.ts) ———
		eitherWayRound: (value: string) => `"${value}" could be day/month or month/day; choose which comes first`,
		readAgainstColumn: (value: string, day: string, dayFirst: boolean) =>
			`"${value}" was read as ${day}, ${dayFirst ? 'day' : 'month'} first, but most dates in this column put ${dayFirst ? 'the month' : 'the day'} first; check it`,
		noStartColumn: 'no start date: choose the column that gives it',
		endsBeforeStart: (end: string, start: string) => `ends (${end}) before it starts (${start}); the end is left out`,
		nameShortened: (length: number, limit: number) => `the name is ${length} characters long; shortened to ${limit}`,
		descriptionShortened: (length: number, limit: number) => `the description is ${length} characters long; shortened to ${limit}`,
		quoteShortened: (length: number, limit: number) => `the quote is ${length} characters long; shortened to ${limit}`,
		badRadius: (value: string, limit: number) => `"${value}" is not a radius in km between 0 and ${limit}; the position is taken as exact`,
		radiusNotPoint: (type: string) => `a radius applies only to a point, not a ${type}; left out`,
		ringClosed: 'a polygon ring did not end where it started; closed it',
		notWkt: (value: string) => `"${value}" is not WKT (like POINT (-66.1 18.4))`,
		noWkt: 'no WKT geometry',
		noGeometry: 'has no geometry in the file',
		noPositionColumns: 'no position: choose the Latitude and Longitude columns, or a WKT column',
		noLatitudeColumn: 'no position: choose the Latitude column too',
		noLongitudeColumn: 'no position: choose the Longitude column too',
		noLatitude: 'no latitude',
		notLatitude: (value: string) => `"${value}" is not a latitude in degrees`,
		noLongitude: 'no longitude',
		notLongitude: (value: string) => `"${value}" is not a longitude in degrees`,
		latitudeBeyond: (latitude: number, swapped: boolean) => `latitude ${latitude} is beyond ±90${swapped ? '; are the latitude and longitude columns swapped?' : ''}`,
		longitudeBeyond: (longitude: number) => `longitude ${longitude} is beyond ±180`,
		pointOutOfRange: 'the point has a position that is not [longitude, latitude] within ±180 and ±90 degrees',
		lineOutOfRange: 'the line has a position that is not [longitude, latitude] within ±180 and ±90 degrees',
		trackOutOfRange: 'the track has a position that is not [longitude, latitude] within ±180 and ±90 degrees',
		polygonOutOfRange: 'the polygon has a position that is not [longitude, latitude] within ±180 and ±90 degrees, or a ring has fewer than 3 corners',
		multiPolygonOutOfRange: 'the MultiPolygon has a position that is not [longitude, latitude] within ±180 and ±90 degrees, or a ring has fewer than 3 corners',
		lineTooShort: 'a line needs at least 2 positions',
		noPolygons: 'the MultiPolygon has no polygons',
		multiPoint: 'a MultiPoint (several points in one item) is not supported; give each point its own row or feature',
		multiLine: 'a MultiLineString (several lines in one item) without times is not supported; join them into one line or give each line its own feature',
		collection: 'a GeometryCollection (several shapes in one item) is not supported; give each shape its own feature',
		unknownGeometry: (type: string) => `"${type}" is not a geometry type the map can show (Point, LineString, Polygon, MultiPolygon)`,
		quoteWithoutSource: 'a quote without the address of its source is left out',
		notWebAddress: (value: string) => `"${value}" is not a web address starting http:// or https://; the source is left out`,
		idUsed: (id: string, firstUse: string) => `the id "${id}" is already used by ${firstUse}; this row gets its own`,
		moreRows: (more: number, first: string, message: string) => `${formatNumber(more)} more rows have the same kind of problem as ${first} (“${message}”); they are not listed`,
		nothingLoaded: (why: string) => `no row could be loaded: ${why}`,
		noRows: 'the file has no rows',
		noneUsable: (total: number) => `none of its ${formatNumber(total)} rows has a usable date and position`,
		skippedBecause: {
			start: 'have no usable start date',
			position: 'have no usable position',
			latitude: 'have no usable latitude',
			longitude: 'have no usable longitude',
			wkt: 'have no usable WKT geometry',
			other: 'have a problem'
		} satisfies Record<SkipCause | 'other', string>,
		rowsSkipped: (count: number, total: number, because: string, column: string | undefined, first: string, message: string) =>
			`${formatNumber(count)} of ${formatNumber(total)} rows ${because}${column === undefined ? '' : ` (column “${column}”)`}; the first, ${first}: ${message}`,

		// ——— What an imported item says of itself ———
		/** The one category of a table without a category column, and of rows with none in it. */
		items: 'Items',
		other: 'Other',
		untitled: (where: string) => `Untitled (${where})`,
		radiusNote: (column: string) => `Radius from the file's column “${column}”.`,
		importedTitle: 'Imported data',

		// ——— The mapping step's preview of where a row is ———
		trackOver: (days: number) => `track over ${days} days`,
		pointAt: (latitude: number, longitude: number, radiusKm: number | undefined) =>
			`${latitude.toFixed(4)}, ${longitude.toFixed(4)}${radiusKm === undefined ? '' : ` (±${radiusKm} km)`}`,
		lineOf: (positions: number) => `line of ${positions} positions`,
		areaOf: (corners: number) => `area of ${corners} corners`,
		areas: (count: number) => `${count} areas`,

		// ——— The import worker and the page's side of it ———
		noRowsToRead: (file: string) => `“${file}” has no rows to read.`,
		noRowsToReadBecause: (file: string, why: string) => `“${file}” has no rows to read: ${why}`,
		noFileWaiting: 'There is no file waiting to be opened; open it again.',
		nothingOpened: (file: string) => `Nothing in “${file}” could be opened.`,
		nothingOpenedFor: (file: string, row: string, column: string | undefined, message: string) =>
			`Nothing in “${file}” could be opened; for example ${row}${column ? `, column “${column}”` : ''}: ${message}`,
		notAScenario: (file: string, problems: string) => `“${file}” is not a scenario this map can open: ${problems}`,
		noSuchKept: 'This browser has no such kept scenario: it was deleted, or the link comes from another browser. Ask for the file instead.',
		keptUnopenable: (title: string, problems: string) => `The kept scenario “${title}” can no longer be opened: ${problems}`,
		cancelled: 'Cancelled: nothing was opened.',
		stopped: (why: string) => `The import stopped: ${why}.`,
		stoppedByBrowser: 'The import stopped: the browser ended it, perhaps out of memory.',
		unexpectedAnswer: (type: string) => `Unexpected answer from the import worker: ${type}`
	},
	{
		fields: {
			start: { label: 'Fecha de inicio', hint: 'El día en que el elemento aparece en el mapa. Obligatoria.' },
			end: { label: 'Fecha de fin', hint: 'El último día en que está en el mapa; sin ella, permanece hasta el final.' },
			name: { label: 'Nombre', hint: 'Su etiqueta en el mapa.' },
			description: { label: 'Descripción', hint: 'Lo que dice de él el panel de detalles.' },
			category: { label: 'Categoría', hint: 'Agrupa los elementos en la leyenda, cada grupo con su propio color.' },
			latitude: { label: 'Latitud', hint: 'Grados norte, de −90 a 90 (18.46 o 18,46).' },
			longitude: { label: 'Longitud', hint: 'Grados este, de −180 a 180 (el oeste es negativo).' },
			wkt: { label: 'Geometría (WKT)', hint: 'Una forma escrita en WKT, como POINT (-66.1 18.4), en lugar de latitud y longitud.' },
			radiusKm: { label: 'Radio (km)', hint: 'A qué distancia de la posición puede estar; marca la posición como aproximada.' },
			sourceUrl: { label: 'URL de la fuente', hint: 'La página web de la que procede, que empieza por http:// o https://.' },
			sourceOutlet: { label: 'Medio', hint: 'Quién publicó la fuente; si se omite, el nombre del sitio web.' },
			sourceQuote: { label: 'Cita', hint: 'Las palabras de la fuente que respaldan el elemento.' },
			sourcePublished: { label: 'Publicación', hint: 'El día en que se publicó la fuente.' },
			id: { label: 'ID', hint: 'Un id único, para los enlaces al elemento; si se omite, se crea a partir del número de fila.' }
		},

		noDate: 'sin fecha',
		numberNotDate: (value: string) => `"${value}" es un número, no una fecha; escríbala como AAAA-MM-DD`,
		noSuchMonth: (value: string, month: number) => `"${value}" no es una fecha: no existe el mes ${month}`,
		noSuchMonthName: (value: string, month: string) => `"${value}" no es una fecha: no existe el mes “${month}”`,
		noDayZero: (value: string) => `"${value}" no es una fecha: no existe el día 0`,
		monthLength: (value: string, month: number, year: number, days: number) => `"${value}" no es una fecha: ${SPANISH_MONTHS[month - 1]} de ${year} tiene ${days} días`,
		notHalfDayTime: (value: string, hour: number, half: string) => `"${value}" no es una fecha: ${hour} ${half}m no es una hora del día`,
		notTime: (value: string, time: string) => `"${value}" no es una fecha: ${time} no es una hora del día`,
		notZone: (value: string, zone: string) => `"${value}" no es una fecha: ${zone} no es una zona horaria`,
		unknownDateForm: (value: string) => `"${value}" no es una fecha escrita como AAAA-MM-DD, DD/MM/AAAA o “4 de marzo de 2025”`,

		eitherWayRound: (value: string) => `"${value}" podría ser día/mes o mes/día; elija cuál va primero`,
		readAgainstColumn: (value: string, day: string, dayFirst: boolean) =>
			`"${value}" se leyó como ${day}, con el ${dayFirst ? 'día' : 'mes'} primero, pero la mayoría de las fechas de esta columna ponen primero el ${dayFirst ? 'mes' : 'día'}; revísela`,
		noStartColumn: 'sin fecha de inicio: elija la columna que la indica',
		endsBeforeStart: (end: string, start: string) => `termina (${end}) antes de empezar (${start}); se omite el final`,
		nameShortened: (length: number, limit: number) => `el nombre tiene ${formatNumber(length)} caracteres; se acortó a ${formatNumber(limit)}`,
		descriptionShortened: (length: number, limit: number) => `la descripción tiene ${formatNumber(length)} caracteres; se acortó a ${formatNumber(limit)}`,
		quoteShortened: (length: number, limit: number) => `la cita tiene ${formatNumber(length)} caracteres; se acortó a ${formatNumber(limit)}`,
		badRadius: (value: string, limit: number) => `"${value}" no es un radio en km entre 0 y ${formatNumber(limit)}; la posición se toma como exacta`,
		radiusNotPoint: (type: string) => `un radio solo se aplica a un punto, no a un ${type}; se omite`,
		ringClosed: 'un anillo de polígono no terminaba donde empezaba; se cerró',
		notWkt: (value: string) => `"${value}" no es WKT (como POINT (-66.1 18.4))`,
		noWkt: 'sin geometría WKT',
		noGeometry: 'no tiene geometría en el archivo',
		noPositionColumns: 'sin posición: elija las columnas Latitud y Longitud, o una columna WKT',
		noLatitudeColumn: 'sin posición: elija también la columna Latitud',
		noLongitudeColumn: 'sin posición: elija también la columna Longitud',
		noLatitude: 'sin latitud',
		notLatitude: (value: string) => `"${value}" no es una latitud en grados`,
		noLongitude: 'sin longitud',
		notLongitude: (value: string) => `"${value}" no es una longitud en grados`,
		latitudeBeyond: (latitude: number, swapped: boolean) =>
			`la latitud ${exactly(latitude)} supera ±90${swapped ? '; ¿están intercambiadas las columnas de latitud y longitud?' : ''}`,
		longitudeBeyond: (longitude: number) => `la longitud ${exactly(longitude)} supera ±180`,
		pointOutOfRange: 'el punto tiene una posición que no es [longitud, latitud] dentro de ±180 y ±90 grados',
		lineOutOfRange: 'la línea tiene una posición que no es [longitud, latitud] dentro de ±180 y ±90 grados',
		trackOutOfRange: 'el trayecto tiene una posición que no es [longitud, latitud] dentro de ±180 y ±90 grados',
		polygonOutOfRange: 'el polígono tiene una posición que no es [longitud, latitud] dentro de ±180 y ±90 grados, o un anillo tiene menos de 3 esquinas',
		multiPolygonOutOfRange: 'el MultiPolygon tiene una posición que no es [longitud, latitud] dentro de ±180 y ±90 grados, o un anillo tiene menos de 3 esquinas',
		lineTooShort: 'una línea necesita al menos 2 posiciones',
		noPolygons: 'el MultiPolygon no tiene polígonos',
		multiPoint: 'no se admite un MultiPoint (varios puntos en un elemento); dé a cada punto su propia fila o elemento',
		multiLine: 'no se admite un MultiLineString (varias líneas en un elemento) sin horas; únalas en una sola línea o dé a cada línea su propio elemento',
		collection: 'no se admite un GeometryCollection (varias formas en un elemento); dé a cada forma su propio elemento',
		unknownGeometry: (type: string) => `"${type}" no es un tipo de geometría que el mapa pueda mostrar (Point, LineString, Polygon, MultiPolygon)`,
		quoteWithoutSource: 'se omite una cita sin la dirección de su fuente',
		notWebAddress: (value: string) => `"${value}" no es una dirección web que empiece por http:// o https://; se omite la fuente`,
		idUsed: (id: string, firstUse: string) => `el id "${id}" ya lo usa ${firstUse}; esta fila recibe uno propio`,
		moreRows: (more: number, first: string, message: string) => `${formatNumber(more)} filas más tienen el mismo tipo de problema que ${first} (“${message}”); no se enumeran`,
		nothingLoaded: (why: string) => `no se pudo cargar ninguna fila: ${why}`,
		noRows: 'el archivo no tiene filas',
		noneUsable: (total: number) => `ninguna de sus ${formatNumber(total)} filas tiene una fecha y una posición utilizables`,
		skippedBecause: {
			start: 'no tienen una fecha de inicio utilizable',
			position: 'no tienen una posición utilizable',
			latitude: 'no tienen una latitud utilizable',
			longitude: 'no tienen una longitud utilizable',
			wkt: 'no tienen una geometría WKT utilizable',
			other: 'tienen un problema'
		},
		rowsSkipped: (count: number, total: number, because: string, column: string | undefined, first: string, message: string) =>
			`${formatNumber(count)} de ${formatNumber(total)} filas ${because}${column === undefined ? '' : ` (columna “${column}”)`}; la primera, ${first}: ${message}`,

		items: 'Elementos',
		other: 'Otros',
		untitled: (where: string) => `Sin título (${where})`,
		radiusNote: (column: string) => `Radio tomado de la columna “${column}” del archivo.`,
		importedTitle: 'Datos importados',

		trackOver: (days: number) => `trayecto de ${formatNumber(days)} días`,
		pointAt: (latitude: number, longitude: number, radiusKm: number | undefined) => {
			const degrees = (value: number) => formatNumber(value, { minimumFractionDigits: 4, maximumFractionDigits: 4, useGrouping: false });
			// A semicolon between them: the comma is each number's decimal mark.
			return `${degrees(latitude)}; ${degrees(longitude)}${radiusKm === undefined ? '' : ` (±${exactly(radiusKm)} km)`}`;
		},
		lineOf: (positions: number) => `línea de ${formatNumber(positions)} posiciones`,
		areaOf: (corners: number) => `área de ${formatNumber(corners)} esquinas`,
		areas: (count: number) => `${formatNumber(count)} áreas`,

		noRowsToRead: (file: string) => `“${file}” no tiene filas que leer.`,
		noRowsToReadBecause: (file: string, why: string) => `“${file}” no tiene filas que leer: ${why}`,
		noFileWaiting: 'No hay ningún archivo esperando a abrirse; ábralo de nuevo.',
		nothingOpened: (file: string) => `No se pudo abrir nada de “${file}”.`,
		nothingOpenedFor: (file: string, row: string, column: string | undefined, message: string) =>
			`No se pudo abrir nada de “${file}”; por ejemplo, ${row}${column ? `, columna “${column}”` : ''}: ${message}`,
		notAScenario: (file: string, problems: string) => `“${file}” no es un escenario que este mapa pueda abrir: ${problems}`,
		noSuchKept: 'Este navegador no tiene ese escenario guardado: se eliminó, o el enlace viene de otro navegador. Pida el archivo.',
		keptUnopenable: (title: string, problems: string) => `El escenario guardado “${title}” ya no se puede abrir: ${problems}`,
		cancelled: 'Cancelado: no se abrió nada.',
		stopped: (why: string) => `La importación se detuvo: ${why}.`,
		stoppedByBrowser: 'La importación se detuvo: el navegador la terminó, quizá por falta de memoria.',
		unexpectedAnswer: (type: string) => `Respuesta inesperada del proceso de importación: ${type}`
	}
);
