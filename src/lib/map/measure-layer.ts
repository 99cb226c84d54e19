import { greatCircle } from '@turf/turf';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

const SOURCE = 'measure';
const COLOR = '#d6336c';

/** Draws a measured path: its points and the great-circle legs between them. */
export class MeasureLayer {
	readonly #map: MapLibreMap;

	constructor(map: MapLibreMap) {
		this.#map = map;
		map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
		map.addLayer({ id: 'measure-line', type: 'line', source: SOURCE, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': COLOR, 'line-width': 2.5 } });
		map.addLayer({
			id: 'measure-points',
			type: 'circle',
			source: SOURCE,
			filter: ['==', ['geometry-type'], 'Point'],
			paint: { 'circle-radius': 5, 'circle-color': '#fff', 'circle-stroke-color': COLOR, 'circle-stroke-width': 2.5 }
		});
	}

	show(points: readonly [number, number][]): void {
		const legs = points.slice(1).map((to, i) => greatCircle(points[i], to, { npoints: 64 }));
		const dots = points.map((at) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: at } }));
		this.#map.getSource<GeoJSONSource>(SOURCE)?.setData({ type: 'FeatureCollection', features: [...legs, ...dots] });
	}

	remove(): void {
		for (const id of ['measure-points', 'measure-line']) this.#map.removeLayer(id);
		this.#map.removeSource(SOURCE);
	}
}
