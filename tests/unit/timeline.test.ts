import { describe, expect, it } from 'vitest';
import { TimelineState } from '$lib/timeline/timeline.svelte';

const rendered = () => Promise.resolve();

describe('TimelineState', () => {
	it('keeps the day inside the range and whole', () => {
		const timeline = new TimelineState(100, 110, 500, rendered);
		expect(timeline.day).toBe(110);
		timeline.step(-30);
		expect(timeline.day).toBe(100);
		timeline.setDay(104.6);
		expect(timeline.day).toBe(105);
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
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(once.day).toBe(101);
		expect(once.playing).toBe(false);

		const looping = new TimelineState(100, 101, 100, rendered);
		looping.loop = true;
		looping.setSpeed(1000);
		looping.play();
		const seen = new Set<number>();
		for (let i = 0; i < 20; i++) {
			seen.add(looping.day);
			await new Promise((resolve) => setTimeout(resolve, 2));
		}
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
		await new Promise((resolve) => setTimeout(resolve, 60));
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
		for (let i = 0; i < 20; i++) {
			seen.add(timeline.day);
			await new Promise((resolve) => setTimeout(resolve, 2));
		}
		timeline.pause();
		expect(seen).toEqual(new Set([120, 121]));
	});
});
