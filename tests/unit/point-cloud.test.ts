import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '$lib/data/scenario';
import { hasFigures } from '$lib/map/scenario-layers';
import { POINT_CLOUD_FROM, isPlainDot, pointCloudFeatures } from '$lib/map/plain-dots';
import type { ScenarioFeature } from '$lib/data/scenario';
import { pointFeature } from './scenario-feature';

const geodata = new URL('../../geodata/', import.meta.url);

describe('which items a large scenario draws as a point cloud', () => {
	const dots = (count: number, properties: Partial<ScenarioFeature['properties']> = {}) => Array.from({ length: count }, (_, fid) => pointFeature(fid, properties));

	it('takes plain dots, exact or symbolic, and nothing that has more drawn for it', () => {
		expect(isPlainDot(pointFeature(0))).toBe(true);
		expect(isPlainDot(pointFeature(0, { precision: 'symbolic', place: 'Off Venezuela' }))).toBe(true);
		expect(isPlainDot(pointFeature(0, { unit: { type: 'destroyer', affiliation: 'friend' } })), 'a unit has a symbol').toBe(false);
		expect(isPlainDot(pointFeature(0, { group: 'g' })), 'a group member stands in its cluster').toBe(false);
		expect(isPlainDot(pointFeature(0, { reach: { radiusKm: 100, label: 'reach', sources: [] } })), 'a range ring is a figure').toBe(false);
		const area: ScenarioFeature = { ...pointFeature(0, { precision: 'approximate', radiusKm: 50 }), shape: { type: 'Polygon', coordinates: [[[-66, 18], [-65, 18], [-65, 19], [-66, 18]]] } };
		expect(isPlainDot(area), 'an approximate position is drawn as its circle').toBe(false);
		expect(isPlainDot({ ...pointFeature(0), arrow: { at: [-60, 10], bearing: 90 } }), 'a statement made far away has an arrow').toBe(false);
	});

	it('leaves a scenario with fewer dots than the threshold on the map’s own sources', () => {
		expect(pointCloudFeatures(dots(POINT_CLOUD_FROM - 1))).toEqual([]);
		const many = dots(POINT_CLOUD_FROM);
		expect(pointCloudFeatures(many)).toHaveLength(POINT_CLOUD_FROM);
		const mixed = [...many, pointFeature(POINT_CLOUD_FROM, { unit: { type: 'destroyer', affiliation: 'friend' } })];
		expect(pointCloudFeatures(mixed).map((f) => f.fid), 'the unit stays with the sources').not.toContain(POINT_CLOUD_FROM);
	});

	it('never takes an item of the built-in scenario that has a figure, symbol or track', async () => {
		const scenario = (await loadScenario((path) => readFile(new URL(path, geodata), 'utf8'))) as Scenario;
		const plain = scenario.features.filter(isPlainDot);
		expect(plain.length).toBeGreaterThan(0);
		for (const f of plain) expect([hasFigures(f), f.track, f.properties.unit], f.properties.id).toEqual([false, null, undefined]);
		expect(pointCloudFeatures(scenario.features), 'too small for a cloud').toEqual([]);
	});
});

describe('where the point cloud puts a dot', () => {
	it('projects as MapLibre does', async () => {
		const { MercatorCoordinate } = await import('maplibre-gl');
		const { mercatorX, mercatorY } = await import('$lib/map/point-cloud');
		for (const [lng, lat] of [[0, 0], [-66.6, 18.2], [179.9, -84], [-180, 85]] as const) {
			const { x, y } = MercatorCoordinate.fromLngLat([lng, lat]);
			const [mx, my] = [mercatorX(lng), mercatorY(lat)];
			expect(mx).toBeCloseTo(x, 12);
			expect(my).toBeCloseTo(y, 12);
		}
	});
});

