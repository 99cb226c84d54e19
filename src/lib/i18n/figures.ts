import type { Quantity } from '../data/schema.ts';
import { localized } from './define.ts';
import { formatNumber, plural } from './format.ts';

type Kind = Quantity['kind'];
type Qualifier = Exclude<Quantity['qualifier'], 'exactly'>;

/** Reported figures: what each kind counts, how sure a figure is, and how amounts are written. */
export const figuresText = localized(
	'figures',
	{
		/** What each kind counts, as a heading: said exactly, so unlike things are never read as one. */
		kinds: {
			personnel: 'US personnel',
			aircraft: 'US aircraft',
			ships: 'US Navy ships',
			killed: 'people killed',
			'boats-destroyed': 'boats destroyed',
			strikes: 'strikes',
			'reward-usd': 'reward'
		} satisfies Record<Kind, string>,
		/** The words before a figure that is not exact ("about 4,500"). */
		qualifiers: { about: 'about', 'at least': 'at least', 'more than': 'more than', nearly: 'nearly' } satisfies Record<Qualifier, string>,
		qualified: (qualifier: string, amount: string) => `${qualifier} ${amount}`,
		/** "about 4,500 US personnel": the figure and what it counts. */
		figure: (amount: string, what: string) => `${amount} ${what}`,
		/** "$50 million", "$25,000". */
		dollars: (value: number) => (value >= 1e6 ? `$${formatNumber(value / 1e6)} million` : `$${formatNumber(value)}`),
		range: (low: string, high: string) => `${low}–${high}`,
		approximate: (range: string) => `≈ ${range}`
	},
	{
		kinds: {
			personnel: 'efectivos de EE. UU.',
			aircraft: 'aeronaves de EE. UU.',
			ships: 'buques de la Armada de EE. UU.',
			killed: 'muertos',
			'boats-destroyed': 'lanchas destruidas',
			strikes: 'ataques',
			'reward-usd': 'de recompensa'
		},
		qualifiers: { about: 'alrededor de', 'at least': 'al menos', 'more than': 'más de', nearly: 'casi' },
		qualified: (qualifier: string, amount: string) => `${qualifier} ${amount}`,
		figure: (amount: string, what: string) => `${amount} ${what}`,
		dollars: (value: number) =>
			value >= 1e6
				? `${formatNumber(value / 1e6)} ${plural(value / 1e6, { one: 'millón', other: 'millones' })} de dólares`
				: `${formatNumber(value)} ${plural(value, { one: 'dólar', other: 'dólares' })}`,
		range: (low: string, high: string) => `${low}–${high}`,
		approximate: (range: string) => `≈ ${range}`
	}
);
