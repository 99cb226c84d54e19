import type { Unit, UnitType } from '../data/schema.ts';

/**
 * MIL-STD-2525C letter codes for each unit type, with `*` where the affiliation letter goes.
 * Sea surface: carrier, destroyer, cruiser, amphibious assault, line combatant, merchant tanker;
 * subsurface: submarine; air: fighter, unmanned aerial vehicle, patrol; ground: airport installation.
 */
export const SIDC_PATTERNS: Record<UnitType, string> = {
	'carrier-group': 'S*SPCLCV-------',
	destroyer: 'S*SPCLDD-------',
	cruiser: 'S*SPCLCC-------',
	'amphibious-group': 'S*SPCALA-------',
	warship: 'S*SPCL---------',
	submarine: 'S*UPS----------',
	fighter: 'S*APMFF--------',
	drone: 'S*APMFQ--------',
	'maritime-patrol': 'S*APMFP--------',
	'air-base': 'S*GPIBA--------',
	tanker: 'S*SPXMO--------'
};

const AFFILIATION_LETTERS = { friend: 'F', neutral: 'N' } as const;

/** The symbol identification code for a unit. */
export function sidc(unit: Unit): string {
	return SIDC_PATTERNS[unit.type].replace('*', AFFILIATION_LETTERS[unit.affiliation]);
}

/** Every code the app can need: each type with each affiliation. */
export function allSidcs(): string[] {
	return (Object.keys(SIDC_PATTERNS) as UnitType[]).flatMap((type) => (['friend', 'neutral'] as const).map((affiliation) => sidc({ type, affiliation })));
}
