import { localized } from './define.ts';
import { formatNumber, plural } from './format.ts';

/**
 * The texts of scenario edits: what each change is called beside Undo and Redo ("Undo: move “Ceiba”"),
 * the names new items, phases and categories are given, and why an edit was refused.
 */
export const editsText = localized(
	'edits',
	{
		/** Each change's name in the undo history, said after "Undo: " and "Redo: ". */
		history: {
			addItem: 'add an item',
			drawArea: 'draw an area',
			drawTrack: 'draw a track',
			moveItem: (name: string) => `move “${name}”`,
			moveItemOn: (name: string, date: string) => `move “${name}” on ${date}`,
			rename: (name: string) => `rename “${name}”`,
			description: (name: string) => `change the description of “${name}”`,
			category: (name: string) => `change the category of “${name}”`,
			start: (name: string) => `change the start of “${name}”`,
			end: (name: string) => `change the end of “${name}”`,
			datePrecision: (name: string) => `change how exactly the date is known for “${name}”`,
			positionPrecision: (name: string) => `change how exactly the position is known for “${name}”`,
			positionNote: (name: string) => `change the position note of “${name}”`,
			radius: (name: string) => `change the radius of “${name}”`,
			place: (name: string) => `change where it was said for “${name}”`,
			removeArrow: (name: string) => `remove the arrow of “${name}”`,
			aim: (name: string) => `aim “${name}”`,
			symbol: (name: string) => `change the symbol of “${name}”`,
			affiliation: (name: string) => `change the affiliation of “${name}”`,
			labelPriority: (name: string) => `change the label priority of “${name}”`,
			addSource: (name: string) => `add a source to “${name}”`,
			changeSource: (name: string) => `change a source of “${name}”`,
			removeSource: (name: string) => `remove a source of “${name}”`,
			deleteItem: (name: string) => `delete “${name}”`,
			addFigure: (name: string) => `add a figure to “${name}”`,
			changeFigure: (name: string) => `change a figure of “${name}”`,
			removeFigure: (name: string) => `remove a figure of “${name}”`,
			addDisagreement: (name: string) => `add a disagreement to “${name}”`,
			changeDisagreement: (name: string) => `change a disagreement of “${name}”`,
			removeDisagreement: (name: string) => `remove a disagreement of “${name}”`,
			movePosition: (name: string) => `move a position of “${name}”`,
			positionDate: (name: string) => `change the date of a position of “${name}”`,
			positionPlace: (name: string) => `change where a position of “${name}”`,
			positionRadius: (name: string) => `change how exact a position is of “${name}”`,
			positionSource: (name: string) => `change who reports a position of “${name}”`,
			removePosition: (name: string) => `remove a position of “${name}”`,
			stopMoving: (name: string) => `stop “${name}” moving`,
			addPosition: (name: string, date: string) => `add a position on ${date} to “${name}”`,
			splitPhases: 'split the phases',
			renamePhase: (name: string) => `rename the phase “${name}”`,
			phaseStart: (name: string) => `move the start of “${name}”`,
			phaseEnd: (name: string) => `move the end of “${name}”`,
			phaseSummary: (name: string) => `change the summary of “${name}”`,
			phaseNotes: (name: string) => `change the notes of “${name}”`,
			deletePhase: (name: string) => `delete the phase “${name}”`,
			renameScenario: 'rename the scenario',
			fitDates: 'fit the dates to the items',
			addCategory: (label: string) => `add the category “${label}”`,
			renameCategory: (label: string) => `rename “${label}”`,
			recolourCategory: (label: string) => `recolour “${label}”`
		},
		/** The name a new item carries until it is given its own. */
		newItemName: 'New item',
		/** A phase a split makes, named by its place. */
		newPhaseName: (place: number) => `Phase ${place}`,
		/** The one category of a scenario started from nothing. */
		firstCategory: 'Events',
		/** Why the figure form does not save a figure that repeats another. */
		repeatedFigure: (other: number) =>
			`it says the same as figure ${formatNumber(other)} (the same kind, source, day and subject): say what each counts under “Of what”, or remove one`,
		/** What cites a source, named in a refusal to remove it. */
		citingFigure: (figure: number, described: string) => `figure ${formatNumber(figure)} (${described})`,
		citingClaim: (claim: number, topic: string) => `claim ${formatNumber(claim)} in “${topic}”`,
		citingPosition: (date: string) => `the track position of ${date}`,
		citingPositions: (count: number) => `${formatNumber(count)} track positions`,
		/** `count` is how many things `citing` lists. */
		citedBy: (citing: string, count: number) =>
			plural(count, {
				one: `${citing} cites this source: point it at another source or remove it first`,
				other: `${citing} cite this source: point them at another source or remove them first`
			}),
		/** The phase boundaries' handles, for a screen reader. */
		boundaryBetween: (before: string, after: string) => `Boundary between “${before}” and “${after}”`,
		startOf: (phase: string) => `Start of “${phase}”`,
		endOf: (phase: string) => `End of “${phase}”`,
		/** The date beside a boundary's handle: "from 12 Nov", "to 31 Dec". */
		boundaryFrom: (date: string) => `from ${date}`,
		boundaryTo: (date: string) => `to ${date}`,
		/** Why the last change was not kept in this browser. */
		savedElsewhere: 'another tab saved this scenario since this one did, so this change was not kept; reload to carry on from that version'
	},
	{
		history: {
			addItem: 'agregar un elemento',
			drawArea: 'dibujar un área',
			drawTrack: 'trazar un recorrido',
			moveItem: (name: string) => `mover “${name}”`,
			moveItemOn: (name: string, date: string) => `mover “${name}” el ${date}`,
			rename: (name: string) => `renombrar “${name}”`,
			description: (name: string) => `cambiar la descripción de “${name}”`,
			category: (name: string) => `cambiar la categoría de “${name}”`,
			start: (name: string) => `cambiar el inicio de “${name}”`,
			end: (name: string) => `cambiar el final de “${name}”`,
			datePrecision: (name: string) => `cambiar la precisión de la fecha de “${name}”`,
			positionPrecision: (name: string) => `cambiar la precisión de la posición de “${name}”`,
			positionNote: (name: string) => `cambiar la nota de posición de “${name}”`,
			radius: (name: string) => `cambiar el radio de “${name}”`,
			place: (name: string) => `cambiar el lugar de la declaración de “${name}”`,
			removeArrow: (name: string) => `quitar la flecha de “${name}”`,
			aim: (name: string) => `orientar la flecha de “${name}”`,
			symbol: (name: string) => `cambiar el símbolo de “${name}”`,
			affiliation: (name: string) => `cambiar la afiliación de “${name}”`,
			labelPriority: (name: string) => `cambiar la prioridad de la etiqueta de “${name}”`,
			addSource: (name: string) => `agregar una fuente a “${name}”`,
			changeSource: (name: string) => `cambiar una fuente de “${name}”`,
			removeSource: (name: string) => `quitar una fuente de “${name}”`,
			deleteItem: (name: string) => `eliminar “${name}”`,
			addFigure: (name: string) => `agregar una cifra a “${name}”`,
			changeFigure: (name: string) => `cambiar una cifra de “${name}”`,
			removeFigure: (name: string) => `quitar una cifra de “${name}”`,
			addDisagreement: (name: string) => `agregar una discrepancia a “${name}”`,
			changeDisagreement: (name: string) => `cambiar una discrepancia de “${name}”`,
			removeDisagreement: (name: string) => `quitar una discrepancia de “${name}”`,
			movePosition: (name: string) => `mover una posición de “${name}”`,
			positionDate: (name: string) => `cambiar la fecha de una posición de “${name}”`,
			positionPlace: (name: string) => `cambiar el lugar de una posición de “${name}”`,
			positionRadius: (name: string) => `cambiar la precisión de una posición de “${name}”`,
			positionSource: (name: string) => `cambiar quién informa una posición de “${name}”`,
			removePosition: (name: string) => `quitar una posición de “${name}”`,
			stopMoving: (name: string) => `hacer que “${name}” deje de moverse`,
			addPosition: (name: string, date: string) => `agregar una posición el ${date} a “${name}”`,
			splitPhases: 'dividir las fases',
			renamePhase: (name: string) => `renombrar la fase “${name}”`,
			phaseStart: (name: string) => `mover el inicio de “${name}”`,
			phaseEnd: (name: string) => `mover el final de “${name}”`,
			phaseSummary: (name: string) => `cambiar el resumen de “${name}”`,
			phaseNotes: (name: string) => `cambiar las notas de “${name}”`,
			deletePhase: (name: string) => `eliminar la fase “${name}”`,
			renameScenario: 'renombrar el escenario',
			fitDates: 'ajustar las fechas a los elementos',
			addCategory: (label: string) => `agregar la categoría “${label}”`,
			renameCategory: (label: string) => `renombrar “${label}”`,
			recolourCategory: (label: string) => `cambiar el color de “${label}”`
		},
		newItemName: 'Elemento nuevo',
		newPhaseName: (place: number) => `Fase ${place}`,
		firstCategory: 'Sucesos',
		repeatedFigure: (other: number) =>
			`dice lo mismo que la cifra ${formatNumber(other)} (el mismo tipo, fuente, día y objeto): indique qué cuenta cada una en “De qué”, o quite una`,
		citingFigure: (figure: number, described: string) => `la cifra ${formatNumber(figure)} (${described})`,
		citingClaim: (claim: number, topic: string) => `la afirmación ${formatNumber(claim)} de “${topic}”`,
		citingPosition: (date: string) => `la posición del recorrido del ${date}`,
		citingPositions: (count: number) => `${formatNumber(count)} posiciones del recorrido`,
		citedBy: (citing: string, count: number) =>
			plural(count, {
				one: `esta fuente se usa en ${citing}: antes de quitarla, asigne allí otra fuente o elimine lo que la usa`,
				other: `esta fuente se usa en ${citing}: antes de quitarla, asigne allí otra fuente o elimine lo que la usa`
			}),
		boundaryBetween: (before: string, after: string) => `Límite entre “${before}” y “${after}”`,
		startOf: (phase: string) => `Inicio de “${phase}”`,
		endOf: (phase: string) => `Fin de “${phase}”`,
		boundaryFrom: (date: string) => `desde el ${date}`,
		boundaryTo: (date: string) => `hasta el ${date}`,
		savedElsewhere: 'otra pestaña guardó este escenario después que esta, así que este cambio no se guardó; recargue la página para continuar desde esa versión'
	}
);
