import { mapText } from '$lib/i18n/map-text';

/** What the map area says when the map cannot be drawn: why, in words a presenter can act on, and that the rest works. */
export function mapFailureMessage(error: unknown): { title: string; detail: string } {
	const t = mapText().failure;
	if (error instanceof Error && error.name === 'GPUInitializationError') return { title: t.noWebGL, detail: t.noWebGLDetail(t.rest) };
	const reason = error instanceof Error ? error.message : String(error);
	return { title: t.failed, detail: t.failedDetail(reason.slice(0, 200), t.rest) };
}
