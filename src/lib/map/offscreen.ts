/** Where a badge for something beyond the view's edge goes, and which way it points. */
export interface EdgePlacement {
	x: number;
	y: number;
	/** Screen angle of the direction to the thing, in degrees clockwise from east. */
	angle: number;
	/** The edge the badge sits on. */
	side: 'top' | 'right' | 'bottom' | 'left';
}

/** Pixels kept clear at each side of the view (for the overlays drawn there). */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * For a point projected at `point` on a view `width` × `height` pixels: null when it is inside the
 * view less its `insets`; otherwise where the line from the view's centre to it leaves that inset
 * rectangle, so a badge there points the way to it.
 */
export function edgePlacement(point: { x: number; y: number }, width: number, height: number, insets: Insets): EdgePlacement | null {
	const [left, top, right, bottom] = [insets.left, insets.top, width - insets.right, height - insets.bottom];
	if (point.x >= left && point.x <= right && point.y >= top && point.y <= bottom) return null;
	const [cx, cy] = [(left + right) / 2, (top + bottom) / 2];
	const [dx, dy] = [point.x - cx, point.y - cy];
	// The largest share of the way to the point that stays inside the rectangle, and which edge stops it.
	const alongX = dx === 0 ? Infinity : (dx > 0 ? right - cx : left - cx) / dx;
	const alongY = dy === 0 ? Infinity : (dy > 0 ? bottom - cy : top - cy) / dy;
	const share = Math.min(alongX, alongY);
	const side = alongX <= alongY ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'bottom' : 'top';
	return { x: cx + dx * share, y: cy + dy * share, angle: (Math.atan2(dy, dx) * 180) / Math.PI, side };
}

/** A rectangle on screen, as `getBoundingClientRect` gives it. */
interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * How far in from each side of `view` its `overlays` (a banner, a card, a rail of badges) reach.
 * Each counts against the side it is cheapest to clear it from, so a banner across the top costs
 * the top its height, not the left its width.
 */
export function overlayInsets(view: Rect, overlays: readonly Rect[]): Insets {
	const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
	for (const o of overlays) {
		if (o.right <= view.left || o.left >= view.right || o.bottom <= view.top || o.top >= view.bottom) continue;
		const reach: Insets = { top: o.bottom - view.top, right: view.right - o.left, bottom: view.bottom - o.top, left: o.right - view.left };
		const side = (Object.keys(reach) as (keyof Insets)[]).reduce((a, b) => (reach[b] < reach[a] ? b : a));
		insets[side] = Math.max(insets[side], reach[side]);
	}
	return insets;
}
