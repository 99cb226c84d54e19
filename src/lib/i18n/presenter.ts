import { localized } from './define.ts';

/** Presenter mode's overlay on the map, and the presenter's notes window. */
export const presenterText = localized(
	'presenter',
	{
		phaseSummary: 'Phase summary',
		notesWindow: 'Notes window',
		leave: 'Leave presenter mode',
		timeline: (date: string) => `Timeline, ${date}`,
		hint: '→ / PageDown next · ← / PageUp back · B blank · F full screen · Esc leave',
		notesTitle: 'Presenter notes',
		notesKeys: 'PageDown / PageUp (or a clicker) and B work here too: they move the briefing window.',
		waiting: 'Waiting for the briefing window… Keep it open in presenter mode; these notes follow it.',
		phaseNotes: 'Notes for this phase',
		noPhaseNotes: 'No notes for this phase.',
		appearingToday: 'Appearing today',
		nextStop: (date: string) => `Next stop: ${date}`,
		/** An item dated only to a week or a month, and how it is dated. */
		datedOnly: (name: string, date: string) => `${name} (dated only to ${date})`
	},
	{
		phaseSummary: 'Resumen de la fase',
		notesWindow: 'Ventana de notas',
		leave: 'Salir del modo presentador',
		timeline: (date: string) => `Línea de tiempo, ${date}`,
		hint: '→ / Av Pág siguiente · ← / Re Pág anterior · B pantalla en negro · F pantalla completa · Esc salir',
		notesTitle: 'Notas del presentador',
		notesKeys: 'Av Pág / Re Pág (o un control de presentación) y B también funcionan aquí: mueven la ventana principal.',
		waiting: 'Esperando la ventana principal… Manténgala abierta en modo presentador; estas notas la siguen.',
		phaseNotes: 'Notas de esta fase',
		noPhaseNotes: 'No hay notas para esta fase.',
		appearingToday: 'Aparecen hoy',
		nextStop: (date: string) => `Próxima fecha: ${date}`,
		datedOnly: (name: string, date: string) => `${name} (fecha aproximada: ${date})`
	}
);
