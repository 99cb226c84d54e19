import type { Scenario } from '$lib/data/scenario';
import type { Bounds } from '$lib/data/schema';
import type { ValidPhase } from '$lib/data/validate';
import type { MapScenario } from '$lib/map/controller';
import { formatDay, type Day } from '$lib/timeline/day';
import { exportsText } from '$lib/i18n/exports';
import { readable, writeViewState, type ViewState } from '$lib/url/view-state';
import { ExportMap } from './export-map';
import { handoutPages, makeHandout, type PageSize } from './handout';
import { recordVideo, type VideoFormat, type VideoProgress } from './video';
import { IMAGE_SIZES, VIDEO_SIZES, type FrameSize, type ImageSize, type VideoSize } from './sizes';

export type { ImageSize, VideoSize } from './sizes';

/** Everything an export needs from the screen: the scenario as drawn, the view, and what the map frames. */
export interface ExportBase {
	scenario: Scenario;
	drawn: MapScenario;
	view: ViewState;
	/** West, south, east, north of the screen's map. */
	bounds: Bounds;
	largeLabels: boolean;
	dataUrl: (path: string) => string;
	/** The screen map's size, for "as on screen". */
	screen: FrameSize;
	/** The app's address without its query, for the links a handout prints. */
	appUrl: string;
}

/** The handout's maps: 16:9 at twice the density, sharp in print; the page gives the date and what each item is. */
const HANDOUT_MAP = { width: 960, height: 540, pixelRatio: 2, textScale: 1.5, framed: false };

function frameOf(base: ExportBase, size: ImageSize): FrameSize {
	return size === 'screen' ? base.screen : IMAGE_SIZES[size];
}

async function openMap(base: ExportBase, frame: FrameSize & { textScale?: number; framed?: boolean }, view: Partial<ViewState> = {}): Promise<ExportMap> {
	return ExportMap.open({ scenario: base.scenario, drawn: base.drawn, view: { ...base.view, ...view }, bounds: base.bounds, largeLabels: base.largeLabels, dataUrl: base.dataUrl, ...frame });
}

/** A PNG of the view at `size`, with its legend, scale and sources; the selection ring only if asked. */
export async function exportImage(base: ExportBase, size: ImageSize, withSelection: boolean): Promise<{ blob: Blob; name: string }> {
	const map = await openMap(base, frameOf(base, size), withSelection ? {} : { item: null });
	try {
		const frame = await map.capture();
		const blob = await new Promise<Blob>((resolve, reject) => frame.toBlob((b) => (b ? resolve(b) : reject(new Error(exportsText().imageNotEncoded))), 'image/png'));
		return { blob, name: `briefing-map-${formatDay(base.view.day)}${size === 'screen' ? '' : `-${size}`}.png` };
	} finally {
		map.destroy();
	}
}

export interface VideoOptions {
	from: Day;
	to: Day;
	pace: number;
	size: VideoSize;
	/** Hold each phase's first day this long, in seconds (0: no hold). */
	holdSeconds: number;
	format: VideoFormat;
}

/** A video of the days from `from` to `to`, the view kept as on screen (layers, symbols, framing). */
export async function exportVideo(base: ExportBase, options: VideoOptions, onProgress: (progress: VideoProgress) => void, signal: AbortSignal): Promise<{ blob: Blob; name: string; frames: number; secondsPerDay: number }> {
	const map = await openMap(base, VIDEO_SIZES[options.size], { item: null, day: options.from });
	try {
		const days = Array.from({ length: options.to - options.from + 1 }, (_, i) => options.from + i);
		const holds = new Set(base.scenario.phases.map((p) => p.startDay));
		const video = await recordVideo(map, { days, pace: options.pace, holds, holdSeconds: options.holdSeconds }, options.format, onProgress, signal);
		return { blob: video.blob, name: `briefing-map-${formatDay(options.from)}-to-${formatDay(options.to)}.${video.extension}`, frames: video.frames, secondsPerDay: video.secondsPerDay };
	} finally {
		map.destroy();
	}
}

/** The address that opens `phase` as the presenter would, with the view's layers, symbols and classroom switch. */
export function phaseLink(appUrl: string, view: ViewState, phase: ValidPhase): string {
	const params = new URLSearchParams(writeViewState({ ...view, phase: phase.id, item: null, view: null, presenting: false, editing: false }).slice(1));
	params.delete('date');
	return `${appUrl}?${readable(params)}`;
}

/** A printable handout (PDF) of the phases, stopping at the day shown when the future is hidden. */
export async function exportHandout(base: ExportBase, size: PageSize, onPage: (done: number, of: number) => void, signal: AbortSignal): Promise<{ blob: Blob; name: string; pages: number }> {
	const { scenario, view } = base;
	const hidden = new Set(view.hidden);
	const pages = handoutPages(scenario.phases, scenario.features, {
		today: view.day,
		hideFuture: view.hideFuture,
		isShown: (f) => !hidden.has(f.properties.category),
		linkTo: (phase) => phaseLink(base.appUrl, view, phase)
	});
	const map = await openMap(base, HANDOUT_MAP, { item: null });
	try {
		const blob = await makeHandout(map, { title: scenario.title, start: scenario.start, end: scenario.end, phases: scenario.phases, pages, size, onPage, region: scenario.region, signal });
		return { blob, name: `briefing-handout-${formatDay(view.day)}.pdf`, pages: pages.length + 1 };
	} finally {
		map.destroy();
	}
}
