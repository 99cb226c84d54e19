import { localized } from './define.ts';
import { formatNumber, plural } from './format.ts';

/** The date control under the map and the date banner over it. */
export const controlsText = localized(
	'controls',
	{
		group: 'Date control',
		previousDay: 'Previous day',
		nextDay: 'Next day',
		play: 'Play',
		pause: 'Pause',
		date: 'Date',
		/** A phase still in the future (its name hidden), and one shown. */
		phaseTitle: (number: number) => `Phase ${number}`,
		phaseTitleNamed: (number: number, name: string, from: string, to: string) => `Phase ${number}: ${name} (${from} to ${to})`,
		goToPhase: (number: number) => `Go to phase ${number}`,
		goToPhaseNamed: (number: number, name: string) => `Go to phase ${number}: ${name}`,
		phase: 'Phase',
		choosePhase: 'Phase…',
		notYet: 'Not yet',
		stopPhase: 'Stop phase',
		playPhase: 'Play this phase',
		speed: 'Speed',
		speedOption: (days: number) => `${formatNumber(days)} ${plural(days, { one: 'day', other: 'days' })}/s`,
		loop: 'Loop',
		/** Every item lacks a source: how many there are. */
		noneSourced: (items: number) => `No item names a source (${formatNumber(items)} ${plural(items, { one: 'item', other: 'items' })})`,
		someUnsourced: (count: number, items: number) => `${formatNumber(count)} of ${formatNumber(items)} items name no source`,
		phaseOf: (number: number, count: number) => `Phase ${number} of ${count}`
	},
	{
		group: 'Control de fecha',
		previousDay: 'Día anterior',
		nextDay: 'Día siguiente',
		play: 'Reproducir',
		pause: 'Pausar',
		date: 'Fecha',
		phaseTitle: (number: number) => `Fase ${number}`,
		phaseTitleNamed: (number: number, name: string, from: string, to: string) => `Fase ${number}: ${name} (del ${from} al ${to})`,
		goToPhase: (number: number) => `Ir a la fase ${number}`,
		goToPhaseNamed: (number: number, name: string) => `Ir a la fase ${number}: ${name}`,
		phase: 'Fase',
		choosePhase: 'Fase…',
		notYet: 'Todavía no',
		stopPhase: 'Detener fase',
		playPhase: 'Reproducir esta fase',
		speed: 'Velocidad',
		speedOption: (days: number) => `${formatNumber(days)} ${plural(days, { one: 'día', other: 'días' })}/s`,
		loop: 'Repetir',
		noneSourced: (items: number) => `Ningún elemento indica una fuente (${formatNumber(items)} ${plural(items, { one: 'elemento', other: 'elementos' })})`,
		someUnsourced: (count: number, items: number) =>
			`${formatNumber(count)} de ${formatNumber(items)} elementos ${plural(count, { one: 'no indica ninguna fuente', other: 'no indican ninguna fuente' })}`,
		phaseOf: (number: number, count: number) => `Fase ${number} de ${count}`
	}
);