describe('what the map works out once from a scenario', () => {
	/** Runs a preparation to its end, counting the pauses it offers the page. */
	const run = <T>(work: Generator<void, T>) => {
		let pauses = 0;
		for (let step = work.next(); ; step = work.next(), pauses++) if (step.done) return { result: step.value, pauses };
	};
	const categories = [{ id: 'air', label: 'Air', color: '#102030' }];

	it('leaves a small scenario on the sources, whole', async () => {
		const { mapPreparation } = await import('$lib/map/preparation');
		const scenario = (await loadScenario((path) => readFile(new URL(path, geodata), 'utf8'))) as Scenario;
		const { result } = run(mapPreparation(scenario.features, scenario.categories));
		expect(result.dots).toBeNull();
		expect(result.onSources).toBe(scenario.features);
		expect(result.tracked.map((f) => f.fid)).toEqual(scenario.features.filter((f) => f.track).map((f) => f.fid));
		expect([...result.figured]).toEqual(scenario.features.map((f) => Number(hasFigures(f))));
		expect(result.unitSlots.size, 'the units’ places').toBeGreaterThan(0);
	});

	it('takes a large scenario’s plain dots into arrays for the GPU, and leaves the rest to the sources', async () => {
		const { mapPreparation } = await import('$lib/map/preparation');
		const { mercatorX, mercatorY } = await import('$lib/map/point-cloud');
		const unit = pointFeature(POINT_CLOUD_FROM, { unit: { type: 'destroyer', affiliation: 'friend' } });
		const features = [...Array.from({ length: POINT_CLOUD_FROM }, (_, fid) => ({ ...pointFeature(fid, fid === 1 ? { precision: 'symbolic', place: 'Off Venezuela' } : {}), anchor: [-66 + fid / 1e4, 18] as [number, number] })), unit];
		const { result, pauses } = run(mapPreparation(features, categories));
		expect(pauses, 'a pause for the page between the passes').toBeGreaterThanOrEqual(5);
		const dots = result.dots!;
		expect(dots.fids).toHaveLength(POINT_CLOUD_FROM);
		expect(dots.dotOf[unit.fid], 'the unit is no dot').toBe(-1);
		expect(dots.dotOf[7]).toBe(7);
		expect(dots.positions[7 * 2]).toBeCloseTo(mercatorX(-66 + 7 / 1e4), 6);
		expect(dots.positions[7 * 2 + 1]).toBeCloseTo(mercatorY(18), 6);
		expect([...dots.colors.subarray(0, 8)], 'the category’s colour; alpha marks a symbolic place').toEqual([0x10, 0x20, 0x30, 0, 0x10, 0x20, 0x30, 255]);
		expect(result.onSources).toEqual([unit]);
		expect(result.figured.every((figured) => figured === 0)).toBe(true);
	});

	it('pauses within the dots every 200,000', async () => {
		const { dotArrays } = await import('$lib/map/point-cloud');
		const dot = (fid: number) => ({ fid, anchor: [-66, 18], properties: { category: 'air', precision: 'exact' } }) as unknown as ScenarioFeature;
		const { result, pauses } = run(dotArrays(Array.from({ length: 400_001 }, (_, fid) => dot(fid)), new Map([['air', '#102030']]), 400_001));
		expect(pauses).toBe(2);
		expect(result.fids[400_000]).toBe(400_000);
	});
});

describe('letting the page breathe', () => {
	it('runs work between other tasks and gives its result', async () => {
		const { inTasks } = await import('$lib/app/next-task');
		const order: string[] = [];
		function* work() {
			order.push('first pass');
			yield;
			order.push('second pass');
			return 42;
		}
		setTimeout(() => order.push('another task'), 0);
		expect(await inTasks(work())).toBe(42);
		expect(order).toEqual(['first pass', 'another task', 'second pass']);
	});
});

