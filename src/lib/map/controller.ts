import { Map as MapLibreMap, Marker, Popup, ScaleControl, NavigationControl, setWorkerUrl, prewarm, type GeoJSONSource, type LngLat, type LngLatBoundsLike, type MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { POINT_CLOUD_LAYER, PointCloud } from './point-cloud';
import type { MapPreparation } from './preparation';
import type { Bounds, Category } from '$lib/data/schema';
import { isFarStatement } from '$lib/data/far-statement';
import type { ScenarioFeature } from '$lib/data/scenario';
import type { VisibilityDiff } from '$lib/timeline/time-index';
import { BASEMAP_LABEL_LAYERS, basemapStyle, cityLabelSize, countryLabelSize, needsWorldBasemap, seaLabelSize, worldBasemap } from './style';
import { ARROWHEAD_PIXEL_RATIO, drawArrowhead, drawSelectionRing } from './arrowhead';
import { CARDS_FROM_ZOOM, markOf, type Group, type Mark, type Slot } from './cluster';
import {
	ARROWHEAD_PREFIX,
	LABELS_SOURCE,
	NAME_LAYER_IDS,
	MARKS_SOURCE,
	FIGURES_SOURCE,
	interactiveLayerIds,
	labelCollection,
	reachLabelSize,
	scenarioLabelSize,
	scenarioLayers,
	scenarioSources,
	designationSize,
	ON_DEMAND_LAYERS,
	SELECTION_RING,
	unitIconImage,
	unitIconSize,
	UNIT_BLOCKERS_LAYER
} from './scenario-layers';
import { placeOn, type TrackedPlace } from '$lib/timeline/track';
import type { Day } from '$lib/timeline/day';
import { MeasureLayer } from './measure-layer';
import { symbolImages, type SymbolImage, type SymbolMode } from './unit-symbols';
import type { Insets } from './offscreen';
import { mapText } from '$lib/i18n/map-text';

setWorkerUrl(workerUrl);

/** Starts the map's web worker (a large script to fetch and compile) while the page loads its data. */
export function startMapWorker(): void {
	prewarm();
}

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
	/**
	 * Pixels at each side of the map hidden behind what is drawn over it (the date banner, the phase
	 * card, badges, the phone's detail sheet), kept clear when framing.
	 */
	covered?: () => Insets;
	/** Called whenever the camera comes to rest, with where it is. */
	onViewChange?: (view: CameraView) => void;
	/**
	 * The scenario, drawn with the basemap from the first frame (all hidden until `showScenario`), so
	 * its data loads alongside the basemap's instead of after it.
	 */
	scenario?: MapScenario;
	/** Device pixels per CSS pixel: an export renders a 1920×1080 layout at 2 for 4K. The screen's by default. */
	pixelRatio?: number;
	/** False for a map no one handles (an export's): no controls, no pointer or keyboard handlers. */
	interactive?: boolean;
}

/** What the map needs to draw a scenario: its features and categories, and the unit symbols in their first mode. */
export interface MapScenario {
	features: readonly ScenarioFeature[];
	categories: readonly Category[];
	mode: SymbolMode;
	symbols: SymbolImage[];
	/** What is on the map on which day when it opens: their marks are in the first data sent. */
	visible: readonly number[];
	day: Day;
	/** What the map works out from the items, whatever the day (see `mapPreparation`). */
	prepared: MapPreparation;
}

/** Where the camera is: enough to reproduce the view on a screen of the same size. */
export interface CameraView {
	center: [number, number];
	zoom: number;
}

/** How long what changed stays highlighted once a step is drawn. */
const HIGHLIGHT_MS = 2500;
/** Beyond this many changes in one step, highlighting them would show nothing an audience could follow. */
const HIGHLIGHT_LIMIT = 200;

/** Pixels of slack around the pointer, so small markers are easy to hit with a finger. */
const HIT_SLACK = 6;

