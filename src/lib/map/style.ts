import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { mapText } from '../i18n/map-text';
import { locale } from '../i18n/locale';

/** Font stacks for map text. With no `glyphs` URL, MapLibre draws text with these CSS font families. */
export const MAP_FONTS = {
	regular: ['Noto Sans Regular'],
	bold: ['Noto Sans Bold'],
	italic: ['Noto Sans Italic']
} as const;

export const BASEMAP_COLORS = {
	water: '#c9dbe6',
	land: '#f5f2ea',
	focusLand: '#ede3cf',
	coast: '#7f9cb0',
	border: '#a08d74',
	label: '#2d3742',
	seaLabel: '#4d7591',
	halo: 'rgba(255,255,255,0.92)'
} as const;

/** City label size, larger for a projector, where nothing is below 16 px. */
export function cityLabelSize(large: boolean): ExpressionSpecification {
	return ['match', ['get', 'kind'], 'capital', large ? 18 : 13, large ? 16 : 12];
}

/** Country label size by rank, larger for a projector. */
export function countryLabelSize(large: boolean): ExpressionSpecification {
	return ['match', ['get', 'rank'], 1, large ? 20 : 14, 2, large ? 17 : 12, large ? 16 : 11];
}

/** Sea label size by rank, larger for a projector. */
export function seaLabelSize(large: boolean): ExpressionSpecification {
	return ['match', ['get', 'rank'], 1, large ? 20 : 16, 2, large ? 17 : 13, large ? 16 : 12];
}

/** The basemap's names, drawn above a scenario so that no scenario label ever hides them. */
export const BASEMAP_LABEL_LAYERS = ['sea-labels', 'country-labels', 'city-labels', 'city-dots'];

/** Where the name of a country too small to hold it stands: above it, else below. */

/** A basemap label in the reader's language: the basemap gives each place its Spanish name too (`name_es`). */
function placeName(): ExpressionSpecification {
	return locale() === 'es' ? ['coalesce', ['get', 'name_es'], ['get', 'name']] : ['get', 'name'];
}
const BESIDE_PLACES = ['bottom', [0, -1.2], 'top', [0, 1.2]];

/** The country the scenario is about, tinted so the eye finds it first. */
const FOCUS_COUNTRY = 'Venezuela';

/** The basemap's credit in the reader's language. */
export function basemapAttribution(): string {
	return mapText().basemapAttribution;
}

/** What the detailed basemap covers (west, south, east, north); `npm run basemap` clips it to this. */
export const DETAILED_BASEMAP_BOUNDS = [-100, -5, -45, 46] as const;

/** The region the map shows when no scenario says otherwise: the Caribbean. */
export const CARIBBEAN: [number, number, number, number] = [-88, 7, -58, 27];

/** Whether anything in `bounds` lies beyond the detailed basemap, so the light world layer is needed. */
export function needsWorldBasemap(bounds: readonly (readonly [number, number, number, number])[]): boolean {
	const [west, south, east, north] = DETAILED_BASEMAP_BOUNDS;
	return bounds.some(([w, s, e, n]) => w < west || s < south || e > east || n > north);
}

/** The land fill, the same expression in both basemap layers so they share one compiled program. */
const LAND_FILL: ExpressionSpecification = ['case', ['==', ['get', 'name'], FOCUS_COUNTRY], BASEMAP_COLORS.focusLand, BASEMAP_COLORS.land];
const COAST_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4];
const BORDER_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1.6];
const kindIs = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];

/**
 * The light world (Natural Earth 1:110m) outside the detailed basemap's rectangle, for a scenario
 * that reaches beyond it: land, coast, borders and a few names, drawn under the detailed layers
 * with the same paint so they look as one map.
 */
