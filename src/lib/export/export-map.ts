import { Briefing } from '$lib/app/briefing.svelte';
import type { Scenario } from '$lib/data/scenario';
import type { Bounds } from '$lib/data/schema';
import { MapController, type MapScenario } from '$lib/map/controller';
import { edgePlacement } from '$lib/map/offscreen';
import { humanDate, type Day } from '$lib/timeline/day';
import type { ViewState } from '$lib/url/view-state';
import { drawOverlay, legendOf, metresPerPixel, outletsOf, scaleBar, type Overlay } from './overlay';

/** The width the overlay's text is sized for, as on a laptop's screen. */
const LAPTOP_WIDTH = 1366;

/** What an export draws: the scenario as the map has it, the view to reproduce and the frame's size. */
export interface ExportSetup {
	scenario: Scenario;
	/** The scenario as the screen's map draws it (limits applied, symbols rasterised). */
	drawn: MapScenario;
	/** The view on screen: day, layers, symbols, rings, areas, selection, hide-the-future. */
	view: ViewState;
	/** What the frame shows: the screen map's bounds, fitted to the export's shape. */
	bounds: Bounds;
	/** The frame in CSS pixels, and device pixels per CSS pixel (2 for 4K from a 1920×1080 layout). */
	width: number;
	height: number;
	pixelRatio: number;
	/** Projector-sized labels, as in presenter mode. */
	largeLabels: boolean;
	/** How much larger than on screen the overlay's text is; by default in step with a frame wider than a laptop's. */
	textScale?: number;
	/** False for a map printed on a page that gives its date and key: no caption or legend drawn in. */
	framed?: boolean;
	dataUrl: (path: string) => string;
}

/**
 * A map of its own, off screen, at the export's size: it draws any day of the briefing as the screen
 * would, and hands over each day only once it is completely drawn (tiles, labels, symbols), however
 * slow the machine. The screen's map and briefing are never touched.
 */
export class ExportMap {
	readonly briefing: Briefing;
	readonly #controller: MapController;
	readonly #container: HTMLElement;
	readonly #setup: ExportSetup;
	readonly #frame: HTMLCanvasElement;
	readonly #textScale: number;

	private constructor(setup: ExportSetup, container: HTMLElement, controller: MapController, briefing: Briefing) {
		this.#setup = setup;
		this.#container = container;
		this.#controller = controller;
		this.briefing = briefing;
		this.#textScale = setup.textScale ?? Math.max(1, setup.width / LAPTOP_WIDTH);
		this.#frame = document.createElement('canvas');
		this.#frame.width = Math.round(setup.width * setup.pixelRatio);
		this.#frame.height = Math.round(setup.height * setup.pixelRatio);
	}

	static async open(setup: ExportSetup): Promise<ExportMap> {
		const container = document.createElement('div');
		// Off screen but laid out at its full size: MapLibre sizes its canvas from the container.
		Object.assign(container.style, { position: 'fixed', left: '-30000px', top: '0', width: `${setup.width}px`, height: `${setup.height}px`, pointerEvents: 'none' });
		container.setAttribute('aria-hidden', 'true');
		document.body.append(container);
		const briefing = new Briefing(setup.scenario, { ...setup.view, view: null, presenting: setup.largeLabels });
		briefing.showDay(setup.view.day);
		const controller = new MapController({
			container,
			dataUrl: setup.dataUrl,
			bounds: setup.bounds,
			isVisible: (fid) => briefing.isVisible(fid),
			onReadyChange: () => {},
			onSelect: () => {},
			scenario: { ...setup.drawn, visible: briefing.visibleIds(), day: setup.view.day },
			pixelRatio: setup.pixelRatio,
			interactive: false
		});
		const map = new ExportMap(setup, container, controller, briefing);
		try {
			await controller.styleLoaded;
			briefing.attachMap(controller);
			if (setup.view.symbols !== setup.drawn.mode) await controller.setSymbolMode(setup.view.symbols);
			controller.map.fitBounds(setup.bounds, { animate: false, padding: 0 });
			await controller.rendered();
		} catch (error) {
			map.destroy();
			throw error;
		}
		return map;
	}

	/** Draws `day` (framing `bounds`, if given) and resolves once it is completely drawn. */
	async show(day: Day, bounds?: Bounds): Promise<void> {
		this.briefing.timeline.setDay(day);
		this.briefing.showDay(day);
		if (bounds) this.#controller.frame(bounds, true);
		await this.#controller.rendered();
	}

	/** The frame as it stands: the map with the overlay drawn in, at the export's full resolution. */
	async capture(): Promise<HTMLCanvasElement> {
		const { map } = this.#controller;
		const source = map.getCanvas();
		const context = this.#frame.getContext('2d')!;
		// Read during the map's own render, while its drawing buffer is complete.
		await new Promise<void>((resolve) => {
			map.once('render', () => {
				context.drawImage(source, 0, 0, this.#frame.width, this.#frame.height);
				resolve();
			});
			map.triggerRepaint();
		});
		const { width, height, pixelRatio, framed = true } = this.#setup;
		await drawOverlay(context, this.overlay(), { width, height, scale: pixelRatio, textScale: this.#textScale, framed, mode: this.briefing.symbolMode, rings: this.#controller.freshRingPoints() });
		return this.#frame;
	}

	/** What the frame says about the day shown: title, date, phase, legend, scale, outlets. */
	overlay(): Overlay {
		const { briefing } = this;
		const day = briefing.timeline.day;
		const visible = briefing.visibleIds().map((fid) => briefing.feature(fid));
		const { map } = this.#controller;
		const { width, height, framed = true } = this.#setup;
		// Clear of the caption and legend (when drawn) and of the scale bar and footer, which grow with the text.
		const k = this.#textScale;
		const insets = { top: (framed ? 150 : 20) * k, right: (framed ? 270 : 20) * k, bottom: 90 * k, left: 20 * k };
		const offFrame = briefing.trackedToday.flatMap(({ feature, at }) => {
			const place = edgePlacement(map.project(at), width, height, insets);
			return place ? [{ label: feature.properties.designation ?? feature.properties.name, x: place.x, y: place.y, angle: place.angle }] : [];
		});
		return {
			offFrame,
			elsewhere: briefing.farStatementsToday.map(({ from, items }) => `${from} (${items.length})`),
			title: briefing.scenario.title,
			date: humanDate(day),
			phase: briefing.phase?.name ?? null,
			legend: legendOf(briefing.scenario.categories, visible),
			outlets: outletsOf(visible, day, briefing.hideFuture),
			scale: scaleBar(metresPerPixel(map.getCenter().lat, map.getZoom()), 120)
		};
	}

	destroy(): void {
		this.#controller.destroy();
		this.#container.remove();
	}
}