/** Padding around framed content, leaving room for the date overlay and the map's controls. */
const FRAME_PADDING = { top: 110, bottom: 40, left: 40, right: 60 };
/** How long after a touch the mouse events a browser makes up for it may come. */
const TOUCH_MOUSE_MS = 1000;
/** The clear space kept between what the camera frames and an overlay: room for a label beside an item at the edge. */
const OVERLAY_MARGIN = 48;

/**
 * The MapLibre wrapper: basemap, scenario layers, visibility applied as feature-state diffs, hover
 * names, clicks, and a readiness signal that browser tests and playback wait on. No UI state here.
 */
export class MapController {
	readonly map: MapLibreMap;
	readonly #options: MapControllerOptions;
	readonly #hoverPopup = new Popup({ closeButton: false, closeOnClick: false, className: 'hover-name', offset: 12 });
	#features: readonly ScenarioFeature[] = [];
	/** A large scenario's plain dots, drawn by a layer of their own (see `PointCloud`); null for most scenarios. */
	#cloud: PointCloud | null = null;
	/** Where each unit's symbol sits beside others on the same point. */
	#unitSlots = new Map<number, Slot>();
	/** The scenario's groups, worked out once. */
	#groups = new Map<string, Group>();
	/** The unit symbols' mode, and whether every area is drawn (for analysts). */
	#mode: SymbolMode = 'military';
	#allAreas = false;
	/** Whether each feature (by fid) has anything in the figures source besides its mark. */
	#figured: Uint8Array = new Uint8Array(0);
	#colors = new Map<string, string>();
	/** Symbol modes whose images are already on the map. */
	readonly #symbolModesLoaded = new Set<SymbolMode>();
	/** Features that move along a track; most scenarios have none, so steps skip this work. */
	#tracked: readonly ScenarioFeature[] = [];
	/** Where each tracked feature on the map is drawn, and the day that is for. */
	#trackedToday = new Map<number, TrackedPlace>();
	#placedDay: Day | null = null;
	/** While a tool (the measure tool) owns clicks on the map, it gets them instead of selection. */
	#clickHandler: ((at: [number, number]) => void) | null = null;
	/** Fids on the map now, kept in step with the diffs applied. */
	readonly #visible = new Set<number>();
	/** What the labels source holds, to skip rewriting it unchanged (past the label limit only the selection ring is left). */
	#labelsWritten = '';
	/**
	 * MapLibre keeps a label where it last stood when it can, so labels placed while the basemap's
	 * tiles are still arriving would depend on their order. Held back until the basemap is loaded
	 * and the scenario shown, they are placed in one go against it: the same link, the same labels.
	 */
	#labelsHeld = false;
	/** The basemap's sources, which the labels wait for. */
	#basemapSources: string[] = [];
	/** Features fading as ghosts since the last step, and the rings around those that appeared. */
	#ghosts: number[] = [];
	#freshRings: Marker[] = [];
	#highlightTimer: ReturnType<typeof setTimeout> | undefined;
	#hasScenario = false;
	/** Set when there is no scenario to wait for, so the basemap alone counts as ready. */
	#basemapOnly = false;
	#selected: number | null = null;
	/** Layout switches as the style first draws them. */
	#reachVisible = true;
	#largeLabels = false;
	#hovered: number | null = null;
	/** When the screen was last touched (see the touchstart handler). */
	#lastTouch = -Infinity;
	/** The feature pointed at, from the map or from a badge or list. */
	#pointed: number | null = null;
	#ready = false;
	/**
	 * Whether the light world layer is still to be added. When the first view frames only what the
	 * detailed basemap covers, it comes after that view is drawn; a first view beyond has it from the start.
	 */
	#worldPending = false;
	#idleWaiters: (() => void)[] = [];
	/**
	 * Resolves once the style is in and its sources take feature-state, before their data has loaded:
	 * state set then is part of the first frames, so the map is drawn once, not drawn and then redrawn.
	 */
	readonly styleLoaded: Promise<void>;

