import type { Problem } from '$lib/data/validate';

/** An edit that was not made, and why: what it was for stays as it last was valid until the field is fixed. */
export interface Refused {
	/** An item's or a phase's id; the scenario's own fields (title, categories) are `scenario`. */
	target: 'item' | 'phase' | 'scenario';
	id: string;
	problems: Problem[];
}

/**
 * The refused edit's problems that belong beside one field of one form: the target and id it was
 * for, and the field itself or anything under it (`sources[1]` covers `sources[1].url`).
 */
export function problemsAt(refused: Refused | null, target: Refused['target'], id: string, field: string): Problem[] {
	if (!refused || refused.target !== target || refused.id !== id) return [];
	return refused.problems.filter((p) => p.field === field || p.field?.startsWith(`${field}.`) || p.field?.startsWith(`${field}[`));
}
