import { localized } from './define.ts';

/** How dates are said around the formatted day itself. */
export const dateText = localized(
	'dates',
	{
		weekOf: (date: string) => `the week of ${date}`,
		from: (date: string) => `From ${date}`,
		until: (span: string, end: string) => `${span}, on the map until ${end}`,
		range: (from: string, to: string) => `${from} to ${to}`
	},
	{
		weekOf: (date: string) => `la semana del ${date}`,
		// "Desde el 13 de septiembre…", but "Desde la semana del…" and "Desde septiembre…".
		from: (date: string) => (/^\d/.test(date) ? `Desde el ${date}` : `Desde ${date}`),
		until: (span: string, end: string) => `${span}, en el mapa hasta el ${end}`,
		range: (from: string, to: string) => `Del ${from} al ${to}`
	}
);
