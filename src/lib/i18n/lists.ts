import { localized } from './define.ts';
import { formatNumber, plural } from './format.ts';

// Counts are written as English has always shown them (no thousands separator); Spanish formats them ("15.000").

/** The sidebar's lists: the events feed, what is on the map, and the reported figures' totals. */
export const listsText = localized(
	'lists',
	{
		events: 'Events',
		hideFuture: 'Hide the future',
		eventsByDay: 'Events by day',
		noSource: 'no source given',
		/** After an event's source when its day is not known. */
		onlyThe: { week: 'the day is not known, only the week', month: 'the day is not known, only the month' },
		laterHidden: 'Later events are hidden. Move the date on to reveal them.',

		onTheMap: 'On the map',
		count: (count: number) => `${count}`,
		nothing: 'Nothing is on the map on this date with the layers shown.',
		tooMany: (count: number) => `Too many items to list (${formatNumber(count)}). By layer:`,
		layerCount: (layer: string, count: number) => `${layer}: ${formatNumber(count)}`,
		precision: { approximate: 'approximate position', symbolic: 'symbolic placement' },
		datedOnly: (date: string) => `dated only to ${date}`,
		showAll: (count: number) => `Show all ${count}`,

		figures: 'Reported figures on the map',
		fromItems: (count: number) => `from ${count} ${count === 1 ? 'item' : 'items'}`,
		overall: 'Overall: ',
		asOf: (date: string) => `, as of ${date}`,
		how: 'Only like is added to like, each item once; a range where sources differ. Running counts, totals for a whole force and rewards are shown as reported, not added. Each item’s details say who reports what.'
	},
	{
		events: 'Sucesos',
		hideFuture: 'Ocultar el futuro',
		eventsByDay: 'Sucesos por día',
		noSource: 'sin fuente',
		onlyThe: { week: 'no se conoce el día, solo la semana', month: 'no se conoce el día, solo el mes' },
		laterHidden: 'Los sucesos posteriores están ocultos. Avance la fecha para verlos.',

		onTheMap: 'En el mapa',
		count: (count: number) => formatNumber(count),
		nothing: 'No hay nada en el mapa en esta fecha con las capas mostradas.',
		tooMany: (count: number) => `Hay demasiados elementos para enumerarlos (${formatNumber(count)}). Por capa:`,
		layerCount: (layer: string, count: number) => `${layer}: ${formatNumber(count)}`,
		precision: { approximate: 'posición aproximada', symbolic: 'ubicación simbólica' },
		datedOnly: (date: string) => `fechado solo en ${date}`,
		showAll: (count: number) => `Mostrar los ${formatNumber(count)}`,

		figures: 'Cifras informadas en el mapa',
		fromItems: (count: number) => `de ${formatNumber(count)} ${plural(count, { one: 'elemento', other: 'elementos' })}`,
		overall: 'Total general: ',
		asOf: (date: string) => `, hasta el ${date}`,
		how: 'Solo se suman cifras del mismo tipo, cada elemento una vez; donde las fuentes difieren, se da un rango. Los recuentos acumulados, los totales de toda una fuerza y las recompensas se muestran tal como se informaron, sin sumarse. Los detalles de cada elemento indican quién informa qué.'
	}
);
