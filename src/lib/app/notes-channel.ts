/** The BroadcastChannel the main window and the presenter's notes window talk over (same origin only). */
export const NOTES_CHANNEL = 'caribbean-briefing-notes';

/** What the main window tells the notes window: where the briefing is. The notes window sends `null` to ask. */
export interface NotesMessage {
	day: number;
	phase: string | null;
}
