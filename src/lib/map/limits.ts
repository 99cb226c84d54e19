import type { ScenarioFeature } from '$lib/data/scenario';
import { mapText } from '$lib/i18n/map-text';

/**
 * More unit symbols than this and the map draws units as plain points: symbols that many stack
 * into an unreadable block, and each costs MapLibre an icon and a collision box.
 */
export const SYMBOL_LIMIT = 2_000;
/** More members than this and a group's block of cards would cover the map: its members are drawn each on its own. */
export const GROUP_LIMIT = 40;

/**
 * The features as the map draws them, within what it can show legibly: oversized groups broken up
 * and, beyond the symbol limit, units as plain points. The data itself is unchanged (the detail
 * panel still says what each unit is); each degradation comes with a notice.
 */
export function withinMapLimits(features: readonly ScenarioFeature[]): { features: readonly ScenarioFeature[]; notices: string[] } {
	const t = mapText();
	const notices: string[] = [];
	const members = new Map<string, number>();
	for (const f of features) if (f.properties.group !== undefined) members.set(f.properties.group, (members.get(f.properties.group) ?? 0) + 1);
	const oversized = new Set([...members].filter(([, count]) => count > GROUP_LIMIT).map(([group]) => group));
	for (const group of oversized) {
		notices.push(t.groupTooLarge(group, members.get(group) ?? 0, GROUP_LIMIT));
	}
	const units = features.filter((f) => f.properties.unit).length;
	const plain = units > SYMBOL_LIMIT;
	if (plain) notices.push(t.tooManyUnits(units, SYMBOL_LIMIT));
	if (!plain && !oversized.size) return { features, notices };
	return {
		features: features.map((f) => {
			const ungroup = f.properties.group !== undefined && oversized.has(f.properties.group);
			if (!ungroup && !(plain && f.properties.unit)) return f;
			const { group, unit, ...rest } = f.properties;
			return { ...f, properties: { ...rest, ...(!ungroup && group !== undefined && { group }), ...(!plain && unit && { unit }) } };
		}),
		notices
	};
}
