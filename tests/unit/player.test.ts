import { describe, expect, it } from 'vitest';
import { Player } from '$lib/timeline/player';

/** A controllable clock and map: time moves and drawing finishes only when the test says so. */
function harness(lastDay: number, daysPerSecond = 4) {
	let time = 0;
	const sleeps: { until: number; resolve: () => void }[] = [];
	const renders: (() => void)[] = [];
	const state = { day: 0, stopped: false, steps: [] as number[] };
	const player = new Player(
		{
			advance: (days) => {
				if (state.day >= lastDay) return false;
				state.steps.push(days);
				state.day = Math.min(lastDay, state.day + days);
				return true;
			},
			rendered: () => new Promise<void>((resolve) => renders.push(resolve)),
			onStop: () => (state.stopped = true)
		},
		daysPerSecond,
		{
			now: () => time,
			sleep: (ms) => new Promise<void>((resolve) => sleeps.push({ until: time + ms, resolve }))
		}
	);
	const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
	/** Moves the clock on and wakes every sleep that is over. */
	async function pass(ms: number) {
		time += ms;
		for (const sleep of sleeps.filter((s) => s.until <= time)) {
			sleeps.splice(sleeps.indexOf(sleep), 1);
			sleep.resolve();
		}
		await settle();
	}
	async function draw() {
		renders.shift()!();
		await settle();
	}
	return { player, state, sleeps, renders, pass, draw };
}

describe('Player', () => {
	it('advances one day per time slot while the map keeps up', async () => {
		const { player, state, pass, draw } = harness(10); // 4 days a second: a slot is 250 ms
		player.play();
		await pass(249);
		expect(state.day).toBe(0);
		await pass(1);
		expect(state.day).toBe(1);
		await draw();
		await pass(250);
		expect(state.day).toBe(2);
		expect(state.steps).toEqual([1, 1]);
	});

	it('never steps while the map is still drawing, so no work queues up', async () => {
		const { player, state, renders, pass } = harness(10);
		player.play();
		await pass(250);
		expect(state.day).toBe(1);
		await pass(600); // two more slots pass while the first day is drawn
		expect(state.day).toBe(1);
		expect(renders).toHaveLength(1);
	});

	it('keeps its pace on a slow map: the next step covers every day that came due', async () => {
		const { player, state, pass, draw } = harness(100, 8); // a slot is 125 ms
		player.play();
		await pass(125);
		expect(state.day).toBe(1);
		await pass(500); // the map takes 500 ms to draw day 1
		await draw();
		expect(state.day).toBe(5); // 625 ms after play: 5 days due
		expect(state.steps).toEqual([1, 4]);
	});

	it('stops at the end and says so', async () => {
		const { player, state, pass, draw } = harness(1);
		player.play();
		await pass(250);
		await draw();
		await pass(250);
		expect(state.day).toBe(1);
		expect(state.stopped).toBe(true);
		expect(player.playing).toBe(false);
	});

	it('does nothing more after stop, even when a slot ends later', async () => {
		const { player, state, pass } = harness(10);
		player.play();
		player.stop();
		await pass(1000);
		expect(state.day).toBe(0);
		expect(player.playing).toBe(false);
	});

	it('counts a new speed from the moment it is set, keeping the days already played', async () => {
		const { player, state, pass, draw } = harness(100, 1);
		player.play();
		await pass(1000);
		await draw();
		expect(state.day).toBe(1);
		player.daysPerSecond = 8;
		await pass(125);
		expect(state.day).toBe(2);
		await draw();
		await pass(250);
		expect(state.day).toBe(4);
	});
});
