import { BufferTarget, CanvasSource, Mp4OutputFormat, Output, QUALITY_HIGH, WebMOutputFormat, getFirstEncodableVideoCodec } from 'mediabunny';
import type { Day } from '$lib/timeline/day';
import { exportsText } from '$lib/i18n/exports';
import type { ExportMap } from './export-map';

/** MP4 (H.264; WebM where the browser cannot encode H.264) or WebM (VP9, else VP8). */
export type VideoFormat = 'mp4' | 'webm';

/** Frames per second of every video: a constant rate, which slide programs and players all take. */
export const FRAME_RATE = 30;

export interface VideoPlan {
	/** The days shown, in order: each drawn completely before its frames are taken. */
	days: Day[];
	/** Days per second of video. */
	pace: number;
	/** Days held for `holdSeconds` (each phase's first day), for the audience to read the new phase. */
	holds: ReadonlySet<Day>;
	holdSeconds: number;
}

/**
 * How many frames each day gets: a day lasts 1/pace seconds of video (plus a hold), counted on a
 * running clock so a pace that does not divide the frame rate still keeps time over the whole video.
 */
export function framesPerDay({ days, pace, holds, holdSeconds }: VideoPlan): number[] {
	let seconds = 0;
	let framesSoFar = 0;
	return days.map((day) => {
		seconds += 1 / pace + (holds.has(day) ? holdSeconds : 0);
		const until = Math.round(seconds * FRAME_RATE);
		const frames = until - framesSoFar;
		framesSoFar = until;
		return frames;
	});
}

export interface VideoProgress {
	framesDone: number;
	frames: number;
	/** Seconds left at the pace so far; null until a day has been drawn. */
	secondsLeft: number | null;
}

export interface Video {
	blob: Blob;
	extension: 'mp4' | 'webm';
	frames: number;
	/** Seconds each day took to draw and encode, for the benchmark. */
	secondsPerDay: number;
}

/**
 * Records `plan` from `map` into an MP4 (H.264) or a WebM (VP9 or VP8), as `format` asks; an MP4
 * becomes a WebM where the browser cannot encode H.264. Entirely in the browser. The clock is the video's, not the machine's: a day's
 * frames are taken only once it is completely drawn. `signal` cancels; nothing is left behind.
 */
export async function recordVideo(map: ExportMap, plan: VideoPlan, format: VideoFormat, onProgress: (progress: VideoProgress) => void, signal: AbortSignal): Promise<Video> {
	const frame = await map.capture();
	const { width, height } = frame;
	const codec = await getFirstEncodableVideoCodec(format === 'mp4' ? ['avc', 'vp9', 'vp8'] : ['vp9', 'vp8'], { width, height });
	if (!codec) throw new Error(exportsText().videoNotEncoded(width, height));
	const mp4 = codec === 'avc';
	const output = new Output({ format: mp4 ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(), target: new BufferTarget() });
	const source = new CanvasSource(frame, { codec, bitrate: QUALITY_HIGH, keyFrameInterval: 2 });
	output.addVideoTrack(source, { frameRate: FRAME_RATE });
	const counts = framesPerDay(plan);
	const frames = counts.reduce((a, b) => a + b, 0);
	const started = performance.now();
	let framesDone = 0;
	try {
		await output.start();
		for (const [i, day] of plan.days.entries()) {
			if (signal.aborted) throw new DOMException('The recording was cancelled', 'AbortError');
			await map.show(day);
			await map.capture();
			for (let k = 0; k < counts[i]; k++) {
				await source.add(framesDone / FRAME_RATE, 1 / FRAME_RATE);
				framesDone += 1;
			}
			const perFrame = (performance.now() - started) / 1000 / framesDone;
			onProgress({ framesDone, frames, secondsLeft: perFrame * (frames - framesDone) });
		}
		await output.finalize();
	} catch (error) {
		if (output.state === 'started' || output.state === 'pending') await output.cancel();
		throw error;
	}
	const buffer = (output.target as BufferTarget).buffer!;
	return {
		blob: new Blob([buffer], { type: mp4 ? 'video/mp4' : 'video/webm' }),
		extension: mp4 ? 'mp4' : 'webm',
		frames,
		secondsPerDay: (performance.now() - started) / 1000 / plan.days.length
	};
}
