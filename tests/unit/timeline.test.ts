import { describe, expect, it } from 'vitest';
import { TimelineState } from '$lib/timeline/timeline.svelte';

const rendered = () => Promise.resolve();

/** Waits, checking every millisecond or so, until `done` holds; a busy machine only makes it wait longer (vitest's timeout ends a wait that never succeeds). */
async function until(done: () => boolean): Promise<void> {
	while (!done()) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('TimelineState', () => {
	it('keeps the day inside the range and whole', () => {
		const timeline = new TimelineState(100, 110, 500, rendered);
		expect(timeline.day).toBe(110);
		timeline.step(-30);
		expect(timeline.day).toBe(100);
		timeline.setDay(104.6);
		expect(timeline.day).toBe(105);
	});

	it('places a day along the slider: the first at 0 %, the last at 100 %; a one-day range does not divide by zero', () => {
		const timeline = new TimelineState(100, 110, 100, rendered);
		expect([timeline.percent(100), timeline.percent(105), timeline.percent(110)]).toEqual([0, 50, 100]);
		expect(new TimelineState(100, 100, 100, rendered).percent(101)).toBe(100);
	});

	it('starts again from the beginning when play is pressed at the end', () => {
		const timeline = new TimelineState(100, 110, 110, rendered);
		timeline.play();
		expect(timeline.day).toBe(100);
		expect(timeline.playing).toBe(true);
		timeline.pause();
		expect(timeline.playing).toBe(false);
	});

	it('plays to the end and stops, or loops', async () => {
		const once = new TimelineState(100, 101, 100, rendered);
		once.setSpeed(1000);
		once.play();
		await until(() => !once.playing);
		expect(once.day).toBe(101);
		expect(once.playing).toBe(false);

		const looping = new TimelineState(100, 101, 100, rendered);
		looping.loop = true;
		looping.setSpeed(1000);
		looping.play();
		const seen = new Set<number>();
		// Round the range and back to its start: looping, not stopping at the end.
		await until(() => (seen.add(looping.day), seen.has(101) && looping.day === 100));
		looping.pause();
		expect(seen).toEqual(new Set([100, 101]));
	});
});

describe('playing one stretch (a phase)', () => {
	it('starts at its first day and stops at its last', async () => {
		const timeline = new TimelineState(100, 200, 150, rendered);
		timeline.setSpeed(1000);
		timeline.playStretch(120, 122);
		expect(timeline.day).toBe(120);
		await until(() => !timeline.playing);
		expect(timeline.day).toBe(122);
		expect(timeline.playing).toBe(false);
		expect(timeline.playRange).toBeNull();
	});

	it('loops inside the stretch when asked', async () => {
		const timeline = new TimelineState(100, 200, 150, rendered);
		timeline.loop = true;
		timeline.setSpeed(1000);
		timeline.playStretch(120, 121);
		const seen = new Set<number>();
		await until(() => (seen.add(timeline.day), seen.has(121) && timeline.day === 120));
		timeline.pause();
		expect(seen).toEqual(new Set([120, 121]));
	});
});
