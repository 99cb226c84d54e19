/** What a thrown value says, as text. */
export function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
