// How notices about the address repeat what it says.

/** How many names a notice lists before it says how many more. */
const LISTED = 5;
/** How much of a value from the address a notice repeats. */
const SHOWN_LENGTH = 60;

/** A value from the address as a notice quotes it: shortened, so a hostile link cannot flood the screen. */
export function shown(value: string): string {
	return value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
}

/** "\"a\"", "\"a\" and \"b\"", "\"a\", \"b\", … and 495 more". */
export function listed(values: string[]): string {
	const names = values.slice(0, LISTED).map((value) => `"${shown(value)}"`);
	if (values.length > LISTED) return `${names.join(', ')} and ${values.length - LISTED} more`;
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
}
