/** What a key does in presenter mode. */
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'exit';

/**
 * Presentation clickers send PageDown/PageUp (some send arrows or space), and "." or B to blank
 * the screen; F and Escape follow slide-show programs.
 */
const KEYS: Record<string, PresenterAction> = {
	PageDown: 'next',
	ArrowRight: 'next',
	ArrowDown: 'next',
	' ': 'next',
	PageUp: 'previous',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	Home: 'first',
	End: 'last',
	b: 'blank',
	B: 'blank',
	'.': 'blank',
	f: 'fullscreen',
	F: 'fullscreen',
	Escape: 'exit'
};

export function presenterAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): PresenterAction | null {
	if (event.ctrlKey || event.metaKey || event.altKey) return null;
	return KEYS[event.key] ?? null;
}

/** Whether a key press belongs to a field being typed in, which shortcuts must leave alone. */
export function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) && !(target instanceof HTMLInputElement && ['range', 'checkbox'].includes(target.type));
}
