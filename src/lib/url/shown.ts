// How notices about the address repeat what it says.

import { addressText } from '$lib/i18n/address';
import { formatList } from '$lib/i18n/format';

/** How many names a notice lists before it says how many more. */
const LISTED = 5;
/** How much of a value from the address a notice repeats. */
const SHOWN_LENGTH = 60;

/** A value from the address as a notice quotes it: shortened, so a hostile link cannot flood the screen. */
export function shown(value: string): string {
	return value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
}

/** "\"a\"", "\"a\" and \"b\"", "\"a\", \"b\", … and 495 more", in the reader's language. */
export function listed(values: string[]): string {
	const t = addressText();
	const names = values.slice(0, LISTED).map((value) => t.quoted(shown(value)));
	return formatList(values.length > LISTED ? [...names, t.more(values.length - LISTED)] : names);
}
