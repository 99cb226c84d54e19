import { localized } from './define.ts';
import { formatNumber } from './format.ts';

/** The rail at the map's edge: moving items beyond it, and cities where something was said today. */
export const mapEdgesText = localized(
	'map-edges',
	{
		label: 'Beyond the map',
		choose: 'Choose to see it',
		/** `km` is already rounded to the hundred. */
		distance: (km: number) => `about ${formatNumber(km)} km from the centre of the map`,
		saidIn: (place: string) => `Said in ${place}`,
		more: (count: number) => `and ${formatNumber(count)} more: see the list`
	},
	{
		label: 'Fuera del mapa',
		choose: 'Elíjalo para verlo',
		distance: (km: number) => `a unos ${formatNumber(km)} km del centro del mapa`,
		saidIn: (place: string) => `Declaraciones en ${place}`,
		more: (count: number) => `y ${formatNumber(count)} más: vea la lista`
	}
);
