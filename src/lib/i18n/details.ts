import { localized } from './define.ts';
import { formatNumber, plural } from './format.ts';

/** The fields `localizeScenario` may list as shown in the scenario's own language. */
type UntranslatedField =
	| 'name'
	| 'description'
	| 'dateNote'
	| 'positionNote'
	| 'place'
	| 'from'
	| 'designation'
	| 'sources'
	| 'quantities'
	| 'disagreements'
	| 'track'
	| 'reach'
	| 'summary'
	| 'notes';

// Counts and distances are written as English has always shown them (no thousands separator);
// Spanish formats them ("15.000").

/** An item's details panel and a phase's card. */
export const detailsText = localized(
	'details',
	{
		close: 'Close details',
		comesAfter: (date: string) => `This comes after ${date}. With “Hide the future” on, what is known of it stays hidden until then.`,
		notOnMap: (date: string) => `Not on the map on ${date}.`,
		when: 'When',
		what: 'What',
		where: 'Where',
		position: 'Position',
		reach: 'Reach',
		figures: 'Figures',
		/** After the dates of an item known only to the week or the month. */
		onlyThe: { week: ' (the day is not known, only the week)', month: ' (the day is not known, only the month)' },
		hiddenDescription: (date: string) => `Its description draws on reports published after ${date}, so it is hidden; the sources below are those out by then.`,
		noDescription: 'No description given.',
		drawnAs: (unit: string, neutral: boolean) => `Drawn as: ${unit}${neutral ? ', neutral (not a US unit)' : ', US (friendly)'}.`,
		exact: 'Exact: a fixed, public location.',
		approximateToday: (km: number) => `Approximate: somewhere within about ${km} km of the point shown that day.`,
		approximateArea: 'Approximate: the area drawn shows roughly where it applies; its edges are not exact.',
		approximateRadius: (km: number) => `Approximate: somewhere within about ${km} km of the centre of the dashed area (drawn when the item is chosen).`,
		symbolic: 'Symbolic: placed where it was said or decided; it is not a position.',
		plusMinus: (km: number) => ` (±${km} km)`,
		aboutFrom: (distance: string, place: string, within: string) => `About ${distance} from ${place}, measured from the centre of the area${within}.`,
		from: (distance: string, place: string) => `${distance} from ${place}.`,
		dateNotGiven: 'date not given',
		notLinked: (url: string) => `(address not linked: ${url})`,
		movesAlong: (count: number, soFar: boolean) => `Moves along ${count} reported positions${soFar ? ' so far' : ''}.`,
		/** `place` is the report's own wording, when it gives one. */
		reportedAt: (date: string, place: string | undefined) => `On ${date} it was reported at ${place ?? 'the position shown'}.`,
		workedOut: (date: string, km: number, drift: number) =>
			`On ${date} its position is worked out from the reports either side: within about ${km} km of the point shown (each day from a report adds ${drift} km).`,
		reportedPositions: 'Reported positions',
		reportedPosition: 'Reported position',
		sourceBelow: (number: number) => `Source ${number} below`,
		reachLine: (label: string, distance: string) => `${label}: ${distance}, drawn as a ring while the aircraft are there.`,
		asOf: (date: string) => `(as of ${date})`,
		overall: '(a total for the whole force)',
		disagree: 'Sources disagree',
		disagreeOn: (topic: string) => `Sources disagree: ${topic}`,
		showOnMap: 'Show on map',
		sources: 'Sources',
		hiddenSources: (count: number, date: string) => `${count} later ${count === 1 ? 'source is' : 'sources are'} hidden: published after ${date}.`,
		noSource: 'No source given, so nothing here can be checked yet.',
		ourTranslation: 'Our translation:',
		published: (date: string) => `published ${date}`,
		publicationDateNotGiven: 'publication date not given',
		earlier: ', before this item’s date: it reports a plan, an expectation or background',
		articleFile: (file: string) => `· article file ${file}`,
		/** `fields`: the names of the fields shown in the scenario's own language (see `fields`). */
		untranslatedItem: (fields: string[]) => `Part of this item is not translated; shown in the scenario’s language: ${fields.join(', ')}.`,
		untranslatedPhase: (fields: string[]) => `Part of this phase is not translated; shown in the scenario’s language: ${fields.join(', ')}.`,
		/** The fields `localizeScenario` may list as untranslated, as a reader knows them. */
		fields: {
			name: 'name',
			description: 'description',
			dateNote: 'note on the date',
			positionNote: 'note on the position',
			place: 'place',
			from: 'where it was said',
			designation: 'map label',
			sources: 'sources',
			quantities: 'figures',
			disagreements: 'where sources disagree',
			track: 'reported positions',
			reach: 'reach',
			summary: 'summary',
			notes: 'presenter’s notes'
		} satisfies Record<UntranslatedField, string>,

		phase: (number: number, span: string) => `Phase ${number} · ${span}`,
		phaseFrom: (date: string) => `from ${date}`,
		phaseSpan: (from: string, to: string) => `${from} to ${to}`,
		untold: 'Its summary tells the whole phase, so it shows on its last day (“Hide the future” is on).',
		changes: (added: number, ended: number, soFar: boolean) => `Changes in this phase: ${added} added, ${ended} ended${soFar ? ' so far' : ''}`,
		added: 'Added',
		addedInPhase: 'Added in this phase',
		ended: 'Ended',
		endedInPhase: 'Ended in this phase',
		more: (count: number) => `and ${count} more`,
		noPhaseSource: 'No source given for this phase.',
		phaseSources: (hidden: number) => `Sources for this summary${hidden > 0 ? ` (${hidden} published later, hidden)` : ''}`
	},
	{
		close: 'Cerrar detalles',
		comesAfter: (date: string) => `Esto ocurre después del ${date}. Con “Ocultar el futuro” activado, lo que se sabe de ello permanece oculto hasta entonces.`,
		notOnMap: (date: string) => `No está en el mapa el ${date}.`,
		when: 'Cuándo',
		what: 'Qué',
		where: 'Dónde',
		position: 'Posición',
		reach: 'Alcance',
		figures: 'Cifras',
		onlyThe: { week: ' (no se conoce el día, solo la semana)', month: ' (no se conoce el día, solo el mes)' },
		hiddenDescription: (date: string) =>
			`Su descripción se basa en informes publicados después del ${date}, por lo que está oculta; las fuentes de abajo son las publicadas hasta esa fecha.`,
		noDescription: 'No se indica ninguna descripción.',
		drawnAs: (unit: string, neutral: boolean) => `Representado como: ${unit}${neutral ? ', neutral (no es una unidad de EE. UU.)' : ', de EE. UU. (se dibuja como fuerza amiga, según la convención militar)'}.`,
		exact: 'Exacta: un lugar fijo y público.',
		approximateToday: (km: number) => `Aproximada: en algún lugar a unos ${formatNumber(km)} km o menos del punto mostrado ese día.`,
		approximateArea: 'Aproximada: el área dibujada muestra a grandes rasgos dónde se aplica; sus bordes no son exactos.',
		approximateRadius: (km: number) =>
			`Aproximada: en algún lugar dentro de un radio de unos ${formatNumber(km)} km alrededor del centro del área de borde punteado (que se dibuja al elegir el elemento).`,
		symbolic: 'Simbólica: se sitúa donde se dijo o se decidió; no es una posición.',
		plusMinus: (km: number) => ` (±${formatNumber(km)} km)`,
		aboutFrom: (distance: string, place: string, within: string) => `A unos ${distance} de ${place}, medidos desde el centro del área${within}.`,
		from: (distance: string, place: string) => `A ${distance} de ${place}.`,
		dateNotGiven: 'fecha no indicada',
		notLinked: (url: string) => `(dirección sin enlace: ${url})`,
		movesAlong: (count: number, soFar: boolean) => `Se desplaza entre ${formatNumber(count)} posiciones informadas${soFar ? ' hasta ahora' : ''}.`,
		// The report's wording names a place in many ways ("frente a Puerto Rico"), so it follows a colon.
		reportedAt: (date: string, place: string | undefined) =>
			place === undefined ? `El ${date} se informó que estaba en la posición mostrada.` : `El ${date} se informó de su posición: ${place}.`,
		workedOut: (date: string, km: number, drift: number) =>
			`El ${date} su posición se estima a partir de los informes anterior y posterior: a unos ${formatNumber(km)} km o menos del punto mostrado (cada día desde un informe añade ${formatNumber(drift)} km).`,
		reportedPositions: 'Posiciones informadas',
		reportedPosition: 'Posición informada',
		sourceBelow: (number: number) => `Fuente ${formatNumber(number)}, más abajo`,
		reachLine: (label: string, distance: string) => `${label}: ${distance}; se dibuja como un anillo mientras las aeronaves estén allí.`,
		asOf: (date: string) => `(hasta el ${date})`,
		overall: '(un total para toda la fuerza)',
		disagree: 'Las fuentes difieren',
		disagreeOn: (topic: string) => `Las fuentes difieren: ${topic}`,
		showOnMap: 'Mostrar en el mapa',
		sources: 'Fuentes',
		hiddenSources: (count: number, date: string) =>
			`${formatNumber(count)} ${plural(count, { one: 'fuente posterior está oculta: se publicó', other: 'fuentes posteriores están ocultas: se publicaron' })} después del ${date}.`,
		noSource: 'No se indica ninguna fuente, así que nada de esto puede comprobarse todavía.',
		ourTranslation: 'Nuestra traducción:',
		published: (date: string) => `publicada el ${date}`,
		publicationDateNotGiven: 'fecha de publicación no indicada',
		earlier: ', anterior a la fecha de este elemento: informa de un plan, una expectativa o antecedentes',
		articleFile: (file: string) => `· archivo del artículo ${file}`,
		untranslatedItem: (fields: string[]) => `Falta la traducción de parte de este elemento; se muestra en el idioma original: ${fields.join(', ')}.`,
		untranslatedPhase: (fields: string[]) => `Falta la traducción de parte de esta fase; se muestra en el idioma original: ${fields.join(', ')}.`,
		fields: {
			name: 'nombre',
			description: 'descripción',
			dateNote: 'nota sobre la fecha',
			positionNote: 'nota sobre la posición',
			place: 'lugar',
			from: 'lugar donde se dijo',
			designation: 'etiqueta del mapa',
			sources: 'fuentes',
			quantities: 'cifras',
			disagreements: 'discrepancias entre fuentes',
			track: 'posiciones informadas',
			reach: 'alcance',
			summary: 'resumen',
			notes: 'notas del presentador'
		},

		phase: (number: number, span: string) => `Fase ${formatNumber(number)} · ${span}`,
		phaseFrom: (date: string) => `desde el ${date}`,
		phaseSpan: (from: string, to: string) => `del ${from} al ${to}`,
		untold: 'Su resumen cuenta toda la fase, así que se muestra en su último día (“Ocultar el futuro” está activado).',
		changes: (added: number, ended: number, soFar: boolean) =>
			`Cambios en esta fase: ${formatNumber(added)} ${plural(added, { one: 'agregado', other: 'agregados' })}, ${formatNumber(ended)} ${plural(ended, { one: 'terminado', other: 'terminados' })}${soFar ? ' hasta ahora' : ''}`,
		added: 'Agregados',
		addedInPhase: 'Agregados en esta fase',
		ended: 'Terminados',
		endedInPhase: 'Terminados en esta fase',
		more: (count: number) => `y ${formatNumber(count)} más`,
		noPhaseSource: 'No se indica ninguna fuente para esta fase.',
		phaseSources: (hidden: number) =>
			`Fuentes de este resumen${hidden > 0 ? ` (${formatNumber(hidden)} ${plural(hidden, { one: 'publicada más tarde, oculta', other: 'publicadas más tarde, ocultas' })})` : ''}`
	}
);

/** The reader's names of the fields an item or phase shows untranslated, in the order given. */
export function untranslatedFields(fields: readonly string[]): string[] {
	const names: Partial<Record<string, string>> = detailsText().fields;
	return fields.map((field) => names[field] ?? field);
}
