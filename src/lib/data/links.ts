/**
 * The address a link from data may open: only a well-formed http or https URL, whatever its letter
 * case. Anything else (javascript:, data:, file:, a relative path) gets no link, so nothing in a
 * file can run as code or open a local resource; the validation reports it too.
 */
export function webAddress(url: string | undefined): string | null {
	if (url === undefined) return null;
	try {
		const parsed = new URL(url.trim());
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
	} catch {
		return null;
	}
}
