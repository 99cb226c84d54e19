import { Map as MapLibreMap, Popup, ScaleControl, NavigationControl, setWorkerUrl, type GeoJSONSource, type LngLat, type LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Bounds, Category } from '$lib/data/schema';
import type { ScenarioFeature } from '$lib/data/scenario';
import type { VisibilityDiff } from '$lib/timeline/time-index';
import { basemapStyle, cityLabelSize } from './style';
import { ARROWHEAD_PIXEL_RATIO, drawArrowhead } from './arrowhead';
import { ARROWHEAD_PREFIX, ARROWS_SOURCE, LABELS_SOURCE, MARKS_SOURCE, SHAPES_SOURCE, hasShape, interactiveLayerIds, labelCollection, scenarioLabelSize, scenarioLayers, scenarioSources } from './scenario-layers';

setWorkerUrl(workerUrl);

export interface MapControllerOptions {
	container: HTMLElement;
	/** The URL a file under geodata/ is served at. */
	dataUrl: (path: string) => string;
	/** What the first view frames. */
	bounds: Bounds;
	/** Whether a feature is on the map now; hidden features keep their geometry, so hits are filtered here. */
	isVisible: (fid: number) => boolean;
	/** Called with true once the map has drawn everything asked of it, false as soon as new work is asked. */
	onReadyChange: (ready: boolean) => void;
	/** Called when a visible feature is clicked (its fid), or empty map is clicked (null). */
	onSelect: (fid: number | null) => void;
	/** Pixels at the bottom of the map hidden behind a panel (the phone's detail sheet), kept clear when framing. */
	coveredBottom?: () => number;
	/** Called whenever the camera comes to rest, with where it is. */
	onViewChange?: (view: CameraView) => void;
}

/** Where the camera is: enough to reproduce the view on a screen of the same size. */
export interface CameraView {
	center: [number, number];
	zoom: number;
}

/** How long what changed stays highlighted after a step. */
const HIGHLIGHT_MS = 2500;

const SHAPED = 1;
const ARROWED = 2;

/** Pixels of slack around the pointer, so small markers are easy to hit with a finger. */
const HIT_SLACK = 6;

/** Padding around framed content, leaving room for the date overlay and the map's controls. */
const FRAME_PADDING = { top: 110, bottom: 40, left: 40, right: 60 };

/**
 * The MapLibre wrapper: basemap, scenario layers, visibility applied as feature-state diffs, hover
 * names, clicks, and a readiness signal that browser tests and playback wait on. No UI state here.
 */
export class MapController {
	readonly map: MapLibreMap;
	readonly #options: MapControllerOptions;
	readonly #hoverPopup = new Popup({ closeButton: false, closeOnClick: false, className: 'hover-name', offset: 12 });
	#features: readonly ScenarioFeature[] = [];
	/** Which sources besides the marks hold each feature: SHAPED and ARROWED bits. */
	#extraSources = new Uint8Array(0);
	/** Fids on the map now, kept in step with the diffs applied. */
	readonly #visible = new Set<number>();
	#labelCount = 0;
	/** Features ringed as new or fading as ghosts since the last step. */
	#highlighted: number[] = [];
	#highlightTimer: ReturnType<typeof setTimeout> | undefined;
	#hasScenario = false;
	/** Set when there is no scenario to wait for, so the basemap alone counts as ready. */
	#basemapOnly = false;
	#selected: number | null = null;
	#hovered: number | null = null;
	#ready = false;
	#idleWaiters: (() => void)[] = [];
	readonly loaded: Promise<void>;

