// The sizes an export is made at; no exporter code, so the export panel can list them at once (named in src/lib/i18n/exports.ts).

export interface FrameSize {
	width: number;
	height: number;
	pixelRatio: number;
}

/** Image sizes a slide needs: the map is rendered at that size, framing the screen's view. */
export const IMAGE_SIZES = {
	slide: { width: 1920, height: 1080, pixelRatio: 1 },
	'four-three': { width: 1440, height: 1080, pixelRatio: 1 },
	'4k': { width: 1920, height: 1080, pixelRatio: 2 },
	screen: { width: 0, height: 0, pixelRatio: 0 }
} as const;
export type ImageSize = keyof typeof IMAGE_SIZES;

export const VIDEO_SIZES = {
	'720p': { width: 1280, height: 720, pixelRatio: 1 },
	'1080p': { width: 1920, height: 1080, pixelRatio: 1 }
} as const;
export type VideoSize = keyof typeof VIDEO_SIZES;
