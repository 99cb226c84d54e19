import { circle, destination, distance } from '@turf/turf';
import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import { mapText } from '$lib/i18n/map-text';

const SOURCE = 'radius-preview';
const LAYER = 'radius-preview-line';
/** The smallest and largest radius a handle sets, in km: the schema's limits. */
const MIN_KM = 1;
const MAX_KM = 5000;
/** How much one arrow key press changes the radius: a tenth, so small and large areas both take a few presses. */
const KEY_STEP = 0.1;

/** A radius as the handle sets it: whole kilometres, within the schema's limits. */
export function roundedRadius(km: number): number {
	return Math.min(MAX_KM, Math.max(MIN_KM, Math.round(km)));
}

/** The radius one arrow key press makes of `km`: a tenth more or less, by at least a kilometre. */
export function steppedRadius(km: number, direction: 1 | -1): number {
	return roundedRadius(km + direction * Math.max(1, km * KEY_STEP));
}

/**
 * A handle on the edge of a point's area (while editing): dragging it, or the arrow keys with it
 * focused, sets the radius, and the circle follows the handle while it is dragged. `onSet` hears
 * each radius chosen; the caller moves the handle with `update` when the item is redrawn.
 */
export class RadiusHandle {
	readonly #map: MapLibreMap;
	readonly #marker: Marker;
	readonly #element: HTMLElement;
	#center: [number, number];
	#km: number;

	constructor(map: MapLibreMap, name: string, center: [number, number], km: number, onSet: (km: number) => void) {
		this.#map = map;
		this.#center = center;
		this.#km = km;
		const element = document.createElement('div');
		element.className = 'radius-handle';
		element.tabIndex = 0;
		element.setAttribute('role', 'slider');
		element.setAttribute('aria-label', mapText().radius.label(name));
		element.setAttribute('aria-valuemin', String(MIN_KM));
		element.setAttribute('aria-valuemax', String(MAX_KM));
		this.#element = element;
		this.#marker = new Marker({ element, draggable: true }).setLngLat(this.#edge(km)).addTo(map);
		map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
		map.addLayer({ id: LAYER, type: 'line', source: SOURCE, paint: { 'line-color': '#d6336c', 'line-width': 2, 'line-dasharray': [2, 1] } });
		this.#marker.on('drag', () => this.#preview(this.#draggedKm()));
		this.#marker.on('dragend', () => {
			this.#clearPreview();
			onSet(this.#draggedKm());
		});
		element.addEventListener('keydown', (event) => {
			const direction = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key] as 1 | -1 | undefined;
			if (!direction) return;
			// The keys set the radius, not pan the map.
			event.preventDefault();
			event.stopPropagation();
			onSet(steppedRadius(this.#km, direction));
		});
		this.#label(km);
	}

	/** Moves the handle to an item's centre and radius as now drawn. */
	update(center: [number, number], km: number): void {
		this.#center = center;
		this.#km = km;
		this.#marker.setLngLat(this.#edge(km));
		this.#label(km);
	}

	remove(): void {
		this.#marker.remove();
		if (this.#map.getLayer(LAYER)) this.#map.removeLayer(LAYER);
		if (this.#map.getSource(SOURCE)) this.#map.removeSource(SOURCE);
	}

	#edge(km: number): [number, number] {
		return destination(this.#center, km, 90, { units: 'kilometers' }).geometry.coordinates as [number, number];
	}

	#draggedKm(): number {
		const { lng, lat } = this.#marker.getLngLat();
		return roundedRadius(distance(this.#center, [lng, lat], { units: 'kilometers' }));
	}

	#preview(km: number): void {
		this.#map.getSource<GeoJSONSource>(SOURCE)?.setData(circle(this.#center, km, { steps: 72, units: 'kilometers' }));
		this.#label(km);
	}

	#clearPreview(): void {
		this.#map.getSource<GeoJSONSource>(SOURCE)?.setData({ type: 'FeatureCollection', features: [] });
	}

	#label(km: number): void {
		const t = mapText().radius;
		const text = t.within(km);
		this.#element.setAttribute('aria-valuenow', String(km));
		this.#element.setAttribute('aria-valuetext', text);
		this.#element.title = t.hint(text);
		this.#element.textContent = t.km(km);
	}
}