	constructor(options: MapControllerOptions) {
		this.#options = options;
		this.map = new MapLibreMap({
			container: options.container,
			style: basemapStyle(options.dataUrl),
			bounds: options.bounds,
			fitBoundsOptions: { padding: framePadding(options.container) },
			attributionControl: { compact: false },
			maplibreLogo: false,
			renderWorldCopies: false,
			maxZoom: 12,
			minZoom: 1.5,
			canvasContextAttributes: { preserveDrawingBuffer: true }
		});
		// For automation (browser tests, the benchmark): the map instance, reachable from its element.
		Object.defineProperty(options.container, 'maplibre', { value: this.map, configurable: true });
		this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
		this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-left');
		this.map.addControl(new ScaleControl({ unit: 'nautical', maxWidth: 100 }), 'bottom-left');
		this.map.on('idle', () => this.#onIdle());
		// Only moves after the first framing count: a link without a view frames the region for whoever opens it.
		this.map.once('load', () =>
			this.map.on('moveend', () => {
				const { lng, lat } = this.map.getCenter();
				options.onViewChange?.({ center: [lng, lat], zoom: this.map.getZoom() });
			})
		);
		this.map.on('mousemove', (event) => this.#hover(this.#visibleFeatureAt(event.point), event.lngLat));
		this.map.on('mouseout', () => this.#hover(null));
		this.map.on('click', (event) => options.onSelect(this.#visibleFeatureAt(event.point)));
		this.loaded = new Promise((resolve) => this.map.once('load', () => resolve()));
	}

	/** Adds the scenario's features, all hidden until `apply` shows them. */
	setScenario(features: readonly ScenarioFeature[], categories: readonly Category[]): void {
		this.#busy();
		this.#features = features;
		this.#extraSources = Uint8Array.from(features, (f) => (hasShape(f) ? SHAPED : 0) | (f.arrow ? ARROWED : 0));
		for (const { id, color } of categories) {
			this.map.addImage(`${ARROWHEAD_PREFIX}${id}`, drawArrowhead(color), { pixelRatio: ARROWHEAD_PIXEL_RATIO });
		}
		for (const [id, data] of Object.entries(scenarioSources(features, categories))) this.map.addSource(id, { type: 'geojson', data });
		for (const layer of scenarioLayers) this.map.addLayer(layer);
		this.#hasScenario = true;
	}

	/**
	 * Applies a visibility diff: only the features that changed are touched. With `highlight`, what
	 * appeared is ringed and what ended lingers as a fading ghost for a moment, so an audience sees
	 * the change and not just the new state.
	 */
	apply(diff: VisibilityDiff, highlight = false): void {
		if (!this.#hasScenario || (diff.shown.length === 0 && diff.hidden.length === 0)) return;
		this.#busy();
		this.#clearHighlights();
		for (const id of diff.shown) {
			this.#setState(id, highlight ? { visible: true, fresh: true } : { visible: true });
			this.#visible.add(id);
		}
		for (const id of diff.hidden) {
			this.#setState(id, highlight ? { visible: false, ghost: true } : { visible: false });
			this.#visible.delete(id);
		}
		if (highlight) {
			this.#highlighted = [...diff.shown, ...diff.hidden];
			this.#highlightTimer = setTimeout(() => this.#clearHighlights(), HIGHLIGHT_MS);
		}
		this.#refreshLabels();
		if (this.#hovered !== null && diff.hidden.includes(this.#hovered)) this.#hover(null);
	}

	/** Highlights the feature shown in the detail panel. */
	select(fid: number | null): void {
		if (fid === this.#selected || !this.#hasScenario) return;
		this.#busy();
		if (this.#selected !== null) this.#setState(this.#selected, { selected: false });
		if (fid !== null) this.#setState(fid, { selected: true });
		this.#selected = fid;
		this.#refreshLabels();
	}

	/** Moves the camera to show `bounds`, without zooming in closer than a regional view. */
	frame(bounds: Bounds, reducedMotion: boolean): void {
		this.#busy();
		const padding = framePadding(this.#options.container);
		padding.bottom += this.#options.coveredBottom?.() ?? 0;
		this.map.fitBounds(bounds as LngLatBoundsLike, { padding, maxZoom: 7, duration: reducedMotion ? 0 : 900 });
	}

	/** Declares that no scenario will come (it failed to load), so readiness is the basemap's alone. */
	markReadyWithoutScenario(): void {
		this.#basemapOnly = true;
		this.#busy();
	}

	/** Puts the camera exactly at `view`, at once. */
	showView(view: CameraView): void {
		this.#busy();
		this.map.jumpTo(view);
	}

	/** Larger map labels for a projector. */
	setLargeLabels(large: boolean): void {
		this.#busy();
		this.map.setLayoutProperty('scenario-labels', 'text-size', scenarioLabelSize(large));
		this.map.setLayoutProperty('city-labels', 'text-size', cityLabelSize(large));
	}

	/** Resolves once the map has drawn everything asked of it so far. */
	rendered(): Promise<void> {
		if (this.#ready) return Promise.resolve();
		return new Promise((resolve) => this.#idleWaiters.push(resolve));
	}

	destroy(): void {
		clearTimeout(this.#highlightTimer);
		this.#idleWaiters.forEach((resolve) => resolve());
		this.map.remove();
	}

	#clearHighlights(): void {
		clearTimeout(this.#highlightTimer);
		if (this.#highlighted.length === 0) return;
		this.#busy();
		for (const id of this.#highlighted) this.#setState(id, { fresh: false, ghost: false });
		this.#highlighted = [];
	}

	#refreshLabels(): void {
		const labels = labelCollection(this.#features, this.#visible, this.#selected);
		// Past the label limit every step would rewrite an empty source; skip that work.
		if (labels.features.length === 0 && this.#labelCount === 0) return;
		this.#labelCount = labels.features.length;
		this.map.getSource<GeoJSONSource>(LABELS_SOURCE)?.setData(labels);
	}

	#setState(fid: number, state: Record<string, boolean>): void {
		this.map.setFeatureState({ source: MARKS_SOURCE, id: fid }, state);
		if (this.#extraSources[fid] & SHAPED) this.map.setFeatureState({ source: SHAPES_SOURCE, id: fid }, state);
		if (this.#extraSources[fid] & ARROWED) this.map.setFeatureState({ source: ARROWS_SOURCE, id: fid }, state);
	}

	#busy(): void {
		if (this.#ready) {
			this.#ready = false;
			this.#options.onReadyChange(false);
		}
		// A change that draws nothing new would never end in `idle`; one more frame guarantees it.
		this.map.triggerRepaint();
	}

	#onIdle(): void {
		if (!this.map.isStyleLoaded() || !(this.#hasScenario || this.#basemapOnly)) return;
		this.#ready = true;
		this.#options.onReadyChange(true);
		const waiters = this.#idleWaiters;
		this.#idleWaiters = [];
		waiters.forEach((resolve) => resolve());
	}

	#visibleFeatureAt(point: { x: number; y: number }): number | null {
		if (!this.#hasScenario) return null;
		const box: [[number, number], [number, number]] = [[point.x - HIT_SLACK, point.y - HIT_SLACK], [point.x + HIT_SLACK, point.y + HIT_SLACK]];
		const hits = this.map.queryRenderedFeatures(box, { layers: interactiveLayerIds });
		const hit = hits.find((feature) => typeof feature.id === 'number' && this.#options.isVisible(feature.id));
		return hit ? (hit.id as number) : null;
	}

	#hover(fid: number | null, at?: LngLat): void {
		if (fid !== null && at) this.#hoverPopup.setLngLat(at);
		if (fid === this.#hovered) return;
		this.#hovered = fid;
		this.map.getCanvas().style.cursor = fid === null ? '' : 'pointer';
		if (fid === null) this.#hoverPopup.remove();
		else this.#hoverPopup.setText(this.#features[fid].properties.name).addTo(this.map);
	}
}

function framePadding(container: HTMLElement) {
	const scale = Math.min(1, container.clientWidth / 700);
	return {
		top: Math.round(FRAME_PADDING.top * Math.max(scale, 0.8)),
		bottom: Math.round(FRAME_PADDING.bottom * scale),
		left: Math.round(FRAME_PADDING.left * scale),
		right: Math.round(FRAME_PADDING.right * scale)
	};
}
