import { editingText } from '$lib/i18n/editing';

/** A form field's value as typed, without surrounding spaces. */
export const valueOf = (event: Event): string => (event.currentTarget as HTMLInputElement).value.trim();

/** An optional field's value: empty means the field is removed. */
export const optional = (event: Event): string | undefined => valueOf(event) || undefined;

/** A position from a click or a key is good to a few hundred metres at most: four decimals (about 10 m) say enough. */
export const roundDegrees = (degrees: number): number => Math.round(degrees * 1e4) / 1e4;

/** A position as people read it: "15.2° N, 66.1° W". */
export function readablePosition([longitude, latitude]: readonly [number, number]): string {
	const t = editingText();
	const part = (degrees: number, positive: string, negative: string) => t.degrees(Math.abs(degrees), degrees < 0 ? negative : positive);
	return t.position(part(latitude, t.north, t.south), part(longitude, t.east, t.west));
}
