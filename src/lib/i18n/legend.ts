import type { UnitType } from '../data/schema.ts';
import { localized } from './define.ts';
import { formatNumber } from './format.ts';

/** The legend: layers, symbol styles, what each unit symbol stands for, and the kinds of position. */
export const legendText = localized(
	'legend',
	{
		heading: 'Legend',
		countTitle: 'On the map now',
		/** How many of a layer's items are on the map: unformatted in English, as it has always been. */
		count: (count: number) => `${count}`,
		symbols: 'Symbols',
		military: 'Military (MIL-STD-2525 / APP-6)',
		plain: 'Plain icons',
		unitSymbols: 'Unit symbols',
		/** After a unit's label when it is not a US unit. */
		notUs: '(not US; drawn neutral)',
		reach: 'Range rings (how far the aircraft there can reach)',
		positions: 'Positions',
		exact: 'Exact',
		exactMeans: 'a fixed, public place',
		approximate: 'Approximate',
		approximateMeans: 'somewhere in the dashed area',
		symbolic: 'Symbolic',
		symbolicMeans: 'where it was said, not a position',
		allAreas: 'Every dashed area (otherwise only the chosen or pointed-at item\'s)',
		/** What each unit type is called in the legend and the detail panel. */
		units: {
			'carrier-group': 'Carrier strike group',
			destroyer: 'Destroyer',
			cruiser: 'Cruiser',
			'amphibious-group': 'Amphibious group',
			warship: 'Warship',
			submarine: 'Submarine',
			fighter: 'Fighter aircraft',
			drone: 'Drone (unmanned aircraft)',
			'maritime-patrol': 'Maritime patrol aircraft',
			'air-base': 'Air base',
			tanker: 'Tanker (civilian)'
		} satisfies Record<UnitType, string>
	},
	{
		heading: 'Leyenda',
		countTitle: 'En el mapa ahora',
		count: (count: number) => formatNumber(count),
		symbols: 'Símbolos',
		military: 'Militares (MIL-STD-2525 / APP-6)',
		plain: 'Iconos sencillos',
		unitSymbols: 'Símbolos de unidades',
		notUs: '(no es de EE. UU.; se dibuja como neutral)',
		reach: 'Anillos de alcance (hasta dónde pueden llegar las aeronaves que están allí)',
		positions: 'Posiciones',
		exact: 'Exacta',
		exactMeans: 'un lugar fijo y público',
		approximate: 'Aproximada',
		approximateMeans: 'en algún lugar del área de borde punteado',
		symbolic: 'Simbólica',
		symbolicMeans: 'donde se dijo, no es una posición',
		allAreas: 'Todas las áreas de borde punteado (si no, solo la del elemento elegido o señalado)',
		units: {
			'carrier-group': 'Grupo de ataque de portaaviones',
			destroyer: 'Destructor',
			cruiser: 'Crucero',
			'amphibious-group': 'Grupo anfibio',
			warship: 'Buque de guerra',
			submarine: 'Submarino',
			fighter: 'Avión de combate',
			drone: 'Dron (aeronave no tripulada)',
			'maritime-patrol': 'Avión de patrulla marítima',
			'air-base': 'Base aérea',
			tanker: 'Petrolero (civil)'
		}
	}
);
