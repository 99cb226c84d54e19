/** What the map area says when the map cannot be drawn: why, in words a presenter can act on, and that the rest works. */
export function mapFailureMessage(error: unknown): { title: string; detail: string } {
	const rest = 'The date control, the lists, the events and every item’s details and sources still work.';
	if (error instanceof Error && error.name === 'GPUInitializationError') {
		return {
			title: 'This browser cannot draw the map: WebGL is switched off or not available.',
			detail: `Turn on hardware acceleration (or WebGL) in the browser’s settings, or open this link in another browser. ${rest}`
		};
	}
	const reason = error instanceof Error ? error.message : String(error);
	return { title: 'The map could not be drawn.', detail: `The browser said: ${reason.slice(0, 200)}. ${rest}` };
}
