import { localized } from './define.ts';
import { formatNumber, plural } from './format.ts';

/**
 * How a problem is said where the first view shows it (the notices, the report to download, the
 * built-in scenario's loading): apart from the checks' own messages (problems.ts), which load with
 * the checks and not before.
 */
export const problemReportText = localized(
	'problemReport',
	{
		// ——— Where a problem is (problem.ts) ———
		inPhase: (phase: string) => `phase ${phase}`,
		inFeature: (feature: string) => `feature ${feature}`,
		inColumn: (column: string) => `column "${column}"`,
		inField: (field: string) => `field "${field}"`,
		located: (where: string, message: string) => `${where}: ${message}`,

		// ——— The report to download (report.ts) ———
		reportHeading: (title: string, time: string) => `Problems found opening “${title}”, ${time} UTC`,
		reportCount: (count: number) => `${count} ${count === 1 ? 'problem' : 'problems'}; everything else was loaded.`,

		// ——— The built-in scenario (read.ts) ———
		httpError: 'error',
		builtInUnreadable: (path: string, why: string) => `could not be loaded: ${path}, which the build writes from it, could not be read (${why})`,
		builtInNotJson: (path: string, why: string) => `could not be loaded: ${path}, which the build writes from it, is not valid JSON: ${why}`,
		builtInOutdated: (path: string) => `could not be loaded: ${path}, which the build writes from it, is not a scenario this version of the app wrote; build the app again`
	},
	{
		inPhase: (phase: string) => `fase ${phase}`,
		inFeature: (feature: string) => `elemento ${feature}`,
		inColumn: (column: string) => `columna "${column}"`,
		inField: (field: string) => `campo "${field}"`,
		located: (where: string, message: string) => `${where}: ${message}`,

		reportHeading: (title: string, time: string) => `Problemas encontrados al abrir “${title}”, ${time} UTC`,
		reportCount: (count: number) => `${formatNumber(count)} ${plural(count, { one: 'problema', other: 'problemas' })}; todo lo demás se cargó.`,

		httpError: 'error',
		builtInUnreadable: (path: string, why: string) => `no se pudo cargar: no se pudo leer ${path}, que la compilación genera a partir de él (${why})`,
		builtInNotJson: (path: string, why: string) => `no se pudo cargar: ${path}, que la compilación genera a partir de él, no es JSON válido: ${why}`,
		builtInOutdated: (path: string) => `no se pudo cargar: ${path}, que la compilación genera a partir de él, no es un escenario escrito por esta versión de la aplicación; vuelva a compilar la aplicación`
	}
);
