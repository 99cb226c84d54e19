import { describe, expect, it } from 'vitest';
import { Player } from '$lib/timeline/player';

/** A controllable clock and map: sleeps and renders finish only when the test says so. */
function harness(lastDay: number) {
	const sleeps: (() => void)[] = [];
	const renders: (() => void)[] = [];
	const state = { day: 0, stopped: false };
	const player = new Player(
		{
			advance: () => (state.day < lastDay ? (state.day++, true) : false),
			rendered: () => new Promise<void>((resolve) => renders.push(resolve)),
			onStop: () => (state.stopped = true)
		},
		4,
		(ms) => {
			expect(ms).toBe(1000 / player.daysPerSecond);
			return new Promise<void>((resolve) => sleeps.push(resolve));
		}
	);
	const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
	return { player, state, sleeps, renders, settle };
}

describe('Player', () => {
	it('advances one day per time slot', async () => {
		const { player, state, sleeps, renders, settle } = harness(10);
		player.play();
		sleeps.shift()!();
		renders.shift()!();
		await settle();
		expect(state.day).toBe(1);
		sleeps.shift()!();
		renders.shift()!();
		await settle();
		expect(state.day).toBe(2);
	});

	it('waits for the map to draw before the next step, however late', async () => {
		const { player, state, sleeps, renders, settle } = harness(10);
		player.play();
		sleeps.shift()!(); // the time slot is over...
		await settle();
		expect(state.day).toBe(0); // ...but the map is still drawing
		renders.shift()!();
		await settle();
		expect(state.day).toBe(1);
		expect(sleeps.length).toBe(1); // exactly one step pending, nothing queued
	});

	it('stops at the end and says so', async () => {
		const { player, state, sleeps, renders, settle } = harness(1);
		player.play();
		for (let i = 0; i < 2; i++) {
			sleeps.shift()!();
			renders.shift()!();
			await settle();
		}
		expect(state.day).toBe(1);
		expect(state.stopped).toBe(true);
		expect(player.playing).toBe(false);
	});

	it('does nothing more after stop, even when a slot ends later', async () => {
		const { player, state, sleeps, renders, settle } = harness(10);
		player.play();
		player.stop();
		sleeps.shift()!();
		renders.shift()!();
		await settle();
		expect(state.day).toBe(0);
		expect(player.playing).toBe(false);
	});

	it('uses a speed change from the next step on', async () => {
		const { player, sleeps, renders, settle } = harness(10);
		player.play();
		player.daysPerSecond = 8;
		sleeps.shift()!();
		renders.shift()!();
		await settle();
		expect(sleeps.length).toBe(1); // the sleep callback asserted 1000 / 8 ms
	});
});
