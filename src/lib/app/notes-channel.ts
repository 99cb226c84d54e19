/** The BroadcastChannel the main window and the presenter's notes window talk over (same origin only). */
export const NOTES_CHANNEL = 'caribbean-briefing-notes';

/** What the main window tells the notes window: where the briefing is. */
export interface NotesMessage {
	day: number;
	phase: string | null;
	/** How many edits of the scenario are kept so far this session: the notes window reads it again when this changes. */
	revision: number;
}

/**
 * What the notes window tells the main window: `null` to ask where the briefing is, or a key
 * pressed while the notes have the focus, for the main window to act on as its own.
 */
export type NotesRequest = null | { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean };
