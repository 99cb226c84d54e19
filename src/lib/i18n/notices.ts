import { localized } from './define.ts';
import { formatNumber, plural } from './format.ts';

/** The notices over the map: messages, the data's problems, a new version waiting. */
export const noticesText = localized(
	'notices',
	{
		newVersion: 'A new version of the map is ready.',
		reload: 'Reload for the new version',
		dismiss: 'Dismiss notice',
		more: (count: number) => `${formatNumber(count)} more ${plural(count, { one: 'notice', other: 'notices' })}`,
		beyond: (count: number) => `… and ${formatNumber(count)} more in the report.`,
		dismissAll: 'Dismiss all notices',
		problems: (count: number) => `${formatNumber(count)} ${plural(count, { one: 'problem', other: 'problems' })} in the data; everything else is loaded.`,
		download: 'Download this report'
	},
	{
		newVersion: 'Hay una nueva versión del mapa disponible.',
		reload: 'Recargar con la nueva versión',
		dismiss: 'Cerrar aviso',
		more: (count: number) => `${formatNumber(count)} ${plural(count, { one: 'aviso más', other: 'avisos más' })}`,
		beyond: (count: number) => `… y ${formatNumber(count)} más en el informe.`,
		dismissAll: 'Cerrar todos los avisos',
		problems: (count: number) => `${formatNumber(count)} ${plural(count, { one: 'problema', other: 'problemas' })} en los datos; todo lo demás se cargó.`,
		download: 'Descargar este informe'
	}
);
