import { describe, expect, it } from 'vitest';
import { edgePlacement } from '$lib/map/offscreen';

const insets = { top: 20, right: 20, bottom: 20, left: 20 };

describe('badges for what lies beyond the view', () => {
	it('are not needed for a point in view', () => {
		expect(edgePlacement({ x: 500, y: 300 }, 1000, 600, insets)).toBeNull();
	});

	it('sit on the edge towards the point, pointing at it', () => {
		// Far to the east, level with the centre: the middle of the right edge, pointing east.
		expect(edgePlacement({ x: 9000, y: 300 }, 1000, 600, insets)).toEqual({ x: 980, y: 300, angle: 0, side: 'right' });
		// Up and to the left at 45°: the line from the centre meets the top edge first.
		const corner = edgePlacement({ x: -1000, y: -1200 }, 1000, 600, insets)!;
		expect(corner.y).toBeCloseTo(20);
		expect(corner.x).toBeCloseTo(500 - 280);
		expect(corner.angle).toBeCloseTo(-135);
		expect(corner.side).toBe('top');
	});

	it('keep clear of the overlays along each edge', () => {
		const placed = edgePlacement({ x: 9000, y: -2000 }, 1000, 600, { top: 120, right: 10, bottom: 40, left: 10 })!;
		expect(placed.side).toBe('right');
		expect(placed.y).toBeGreaterThanOrEqual(120);
	});
});