	constructor(options: MapControllerOptions) {
		this.#options = options;
		const style = basemapStyle(options.dataUrl);
		this.#basemapSources = Object.keys(style.sources);
		const worldFirst = needsWorldBasemap([options.bounds]);
		if (worldFirst) {
			const world = worldBasemap(options.dataUrl);
			style.sources.world = world.source;
			style.layers.splice(style.layers.findIndex((layer) => layer.id === 'land'), 0, ...world.layers);
		}
		this.#worldPending = !worldFirst && options.scenario !== undefined && options.scenario.prepared.needsWorld;
		if (options.scenario) {
			const sources = this.#takeScenario(options.scenario);
			// Labels come once everything else is drawn (see `#onIdle`).
			this.#labelsHeld = true;
			for (const [id, data] of Object.entries(sources)) style.sources[id] = { type: 'geojson', data };
			// The basemap's names go on top: placed first, so scenario labels make way for them.
			const names = style.layers.filter((layer) => BASEMAP_LABEL_LAYERS.includes(layer.id));
			style.layers = [...style.layers.filter((layer) => !names.includes(layer)), ...scenarioLayers(options.scenario.mode), ...names];
		}
		this.map = new MapLibreMap({
			container: options.container,
			style,
			bounds: options.bounds,
			fitBoundsOptions: { padding: framePadding(options.container) },
			attributionControl: { compact: false },
			maplibreLogo: false,
			renderWorldCopies: false,
			maxZoom: 12,
			minZoom: 1.5,
			// Labels appear at once: fading them in would keep the map busy for frames after each day.
			fadeDuration: 0,
			// The controls' own texts (zoom buttons, scale units) in the reader's language.
			locale: mapText().maplibre,
			interactive: options.interactive ?? true,
			...(options.pixelRatio !== undefined && { pixelRatio: options.pixelRatio })
		});
		// For automation (browser tests, the benchmark): the map instance, reachable from its element.
		Object.defineProperty(options.container, 'maplibre', { value: this.map, configurable: true });
		this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
		this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-left');
		this.map.addControl(new ScaleControl({ unit: 'nautical', maxWidth: 100 }), 'bottom-left');
		this.map.on('idle', () => this.#onIdle());
		this.map.on('sourcedata', () => void this.#releaseLabels());
		// Only moves after the first framing count: a link without a view frames the region for whoever opens it.
		this.map.once('load', () =>
			this.map.on('moveend', () => {
				const { lng, lat } = this.map.getCenter();
				options.onViewChange?.({ center: [lng, lat], zoom: this.map.getZoom() });
				this.#worldIfInView();
			})
		);
		// A tap also sends the mouse events a browser makes up for it; a name shown for those would
		// stay on a touch screen, where no pointer ever leaves. The tap selects instead.
		this.map.on('touchstart', () => {
			this.#lastTouch = performance.now();
			this.#hover(null);
		});
		this.map.on('mousemove', (event) => {
			if (performance.now() - this.#lastTouch > TOUCH_MOUSE_MS) this.#hover(this.#visibleFeatureAt(event.point), event.lngLat);
		});
		this.map.on('mouseout', () => this.#hover(null));
		this.map.on('click', (event) => {
			if (this.#clickHandler) this.#clickHandler([event.lngLat.lng, event.lngLat.lat]);
			else options.onSelect(this.#visibleFeatureAt(event.point));
		});
		this.styleLoaded = new Promise((resolve) =>
			this.map.once('style.load', () => {
				try {
					this.#addCloud();
				} finally {
					resolve();
				}
			})
		);
		if (options.scenario) this.#prepare(options.scenario);
	}

	/** Takes in what the controller keeps of a scenario, and returns its sources' data (labels empty). */
	#takeScenario(scenario: MapScenario): Record<string, GeoJSON.FeatureCollection> {
		const { categories, visible, day, prepared } = scenario;
		this.#colors = new Map(categories.map((c) => [c.id, c.color]));
		this.#tracked = prepared.tracked;
		const shown = new Set(visible);
		// Tracked items start where they are on the first day, so nothing is loaded twice.
		this.#trackedToday = trackedOn(this.#tracked.filter((f) => shown.has(f.fid)), day);
		this.#placedDay = day;
		this.#groups = prepared.groups;
		this.#mode = scenario.mode;
		this.#cloud = prepared.dots && new PointCloud(prepared.dots, () => this.#notReady());
		this.#unitSlots = prepared.unitSlots;
		return scenarioSources(prepared.onSources, categories, new Map([...this.#trackedToday].map(([fid, t]) => [fid, t.position])));
	}

	/** Puts the point cloud, if the scenario has one, under the selection ring and the labels. */
	#addCloud(): void {
		if (this.#cloud && !this.map.getLayer(POINT_CLOUD_LAYER)) this.map.addLayer(this.#cloud, 'scenario-selection');
	}

	/**
	 * Draws another version of the scenario (after an edit) in place of this one, keeping the map,
	 * its camera and basemap: everything starts hidden again, for the briefing attached next.
	 */
	replaceScenario(scenario: MapScenario): void {
		this.#clearHighlights();
		this.#hover(null);
		for (const source of [MARKS_SOURCE, FIGURES_SOURCE]) this.map.removeFeatureState({ source });
		this.#visible.clear();
		this.#selected = null;
		this.#labelsWritten = '';
		this.#options.scenario = scenario;
		this.#symbolModesLoaded.clear();
		this.#prepare(scenario);
		if (this.map.getLayer(POINT_CLOUD_LAYER)) this.map.removeLayer(POINT_CLOUD_LAYER);
		const sources = this.#takeScenario(scenario);
		for (const [id, data] of Object.entries(sources)) this.map.getSource<GeoJSONSource>(id)?.setData(data);
		this.#addCloud();
		this.#busy();
	}

	/** Once the style has loaded: the scenario now counts towards readiness, and diffs may be applied. */
	showScenario(): void {
		this.#hasScenario = this.#options.scenario !== undefined;
		this.#busy();
		this.#releaseLabels();
	}

	/** Sends the held labels once the scenario is shown and the basemap's tiles are all loaded; says whether it did. */
	#releaseLabels(): boolean {
		if (!this.#labelsHeld || !this.#hasScenario || !this.#basemapSources.every((id) => this.map.isSourceLoaded(id))) return false;
		this.#labelsHeld = false;
		this.#refreshLabels();
		this.#busy();
		return true;
	}

	#prepare({ features, categories, mode, symbols, prepared }: MapScenario): void {
		this.#features = features;
		this.#addImage(SELECTION_RING, drawSelectionRing(), ARROWHEAD_PIXEL_RATIO);
		this.#figured = prepared.figured;
		// A category's colour may have changed: its arrowhead is drawn afresh.
		for (const { id, color } of categories) this.#addImage(`${ARROWHEAD_PREFIX}${id}`, drawArrowhead(color), ARROWHEAD_PIXEL_RATIO, true);
		this.#addSymbols(mode, symbols);
	}

	#addImage(name: string, image: ImageData, pixelRatio: number, replace = false): void {
		if (!this.map.hasImage(name)) this.map.addImage(name, image, { pixelRatio });
		else if (replace) this.map.updateImage(name, image);
	}

	/** Draws units as military symbols or as plain icons. */
	async setSymbolMode(mode: SymbolMode): Promise<void> {
		this.#mode = mode;
		this.#busy();
		if (!this.#symbolModesLoaded.has(mode)) this.#addSymbols(mode, await symbolImages(this.#features, this.#colors, mode));
		for (const layer of ['scenario-units', UNIT_BLOCKERS_LAYER]) this.map.setLayoutProperty(layer, 'icon-image', unitIconImage(mode));
	}

	/** Shows or hides the range rings. */
	setReachVisible(visible: boolean): void {
		// A layout change makes the worker lay its source out again; skip it when nothing changes.
		if (visible === this.#reachVisible) return;
		this.#reachVisible = visible;
		this.#busy();
		for (const id of ['scenario-reach', 'scenario-reach-labels']) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
	}

	/** Moves every tracked feature on the map to where its track puts it on `day`, with its area and the way it came. */
	placeTracked(day: Day): void {
		const moves = this.#tracked.filter((f) => this.#visible.has(f.fid) && !(day === this.#placedDay && this.#trackedToday.has(f.fid)));
		const newDay = day !== this.#placedDay;
		this.#placedDay = day;
		if (moves.length === 0) {
			// The day's new items are labelled first (see `labelCollection`).
			if (newDay) this.#refreshLabels();
			return;
		}
		this.#busy();
		const today = trackedOn(moves, day);
		for (const [fid, placed] of today) this.#trackedToday.set(fid, placed);
		const update = [...today.keys()].map((id) => {
			const { at, offset, compact } = this.#markOf(id);
			const addOrUpdateProperties = [{ key: 'offset', value: offset }, { key: 'compact', value: compact }];
			return { id, newGeometry: { type: 'Point' as const, coordinates: at }, addOrUpdateProperties };
		});
		void this.map.getSource<GeoJSONSource>(MARKS_SOURCE)?.updateData({ update });
		for (const ring of this.#freshRings) {
			const fid = Number(ring.getElement().dataset.fid);
			if (today.has(fid)) this.#placeRing(ring, this.#markOf(fid));
		}
		this.#refreshLabels();
	}

	/**
	 * Lets a point item be dragged to a new place (while editing): pressing on its mark and moving
	 * carries the mark, and `onDrop` hears where it was let go. Returns the function that stops it.
	 */
	enableDragging(canDrag: (fid: number) => boolean, onDrop: (fid: number, at: [number, number]) => void): () => void {
		let dragged: number | null = null;
		const down = (event: MapMouseEvent) => {
			// A press on a marker over the map (a handle of its own) is not a press on the item under it.
			if (event.originalEvent.target !== this.map.getCanvas()) return;
			// The chosen item is carried even where another's mark lies over it.
			const fid = this.#visibleFeaturesAt(event.point).find(canDrag);
			if (fid === undefined) return;
			// Pressing on the item moves it, not the map.
			event.preventDefault();
			dragged = fid;
			this.map.getCanvas().style.cursor = 'grabbing';
		};
		const move = (event: MapMouseEvent) => {
			if (dragged === null) return;
			this.#busy();
			void this.map.getSource<GeoJSONSource>(MARKS_SOURCE)?.updateData({ update: [{ id: dragged, newGeometry: { type: 'Point', coordinates: [event.lngLat.lng, event.lngLat.lat] } }] });
		};
		const up = (event: MapMouseEvent) => {
			if (dragged === null) return;
			const fid = dragged;
			dragged = null;
			this.map.getCanvas().style.cursor = '';
			onDrop(fid, [event.lngLat.lng, event.lngLat.lat]);
		};
		this.map.on('mousedown', down);
		this.map.on('mousemove', move);
		this.map.on('mouseup', up);
		return () => {
			this.map.off('mousedown', down);
			this.map.off('mousemove', move);
			this.map.off('mouseup', up);
		};
	}

	/** The next click on the map picks a place instead of selecting: `onPick` hears where. Returns the function that stops waiting. */
	pickPlace(onPick: (at: [number, number]) => void): () => void {
		const stop = () => {
			this.#clickHandler = null;
			this.map.getCanvas().style.cursor = '';
		};
		this.#clickHandler = (at) => {
			stop();
			onPick(at);
		};
		this.#hover(null);
		this.map.getCanvas().style.cursor = 'crosshair';
		return stop;
	}

	/**
	 * Starts measuring: clicks on the map add points to a path instead of selecting, and `onChange`
	 * hears the path after each. Returns the function that ends it and clears the path.
	 */
	startMeasuring(onChange: (points: [number, number][]) => void): { clear: () => void; stop: () => void } {
		let points: [number, number][] = [];
		const sketch = this.startSketch((at) => {
			points = [...points, at];
			onChange(points);
			return points;
		});
		return {
			clear: () => {
				points = [];
				sketch.show(points);
				onChange(points);
			},
			stop: sketch.stop
		};
	}

	/**
	 * Starts a sketch: clicks on the map go to `onClick` instead of selecting, and the path it returns
	 * is drawn (a track drawn day by day keeps its points in date order, not click order).
	 */
	startSketch(onClick: (at: [number, number]) => [number, number][]): { show: (points: [number, number][]) => void; stop: () => void } {
		const layer = new MeasureLayer(this.map);
		const show = (points: [number, number][]) => {
			this.#busy();
			layer.show(points);
		};
		this.#clickHandler = (at) => show(onClick(at));
		this.#hover(null);
		this.map.getCanvas().style.cursor = 'crosshair';
		return {
			show,
			stop: () => {
				this.#clickHandler = null;
				this.map.getCanvas().style.cursor = '';
				this.#busy();
				layer.remove();
			}
		};
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
		const highlighting = highlight && diff.shown.length + diff.hidden.length <= HIGHLIGHT_LIMIT;
		for (const id of diff.shown) {
			this.#setState(id, { visible: true });
			this.#visible.add(id);
		}
		for (const id of diff.hidden) {
			this.#setState(id, highlighting ? { visible: false, ghost: true } : { visible: false });
			this.#visible.delete(id);
		}
		if (highlighting) {
			this.#ghosts = diff.hidden;
			// A statement made far away is not drawn on the map (its badge at the edge names it), so it gets no ring.
			this.#freshRings = diff.shown.filter((fid) => !isFarStatement(this.#features[fid])).map((fid) => this.#freshRing(this.#features[fid]));
			// The moment counts from when the change is on screen, so a slow machine shows it in full too.
			const drawing = setTimeout(() => this.#clearHighlights(), HIGHLIGHT_MS * 4);
			this.#highlightTimer = drawing;
			void this.rendered().then(() => {
				if (this.#highlightTimer !== drawing) return; // cleared, or a later step has its own
				clearTimeout(drawing);
				this.#highlightTimer = setTimeout(() => this.#clearHighlights(), HIGHLIGHT_MS);
			});
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
		const base = framePadding(this.#options.container);
		const covered = this.#options.covered?.() ?? { top: 0, right: 0, bottom: 0, left: 0 };
		const padding = {
			top: Math.max(base.top, covered.top + OVERLAY_MARGIN),
			right: Math.max(base.right, covered.right + OVERLAY_MARGIN),
			bottom: Math.max(base.bottom, covered.bottom + OVERLAY_MARGIN),
			left: Math.max(base.left, covered.left + OVERLAY_MARGIN)
		};
		// fitBounds cannot frame into less than nothing: on a small screen, keep some map.
		const { clientWidth: width, clientHeight: height } = this.#options.container;
		if (padding.left + padding.right > width * 0.7) [padding.left, padding.right] = [base.left, base.right];
		if (padding.top + padding.bottom > height * 0.7) [padding.top, padding.bottom] = [base.top, Math.min(padding.bottom, height * 0.7 - base.top)];
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
		if (large === this.#largeLabels) return;
		this.#largeLabels = large;
		this.#busy();
		for (const layer of [...NAME_LAYER_IDS, 'scenario-group-names']) this.map.setLayoutProperty(layer, 'text-size', scenarioLabelSize(large));
		this.map.setLayoutProperty('scenario-designations', 'text-size', designationSize(large));
		for (const layer of ['scenario-units', UNIT_BLOCKERS_LAYER, 'scenario-selection']) this.map.setLayoutProperty(layer, 'icon-size', unitIconSize(large));
		this.map.setLayoutProperty('scenario-reach-labels', 'text-size', reachLabelSize(large));
		this.map.setLayoutProperty('city-labels', 'text-size', cityLabelSize(large));
		this.map.setLayoutProperty('country-labels', 'text-size', countryLabelSize(large));
		this.map.setLayoutProperty('sea-labels', 'text-size', seaLabelSize(large));
		if (this.map.getLayer('world-labels')) this.map.setLayoutProperty('world-labels', 'text-size', countryLabelSize(large));
	}

	/** Draws every item's own area, or (the default) the areas of grouped items only on demand. */
	setAllAreas(all: boolean): void {
		if (all === this.#allAreas) return;
		this.#allAreas = all;
		this.#busy();
		for (const layer of scenarioLayers(this.#mode, all)) {
			if (!ON_DEMAND_LAYERS.includes(layer.id) || !('paint' in layer)) continue;
			for (const [name, value] of Object.entries(layer.paint ?? {})) this.map.setPaintProperty(layer.id, name as Parameters<MapLibreMap['setPaintProperty']>[1], value);
		}
		this.#refreshLabels();
	}

	/**
	 * Marks the feature a badge or a list points at (null for none), as the pointer on the map does:
	 * an area or an arrow drawn only on demand shows, and a far statement is labelled.
	 */
	pointAt(fid: number | null): void {
		if (fid === this.#pointed || !this.#hasScenario) return;
		this.#busy();
		if (this.#pointed !== null) this.#setState(this.#pointed, { hovered: false });
		if (fid !== null) this.#setState(fid, { hovered: true });
		this.#pointed = fid;
		this.#refreshLabels();
	}

	/**
	 * Resolves once the map has drawn everything asked of it so far and the browser has shown that
	 * frame: \`idle\` alone only means the drawing was issued, and a slow GPU may still be at work.
	 */
	async rendered(): Promise<void> {
		if (!this.#ready) await new Promise<void>((resolve) => this.#idleWaiters.push(resolve));
		await new Promise((resolve) => requestAnimationFrame(resolve));
	}

	destroy(): void {
		clearTimeout(this.#highlightTimer);
		this.#idleWaiters.forEach((resolve) => resolve());
		this.map.remove();
	}

	#addSymbols(mode: SymbolMode, symbols: SymbolImage[]): void {
		this.#symbolModesLoaded.add(mode);
		for (const { name, image, pixelRatio } of symbols) if (!this.map.hasImage(name)) this.map.addImage(name, image, { pixelRatio });
	}

	#clearHighlights(): void {
		clearTimeout(this.#highlightTimer);
		if (this.#highlightTimer === undefined) return;
		this.#highlightTimer = undefined;
		this.#busy();
		for (const id of this.#ghosts) this.#setState(id, { ghost: false });
		this.#ghosts = [];
		for (const ring of this.#freshRings) ring.remove();
		this.#freshRings = [];
	}

	/**
	 * A pulsing ring around a feature that just appeared. It is a DOM marker animated by CSS, so it
	 * costs the map no redraw and never keeps it from being idle.
	 */
	#freshRing(feature: ScenarioFeature): Marker {
		const element = document.createElement('div');
		element.className = 'fresh-ring';
		element.dataset.fid = String(feature.fid);
		element.style.setProperty('--ring', this.#colors.get(feature.properties.category) ?? '#555555');
		return this.#placeRing(new Marker({ element }), this.#markOf(feature.fid)).addTo(this.map);
	}

	#placeRing(ring: Marker, { at, offset, compact }: Mark): Marker {
		const [x, y] = this.map.getZoom() < CARDS_FROM_ZOOM ? compact : offset;
		const scale = unitIconSize(this.#largeLabels);
		return ring.setLngLat(at).setOffset([x * scale, y * scale]);
	}

	/**
	 * Where the rings around what just appeared stand now, in CSS pixels of the map, with their
	 * colours: they are page elements over the map, so an exported frame draws them itself.
	 */
	freshRingPoints(): { x: number; y: number; color: string }[] {
		return this.#freshRings.map((ring) => {
			const { x, y } = this.map.project(ring.getLngLat());
			const offset = ring.getOffset();
			return { x: x + offset.x, y: y + offset.y, color: ring.getElement().style.getPropertyValue('--ring') };
		});
	}

	/** Where a feature's mark stands today (see `markOf`). */
	#markOf(fid: number): Mark {
		return markOf(this.#features[fid], { features: this.#features, groups: this.#groups, slots: this.#unitSlots }, this.#trackedToday.get(fid)?.position);
	}

	#refreshLabels(): void {
		if (this.#labelsHeld) return;
		const labels = labelCollection(this.#features, this.#visible, this.#selected, this.#labelOptions());
		const written = JSON.stringify(labels.features);
		if (written === this.#labelsWritten) return;
		this.#labelsWritten = written;
		this.map.getSource<GeoJSONSource>(LABELS_SOURCE)?.setData(labels);
	}

	#labelOptions() {
		return {
			tracked: this.#trackedToday,
			slots: this.#unitSlots,
			colors: this.#colors,
			hovered: this.#pointed,
			groups: this.#groups,
			allAreas: this.#allAreas,
			today: this.#placedDay ?? undefined
		};
	}

	#setState(fid: number, state: Record<string, boolean>): void {
		if (this.#cloud?.has(fid)) return this.#cloud.setState(fid, state);
		this.map.setFeatureState({ source: MARKS_SOURCE, id: fid }, state);
		if (this.#figured[fid]) this.map.setFeatureState({ source: FIGURES_SOURCE, id: fid }, state);
	}

	#busy(): void {
		this.#notReady();
		// A change that draws nothing new would never end in `idle`; one more frame guarantees it.
		this.map.triggerRepaint();
	}

	#notReady(): void {
		if (!this.#ready) return;
		this.#ready = false;
		this.#options.onReadyChange(false);
	}

	#onIdle(): void {
		// `idle` comes only after the style has loaded; until the scenario is added there is more to draw.
		if (!(this.#hasScenario || this.#basemapOnly) || this.#releaseLabels() || this.#labelsHeld) return;
		// A large scenario's dots are drawn over several frames; the map is idle between them.
		if (this.#cloud?.drawing) return;
		this.#ready = true;
		this.#options.onReadyChange(true);
		const waiters = this.#idleWaiters;
		this.#idleWaiters = [];
		waiters.forEach((resolve) => resolve());
		// After the page has shown that the first view is ready, not in the same update.
		if (this.#worldPending) setTimeout(() => this.#addWorld(), 0);
	}

	/** Adds the world layer once the camera shows what the detailed basemap does not cover (zoomed out, or moved away). */
	#worldIfInView(): void {
		if (this.map.getSource('world')) return;
		const bounds = this.map.getBounds();
		if (!needsWorldBasemap([[bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]])) return;
		this.#worldPending = true;
		this.#addWorld();
	}

	/** Adds the light world layer under the detailed basemap. */
	#addWorld(): void {
		if (!this.#worldPending) return;
		this.#worldPending = false;
		this.#busy();
		const { source, layers } = worldBasemap(this.#options.dataUrl);
		this.map.addSource('world', source);
		for (const layer of layers) this.map.addLayer(layer, 'land');
	}

	#visibleFeatureAt(point: { x: number; y: number }): number | null {
		return this.#visibleFeaturesAt(point)[0] ?? null;
	}

	/** The visible features under a point, topmost first. */
	#visibleFeaturesAt(point: { x: number; y: number }): number[] {
		if (!this.#hasScenario) return [];
		const box: [[number, number], [number, number]] = [[point.x - HIT_SLACK, point.y - HIT_SLACK], [point.x + HIT_SLACK, point.y + HIT_SLACK]];
		const hits = this.map.queryRenderedFeatures(box, { layers: interactiveLayerIds });
		const drawn = hits.map((feature) => feature.id).filter((id): id is number => typeof id === 'number' && this.#options.isVisible(id));
		return this.#cloud ? [...drawn, ...this.#cloud.visibleAt(point, HIT_SLACK)] : drawn;
	}

	#hover(fid: number | null, at?: LngLat): void {
		if (this.#clickHandler) fid = null;
		if (fid !== null && at) this.#hoverPopup.setLngLat(at);
		if (fid === this.#hovered) return;
		this.#hovered = fid;
		this.pointAt(fid);
		if (!this.#clickHandler) this.map.getCanvas().style.cursor = fid === null ? '' : 'pointer';
		if (fid === null) this.#hoverPopup.remove();
		else this.#hoverPopup.setText(this.#features[fid].properties.name).addTo(this.map);
	}
}

/** Where each of `features` (all tracked) is on `day`, and the way it has come. */
function trackedOn(features: readonly ScenarioFeature[], day: Day): Map<number, TrackedPlace> {
	return new Map(features.map((f) => [f.fid, placeOn(f.track!, day)]));
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
