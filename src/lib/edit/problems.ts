import type { Problem } from '$lib/data/problem';

/** An edit that was not made, and why: what it was for stays as it last was valid until the field is fixed. */
export interface Refused {
	/** An item's or a phase's id; the scenario's own fields (title, categories) are `scenario`. */
	target: 'item' | 'phase' | 'scenario';
	id: string;
	problems: Problem[];
}

/** The refused edit's problems, when it was for this target and id. */
function refusedFor(refused: Refused | null, target: Refused['target'], id: string): Problem[] {
	return refused && refused.target === target && refused.id === id ? refused.problems : [];
}

/** Whether a problem's field is `key` or lies under it (`sources[1]` covers `sources[1].url`). */
const under = (field: string | undefined, key: string) => field === key || !!field?.startsWith(`${key}.`) || !!field?.startsWith(`${key}[`);

/** The refused edit's problems that belong beside one field of one form: the target and id it was for, and the field itself or anything under it. */
export function problemsAt(refused: Refused | null, target: Refused['target'], id: string, field: string): Problem[] {
	return refusedFor(refused, target, id).filter((p) => under(p.field, field));
}

/** The refused edit's problems about none of `fields`: a form says them at its top, so no refusal goes unexplained. */
export function problemsElsewhere(refused: Refused | null, target: Refused['target'], id: string, fields: readonly string[]): Problem[] {
	return refusedFor(refused, target, id).filter((p) => !fields.some((field) => under(p.field, field)));
}

/** The refused edit's problems under `field` that none of `placed` covers: a part of a form says them at its top. */
export function problemsWithin(refused: Refused | null, target: Refused['target'], id: string, field: string, placed: readonly string[]): Problem[] {
	return problemsAt(refused, target, id, field).filter((p) => !placed.some((key) => under(p.field, key)));
}
