import { localized } from './define.ts';
import { formatList, formatNumber, plural } from './format.ts';

/**
 * The notices about what the page's address asks for (src/lib/url). Setting names and values
 * (date=, phase=, view=-66.5,13,5, yes, no) are what the address says and stay as they are.
 */
export const addressText = localized(
	'address',
	{
		/** A value from the address as a notice quotes it. */
		quoted: (value: string) => `"${value}"`,
		/** The end of a long list: "… and 495 more". */
		more: (count: number) => `${count} more`,
		unknownSettings: (names: string, count: number) => `Ignored ${names} in the address: this map does not know ${count === 1 ? 'that setting' : 'those settings'}.`,
		repeated: (name: string, count: number, first: string) => `The address gives ${name}= ${count} times; using the first, ${name}=${first}.`,
		unknownLanguage: (value: string, languages: readonly string[]) => `Ignored lang=${value}: this map speaks ${formatList(languages)}.`,
		unknownPhase: (value: string, ids: string) => `Ignored phase=${value}: there is no such phase (${ids}).`,
		dateOutsidePhase: (id: string) => `The address names phase ${id} and a date outside it; showing the date.`,
		unknownItem: (value: string) => `Ignored item=${value}: no item has that id.`,
		brokenView: (value: string) => `Ignored view=${value}: expected longitude,latitude,zoom in decimal degrees such as view=-66.5,13,5.`,
		unknownLayers: (names: string, _count: number, ids: string) => `Ignored ${names} in hide=: there is no such layer (${ids}).`,
		unknownSymbols: (value: string) => `Ignored symbols=${value}: expected plain or military.`,
		unknownFlag: (name: string, value: string) => `Ignored ${name}=${value}: expected 1 or 0 (or yes or no).`,
		notADate: (value: string, fallback: string) => `The address asks for date "${value}", which is not a date (use YYYY-MM-DD). Showing ${fallback}.`,
		/** The scenario's days, as the notices below put them in brackets. */
		span: (first: string, last: string) => `${first} to ${last}`,
		nearestRealDay: (day: string) => `${day}, the nearest real day`,
		nearestDayInScenario: (day: string, span: string) => `${day}, the nearest day in this scenario (${span})`,
		notARealDate: (value: string, instead: string) => `The address asks for ${value}, which is not a real date. Showing ${instead}.`,
		outsideScenario: (value: string, span: string, day: string) => `The address asks for ${value}, outside this scenario (${span}). Showing ${day}, the nearest day.`
	},
	{
		quoted: (value: string) => `“${value}”`,
		more: (count: number) => `${formatNumber(count)} más`,
		unknownSettings: (names: string, count: number) =>
			plural(count, {
				one: `Se ignoró ${names} en la dirección: este mapa no conoce ese ajuste.`,
				other: `Se ignoraron ${names} en la dirección: este mapa no conoce esos ajustes.`
			}),
		repeated: (name: string, count: number, first: string) => `La dirección indica ${name}= ${formatNumber(count)} veces; se usa el primer valor, ${name}=${first}.`,
		unknownLanguage: (value: string, languages: readonly string[]) => `Se ignoró lang=${value}: los idiomas de este mapa son ${formatList(languages)}.`,
		unknownPhase: (value: string, ids: string) => `Se ignoró phase=${value}: no existe esa fase (${ids}).`,
		dateOutsidePhase: (id: string) => `La dirección indica la fase ${id} y una fecha fuera de ella; se muestra la fecha.`,
		unknownItem: (value: string) => `Se ignoró item=${value}: ningún elemento tiene ese identificador.`,
		brokenView: (value: string) => `Se ignoró view=${value}: se esperaba longitud,latitud,zoom en grados decimales, como view=-66.5,13,5.`,
		unknownLayers: (names: string, count: number, ids: string) =>
			plural(count, {
				one: `Se ignoró ${names} en hide=: no existe esa capa (${ids}).`,
				other: `Se ignoraron ${names} en hide=: no existen esas capas (${ids}).`
			}),
		unknownSymbols: (value: string) => `Se ignoró symbols=${value}: se esperaba plain o military.`,
		unknownFlag: (name: string, value: string) => `Se ignoró ${name}=${value}: se esperaba 1 o 0 (o yes o no).`,
		notADate: (value: string, fallback: string) => `La dirección pide la fecha “${value}”, que no es una fecha (use AAAA-MM-DD). Se muestra el ${fallback}.`,
		span: (first: string, last: string) => `del ${first} al ${last}`,
		nearestRealDay: (day: string) => `el ${day}, el día real más cercano`,
		nearestDayInScenario: (day: string, span: string) => `el ${day}, el día más cercano dentro de este escenario (${span})`,
		notARealDate: (value: string, instead: string) => `La dirección pide ${value}, que no es una fecha real. Se muestra ${instead}.`,
		outsideScenario: (value: string, span: string, day: string) => `La dirección pide ${value}, fuera de este escenario (${span}). Se muestra el ${day}, el día más cercano.`
	}
);
