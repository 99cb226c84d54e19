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
