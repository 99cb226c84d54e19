import { distance } from '@turf/turf';
import { formatNumber } from '$lib/i18n/format';
import { mapText } from '$lib/i18n/map-text';

const KM_PER_NAUTICAL_MILE = 1.852;

/** Great-circle length of a path through `points`, in kilometres. */
export function pathKm(points: readonly [number, number][]): number {
	let km = 0;
	for (let i = 1; i < points.length; i++) km += distance(points[i - 1], points[i], { units: 'kilometers' });
	return km;
}

/** "1,234 km (666 nmi)": kilometres for most people, nautical miles for sailors and pilots. */
export function formatDistance(km: number): string {
	const round = (value: number) => (value < 10 ? formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : formatNumber(Math.round(value)));
	return mapText().distance(round(km), round(km / KM_PER_NAUTICAL_MILE));
}
