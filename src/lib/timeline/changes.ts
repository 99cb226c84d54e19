import type { Day } from './day';
import type { Span } from './time-index';

/** What a stretch of days (a phase) brought: items that appeared in it, and items from before that ended in it. */
export interface Changes<T> {
	added: T[];
	ended: T[];
}

/**
 * The changes over [first, last]. An item that both appears and ends inside the stretch (a one-day
 * statement, say) counts as added only: it is news of the stretch, not something it took away.
 */
export function changesBetween<T extends Span>(items: readonly T[], first: Day, last: Day): Changes<T> {
	return {
		added: items.filter((item) => item.start >= first && item.start <= last),
		ended: items.filter((item) => item.start < first && item.end !== null && item.end >= first && item.end <= last)
	};
}