export function worldBasemap(dataUrl: (path: string) => string): { source: SourceSpecification; layers: LayerSpecification[] } {
	const source: SourceSpecification = { type: 'geojson', data: dataUrl('basemap/world.geojson') };
	return {
		source,
		layers: [
			{ id: 'world-land', type: 'fill', source: 'world', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': LAND_FILL } },
			{ id: 'world-coast', type: 'line', source: 'world', filter: kindIs('coast'), paint: { 'line-color': BASEMAP_COLORS.coast, 'line-width': COAST_WIDTH } },
			{ id: 'world-borders', type: 'line', source: 'world', filter: kindIs('border'), paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': BORDER_WIDTH, 'line-dasharray': [3, 1.5] } },
			{
				id: 'world-labels',
				type: 'symbol',
				source: 'world',
				filter: ['in', ['get', 'kind'], ['literal', ['country', 'sea']]],
				minzoom: 2,
				layout: {
					'text-field': placeName(),
					'text-font': ['case', kindIs('sea'), ['literal', [...MAP_FONTS.italic]], ['literal', [...MAP_FONTS.bold]]],
					'text-size': countryLabelSize(false),
					'text-letter-spacing': 0.12,
					'text-max-width': 8,
					// Where names compete, the larger countries' are placed first.
					'symbol-sort-key': ['get', 'rank']
				},
				paint: { 'text-color': ['case', kindIs('sea'), BASEMAP_COLORS.seaLabel, '#7a6a55'], 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.2 }
			}
		]
	};
}

/**
 * The offline basemap: land, coastline, borders and place names, all from files served by the app
 * itself. `dataUrl` maps a path under geodata/ to the URL it is served at.
 */
export function basemapStyle(dataUrl: (path: string) => string): StyleSpecification {
	return {
		version: 8,
		sources: {
			land: { type: 'geojson', data: dataUrl('basemap/land.geojson'), attribution: basemapAttribution() },
			borders: { type: 'geojson', data: dataUrl('basemap/borders.geojson') },
			places: { type: 'geojson', data: dataUrl('basemap/places.geojson') }
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
			{
				id: 'land',
				type: 'fill',
				source: 'land',
				paint: { 'fill-color': LAND_FILL }
			},
			{
				id: 'coast',
				type: 'line',
				source: 'borders',
				filter: kindIs('coast'),
				paint: { 'line-color': BASEMAP_COLORS.coast, 'line-width': COAST_WIDTH }
			},
			{
				id: 'borders',
				type: 'line',
				source: 'borders',
				filter: kindIs('border'),
				paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': BORDER_WIDTH, 'line-dasharray': [3, 1.5] }
			},
			{
				id: 'sea-labels',
				type: 'symbol',
				source: 'places',
				filter: ['==', ['get', 'kind'], 'sea'],
				minzoom: 2,
				layout: {
					'text-field': placeName(),
					'text-font': [...MAP_FONTS.italic],
					'text-size': seaLabelSize(false),
					'text-letter-spacing': 0.15,
					'text-max-width': 8
				},
				paint: { 'text-color': BASEMAP_COLORS.seaLabel, 'text-halo-color': 'rgba(201,219,230,0.8)', 'text-halo-width': 1 }
			},
			{
				id: 'city-labels',
				type: 'symbol',
				source: 'places',
				filter: ['all', ['!=', ['get', 'kind'], 'country'], ['!=', ['get', 'kind'], 'sea'], ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4, 2, 5, 3, 6, 4]]],
				layout: {
					'text-field': placeName(),
					'text-font': [...MAP_FONTS.regular],
					'text-size': cityLabelSize(false),
					// Beside the dot, right of it first; a city's name moves rather than goes.
					'text-variable-anchor-offset': ['left', [0.6, 0], 'right', [-0.6, 0], 'top', [0, 0.5], 'bottom', [0, -0.5]],
					'text-optional': false,
					'symbol-sort-key': ['get', 'rank']
				},
				paint: { 'text-color': BASEMAP_COLORS.label, 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.4 }
			},
			{
				// Above the cities' names, so placed before them: the countries the scenario is about are named first.
				id: 'country-labels',
				type: 'symbol',
				source: 'places',
				filter: [
					'all',
					['==', ['get', 'kind'], 'country'],
					['<=', ['get', 'rank'], ['step', ['zoom'], 1, 3.5, 2, 4.5, 3, 5.5, 4]],
					// Filters see the tile's whole zoom: from 5 a large country's name moves to where a close view still shows it.
					['!=', ['get', 'zoomed'], ['step', ['zoom'], 'in', 5, 'out']]
				],
				layout: {
					'text-field': placeName(),
					'text-font': [...MAP_FONTS.bold],
					'text-size': countryLabelSize(false),
					'text-letter-spacing': 0.12,
					// On one line when it stands beside the land over open water.
					'text-max-width': ['case', ['has', 'beside'], 20, 7],
					// Over the land, or above it (else below) when a city's name is there; an island (`beside`)
					// too small for both its name and its capital's is named above or below, never over it.
					'text-variable-anchor-offset': ['case', ['has', 'beside'], ['literal', BESIDE_PLACES], ['literal', ['center', [0, 0], ...BESIDE_PLACES]]],
					'symbol-sort-key': ['case', ['has', 'focus'], 0, ['get', 'rank']]
				},
				paint: { 'text-color': '#7a6a55', 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.2 }
			},
			{
				id: 'city-dots',
				type: 'circle',
				source: 'places',
				filter: ['all', ['!=', ['get', 'kind'], 'country'], ['!=', ['get', 'kind'], 'sea'], ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4, 2, 5, 3, 6, 4]]],
				paint: {
					'circle-radius': ['match', ['get', 'kind'], 'capital', 3.5, 2.5],
					'circle-color': ['match', ['get', 'kind'], 'capital', '#ffffff', BASEMAP_COLORS.label],
					'circle-stroke-color': BASEMAP_COLORS.label,
					'circle-stroke-width': ['match', ['get', 'kind'], 'capital', 1.5, 0]
				}
			}
		]
	};
}
