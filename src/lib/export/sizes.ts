// The sizes an export is made at; no exporter code, so the export panel can list them at once.

export interface FrameSize {
	width: number;
	height: number;
	pixelRatio: number;
}

/** Image sizes a slide needs: the map is rendered at that size, framing the screen's view. */
export const IMAGE_SIZES = {
	slide: { label: 'Slide 16:9 (1920 × 1080)', width: 1920, height: 1080, pixelRatio: 1 },
	'four-three': { label: 'Slide 4:3 (1440 × 1080)', width: 1440, height: 1080, pixelRatio: 1 },
	'4k': { label: '4K (3840 × 2160)', width: 1920, height: 1080, pixelRatio: 2 },
	screen: { label: 'As on screen', width: 0, height: 0, pixelRatio: 0 }
} as const;
export type ImageSize = keyof typeof IMAGE_SIZES;

export const VIDEO_SIZES = {
	'720p': { label: '720p (1280 × 720)', width: 1280, height: 720, pixelRatio: 1 },
	'1080p': { label: '1080p (1920 × 1080)', width: 1920, height: 1080, pixelRatio: 1 }
} as const;
export type VideoSize = keyof typeof VIDEO_SIZES;
