import { localized } from './define.ts';
import { formatNumber } from './format.ts';

/** What the map itself writes: distances, labels' position notes, its notices and failures, the measure tool and the radius handle. */
export const mapText = localized(
	'map-text',
	{
		/** "1,234 km (666 nmi)": kilometres for most people, nautical miles for sailors and pilots. */
		distance: (km: string, nauticalMiles: string) => `${km} km (${nauticalMiles} nmi)`,
		/** A map label's second line for a position worked out between reports; `km` is rounded to ten. */
		workedOut: (km: number) => `(worked out, ±${formatNumber(km)} km)`,
		approximate: '(approximate)',
		groupTooLarge: (group: string, members: number, limit: number) =>
			`The group "${group}" has ${formatNumber(members)} members, more than one block on the map holds (${limit}): they are drawn each where it is.`,
		tooManyUnits: (units: number, limit: number) => `This scenario has ${formatNumber(units)} units, more than the map draws as symbols (${formatNumber(limit)}): they are drawn as plain points.`,
		failure: {
			rest: 'The date control, the lists, the events and every item’s details and sources still work.',
			noWebGL: 'This browser cannot draw the map: WebGL is switched off or not available.',
			noWebGLDetail: (rest: string) => `Turn on hardware acceleration (or WebGL) in the browser’s settings, or open this link in another browser. ${rest}`,
			failed: 'The map could not be drawn.',
			failedDetail: (reason: string, rest: string) => `The browser said: ${reason}. ${rest}`
		},
		radius: {
			label: (name: string) => `Radius of “${name}”`,
			within: (km: number) => `within ${formatNumber(km)} km`,
			hint: (within: string) => `${within}: drag to change, or use the arrow keys`,
			km: (km: number) => `${formatNumber(km)} km`
		},
		measure: {
			label: 'Measurement',
			start: 'Measure',
			title: 'Measure a distance',
			clickPoints: (count: number) => `Click points on the map to measure a path (${count} so far).`,
			legs: (count: number) => `${count} ${count === 1 ? 'leg' : 'legs'}, great-circle`,
			clear: 'Clear',
			done: 'Done'
		},
		basemapAttribution: 'Basemap: Natural Earth (public domain)',
		/** MapLibre's own texts on the map's controls (its defaults, in English). */
		maplibre: {
			'Map.Title': 'Map',
			'Marker.Title': 'Map marker',
			'NavigationControl.ZoomIn': 'Zoom in',
			'NavigationControl.ZoomOut': 'Zoom out',
			'AttributionControl.ToggleAttribution': 'Toggle attribution',
			'ScaleControl.Meters': 'm',
			'ScaleControl.Kilometers': 'km',
			'ScaleControl.NauticalMiles': 'nm'
		}
	},
	{
		// "mn": millas náuticas, as Spanish writes them ("200 mn").
		distance: (km: string, nauticalMiles: string) => `${km} km (${nauticalMiles} mn)`,
		workedOut: (km: number) => `(estimada, ±${formatNumber(km)} km)`,
		approximate: '(aproximada)',
		groupTooLarge: (group: string, members: number, limit: number) =>
			`El grupo "${group}" tiene ${formatNumber(members)} miembros, más de los que caben en un bloque del mapa (${formatNumber(limit)}): se dibuja cada uno donde está.`,
		tooManyUnits: (units: number, limit: number) =>
			`Este escenario tiene ${formatNumber(units)} unidades, más de las que el mapa dibuja como símbolos (${formatNumber(limit)}): se dibujan como puntos simples.`,
		failure: {
			rest: 'El control de fecha, las listas, los sucesos y los detalles y las fuentes de cada elemento siguen funcionando.',
			noWebGL: 'Este navegador no puede dibujar el mapa: WebGL está desactivado o no está disponible.',
			noWebGLDetail: (rest: string) => `Active la aceleración por hardware (o WebGL) en la configuración del navegador, o abra este enlace en otro navegador. ${rest}`,
			failed: 'No se pudo dibujar el mapa.',
			failedDetail: (reason: string, rest: string) => `El navegador indicó: ${reason}. ${rest}`
		},
		radius: {
			label: (name: string) => `Radio de “${name}”`,
			within: (km: number) => `radio de ${formatNumber(km)} km`,
			hint: (within: string) => `${within}: arrastre para cambiarlo o use las teclas de flecha`,
			km: (km: number) => `${formatNumber(km)} km`
		},
		measure: {
			label: 'Medición',
			start: 'Medir',
			title: 'Medir una distancia',
			clickPoints: (count: number) => `Haga clic en puntos del mapa para medir un recorrido (${formatNumber(count)} hasta ahora).`,
			legs: (count: number) => `${formatNumber(count)} ${count === 1 ? 'tramo' : 'tramos'}, por círculo máximo`,
			clear: 'Borrar',
			done: 'Terminar'
		},
		basemapAttribution: 'Mapa base: Natural Earth (dominio público)',
		maplibre: {
			'Map.Title': 'Mapa',
			'Marker.Title': 'Marcador del mapa',
			'NavigationControl.ZoomIn': 'Acercar',
			'NavigationControl.ZoomOut': 'Alejar',
			'AttributionControl.ToggleAttribution': 'Mostrar u ocultar la atribución',
			'ScaleControl.Meters': 'm',
			'ScaleControl.Kilometers': 'km',
			'ScaleControl.NauticalMiles': 'mn'
		}
	}
);
