/** Device pixels per CSS pixel the arrowhead is drawn at, so it stays crisp on dense screens. */
export const ARROWHEAD_PIXEL_RATIO = 2;
const SIZE = 18 * ARROWHEAD_PIXEL_RATIO;

/** A filled arrowhead pointing north, in `color` with a white rim, for MapLibre's addImage. */
export function drawArrowhead(color: string): ImageData {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = SIZE;
	const context = canvas.getContext('2d')!;
	const rim = 2 * ARROWHEAD_PIXEL_RATIO;
	context.beginPath();
	context.moveTo(SIZE / 2, rim);
	context.lineTo(SIZE - rim, SIZE - rim);
	context.lineTo(SIZE / 2, SIZE * 0.72);
	context.lineTo(rim, SIZE - rim);
	context.closePath();
	context.lineJoin = 'round';
	context.lineWidth = rim;
	context.strokeStyle = '#ffffff';
	context.stroke();
	context.fillStyle = color;
	context.fill();
	return context.getImageData(0, 0, SIZE, SIZE);
}

/** The ring around the selected item: a gold circle, drawn at the arrowhead's density. */
export function drawSelectionRing(): ImageData {
	const size = 36 * ARROWHEAD_PIXEL_RATIO;
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = size;
	const context = canvas.getContext('2d')!;
	context.beginPath();
	context.arc(size / 2, size / 2, size / 2 - 3 * ARROWHEAD_PIXEL_RATIO, 0, 2 * Math.PI);
	context.lineWidth = 4 * ARROWHEAD_PIXEL_RATIO;
	context.strokeStyle = '#f0b429';
	context.stroke();
	return context.getImageData(0, 0, size, size);
}