describe('the dots’ layer drawing in frames', () => {
	/** A WebGL 2 context that draws nothing and notes each dots' draw call: [how many, from which]. */
	function fakeContext() {
		const draws: [number, number][] = [];
		const context = new Proxy(
			{ drawingBufferWidth: 800, drawingBufferHeight: 600, drawElements: (_mode: number, count: number, _type: number, offset: number) => draws.push([count, offset / 4]) },
			{ get: (target, name) => (name in target ? target[name as keyof typeof target] : name === 'getShaderParameter' || name === 'getProgramParameter' ? () => true : () => ({})) }
		);
		return { context: context as unknown as WebGL2RenderingContext, draws };
	}
	function fakeMap() {
		const map = { moving: false, repaints: 0, isMoving: () => map.moving, triggerRepaint: () => (map.repaints += 1), getPixelRatio: () => 1, getZoom: () => 5 };
		return map;
	}
	const camera = (x: number) => ({ modelViewProjectionMatrix: Float64Array.from({ length: 16 }, (_, i) => (i === 12 ? x : i % 5 === 0 ? 1 : 0)) }) as never;

	async function cloudOf(count: number) {
		const { PointCloud, dotArrays, DOTS_PER_FRAME } = await import('$lib/map/point-cloud');
		const dot = (fid: number) => ({ fid, anchor: [-66, 18], properties: { category: 'air', precision: 'exact' } }) as unknown as ScenarioFeature;
		const work = dotArrays(Array.from({ length: count }, (_, fid) => dot(fid)), new Map([['air', '#102030']]), count);
		let step = work.next();
		while (!step.done) step = work.next();
		const restarts = { count: 0 };
		const cloud = new PointCloud(step.value, () => (restarts.count += 1));
		const { context, draws } = fakeContext();
		const map = fakeMap();
		cloud.onAdd(map as never, context);
		return { cloud, context, draws, map, restarts, perFrame: DOTS_PER_FRAME };
	}

	it('draws the dots on the map a frame’s worth at a time, asks for frames until done, and only then is not drawing', async () => {
		const { cloud, context, draws, map, perFrame } = await cloudOf(240_000);
		for (let fid = 0; fid < 240_000; fid += 1) if (fid % 3 !== 2) cloud.setState(fid, { visible: true });
		const onMap = 160_000;
		expect(cloud.drawing).toBe(true);
		cloud.prerender(context, camera(0));
		expect(draws, 'the first frame’s worth, hidden dots skipped').toEqual([[perFrame, 0]]);
		expect(cloud.drawing).toBe(true);
		expect(map.repaints).toBe(1);
		cloud.prerender(context, camera(0));
		expect(draws.at(-1), 'the rest').toEqual([onMap - perFrame, perFrame]);
		expect(cloud.drawing).toBe(false);
		expect(map.repaints, 'no frame asked for once done').toBe(1);
		cloud.prerender(context, camera(0));
		expect(draws, 'a frame where nothing changed draws no dot').toHaveLength(2);
	});

	it('starts again when the day changes midway, and draws a moving camera’s picture whole', async () => {
		const { cloud, context, draws, map, restarts, perFrame } = await cloudOf(240_000);
		for (let fid = 0; fid < 240_000; fid += 1) cloud.setState(fid, { visible: true });
		cloud.prerender(context, camera(0));
		cloud.setState(0, { visible: false });
		cloud.prerender(context, camera(0));
		expect(draws.at(-1), 'from the start, without the dot now hidden').toEqual([perFrame, 0]);
		expect(restarts.count, 'the map told each time').toBe(2);
		map.moving = true;
		cloud.prerender(context, camera(1));
		expect(draws.at(-1)).toEqual([239_999, 0]);
		expect(cloud.drawing).toBe(false);
		expect(restarts.count, 'a camera that moved, however, is a new picture too').toBe(3);
	});

	it('moves the last picture along while the camera moves over many dots, and draws afresh at rest; draws few whole each frame', async () => {
		const { cloud, context, draws, map, perFrame } = await cloudOf(240_000);
		for (let fid = 0; fid < 240_000; fid += 1) cloud.setState(fid, { visible: true });
		cloud.prerender(context, camera(0));
		cloud.prerender(context, camera(0));
		cloud.prerender(context, camera(0));
		expect(cloud.drawing).toBe(false);
		const drawnAtRest = draws.length;
		map.moving = true;
		cloud.prerender(context, camera(1));
		cloud.prerender(context, camera(2));
		expect(draws, 'no dot drawn while moving').toHaveLength(drawnAtRest);
		map.moving = false;
		cloud.prerender(context, camera(2));
		expect(draws.at(-1), 'at rest, a new picture in frames').toEqual([perFrame, 0]);
		expect(cloud.drawing).toBe(true);

		const few = await cloudOf(30_000);
		for (let fid = 0; fid < 30_000; fid += 1) few.cloud.setState(fid, { visible: true });
		few.cloud.prerender(few.context, camera(0));
		few.map.moving = true;
		few.cloud.prerender(few.context, camera(1));
		expect(few.draws, 'a few dots drawn whole in each frame of the move').toEqual([[30_000, 0], [30_000, 0]]);
	});

	it('finishes at once when no dot is on the map', async () => {
		const { cloud, context, draws } = await cloudOf(30_000);
		cloud.prerender(context, camera(0));
		expect(draws).toEqual([]);
		expect(cloud.drawing).toBe(false);
	});
});

describe('the last picture moved along with the map', () => {
	/** A camera as MapLibre gives it (column-major 4×4): scale, shift, and a tilt in w. */
	const camera = (scale: number, dx: number, dy: number, tilt = 0) => Float64Array.of(scale, 0, 0, 0, 0, -scale, 0, tilt, 0, 0, 1, 0, dx, dy, 0, 1);
	const clipOf = (m: Float64Array, world: number, [x, y]: [number, number]) => {
		const w = m[3] * x * world + m[7] * y * world + m[15];
		return [(m[0] * x * world + m[4] * y * world + m[12]) / w, (m[1] * x * world + m[5] * y * world + m[13]) / w];
	};
	const warped = (warp: Float32Array, [x, y]: number[]) => {
		const [u, v, w] = [0, 1, 2].map((row) => warp[row] * x + warp[3 + row] * y + warp[6 + row]);
		return [u / w, v / w];
	};

	it('is where it was for the same camera', async () => {
		const { pictureWarp } = await import('$lib/map/point-cloud');
		const same = camera(0.002, -0.3, 0.4, 1e-4);
		expect([...pictureWarp(same, 4096, same, 4096)].map((v) => +v.toFixed(6) + 0)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
	});

	it('puts each place on screen where the picture has it, across a pan, a zoom and a tilt', async () => {
		const { pictureWarp } = await import('$lib/map/point-cloud');
		const [from, fromWorld] = [camera(0.002, -0.5, 0.6), 8192];
		const [to, toWorld] = [camera(0.0015, -0.2, 0.3, 2e-5), 16384];
		const warp = pictureWarp(from, fromWorld, to, toWorld);
		for (const place of [[0.3, 0.45], [0.31, 0.44], [0.29, 0.47]] as [number, number][]) {
			const [x, y] = warped(warp, clipOf(to, toWorld, place));
			const [ex, ey] = clipOf(from, fromWorld, place);
			expect(x).toBeCloseTo(ex, 4);
			expect(y).toBeCloseTo(ey, 4);
		}
	});
});
