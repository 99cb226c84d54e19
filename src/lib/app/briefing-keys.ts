/** What a key does to the briefing. */
export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'exit' | 'close' | 'present';

/**
 * A presentation clicker sends PageDown/PageUp and "." or B to blank the screen: those work in
 * every mode, so a briefer with a clicker never has to switch first. Escape leaves presenter mode,
 * or else closes the detail panel.
 */
const EVERYWHERE: Record<string, KeyAction> = { PageDown: 'next', PageUp: 'previous', b: 'blank', B: 'blank', '.': 'blank' };

/** In presenter mode the keys of slide-show programs: arrows and space step, Home and End, F for full screen. */
const PRESENTING: Record<string, KeyAction> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	' ': 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	F: 'fullscreen'
};

/** Outside it the page's own controls keep those keys; P starts presenting. */
const BROWSING: Record<string, KeyAction> = { p: 'present', P: 'present' };

/** The action of a key press in the main window or the notes window, or null for a key left to the page. */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, presenting: boolean): KeyAction | null {
	if (event.ctrlKey || event.metaKey || event.altKey) return null;
	if (event.key === 'Escape') return presenting ? 'exit' : 'close';
	return EVERYWHERE[event.key] ?? (presenting ? PRESENTING : BROWSING)[event.key] ?? null;
}

/** Whether a key press belongs to a field being typed in, which shortcuts must leave alone. */
export function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) && !(target instanceof HTMLInputElement && ['range', 'checkbox'].includes(target.type));
}
