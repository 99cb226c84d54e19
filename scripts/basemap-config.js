// What the basemap covers and labels. City and sea positions are public reference coordinates
// (GeoNames / Wikipedia), rounded to 0.01 degrees; they label the map and carry no scenario facts.

/** West, south, east, north: the Caribbean with the US east coast up to New York and Maine. */
export const BASEMAP_BBOX = [-100, -5, -45, 46];

/**
 * `name` must match a Natural Earth country; `label` is what the map shows. Larger rank = smaller
 * text. `zoomed` puts a label only on the map zoomed out ('out') or in ('in'), so a large country
 * keeps its name in view when a close view shows only its coast. `focus` names the places the
 * scenario is about: their names are placed before any other. `beside` names an island too small
 * to hold both its name and its capital's above or below it.
 */
export const COUNTRY_LABELS = [
	{ name: 'Venezuela', label: 'VENEZUELA', at: [-66.2, 7.4], rank: 1, zoomed: 'out', focus: true },
	{ name: 'Venezuela', label: 'VENEZUELA', at: [-65.6, 9.35], rank: 1, zoomed: 'in', focus: true },
	{ name: 'Colombia', label: 'COLOMBIA', at: [-73.6, 4.0], rank: 1 },
	{ name: 'United States of America', label: 'UNITED STATES', at: [-84.0, 33.0], rank: 1 },
	{ name: 'Mexico', label: 'MEXICO', at: [-99.0, 23.5], rank: 1 },
	{ name: 'Brazil', label: 'BRAZIL', at: [-60.0, 1.5], rank: 1 },
	{ name: 'Cuba', label: 'CUBA', at: [-79.2, 21.9], rank: 2 },
	{ name: 'Guyana', label: 'GUYANA', at: [-58.9, 5.0], rank: 2 },
	{ name: 'Suriname', label: 'SURINAME', at: [-55.9, 4.1], rank: 3 },
	{ name: 'Panama', label: 'PANAMA', at: [-80.3, 8.3], rank: 3 },
	{ name: 'Costa Rica', label: 'COSTA RICA', at: [-84.1, 10.0], rank: 3 },
	{ name: 'Nicaragua', label: 'NICARAGUA', at: [-85.0, 12.9], rank: 2 },
	{ name: 'Honduras', label: 'HONDURAS', at: [-86.6, 14.7], rank: 3 },
	{ name: 'Guatemala', label: 'GUATEMALA', at: [-90.3, 15.6], rank: 3 },
	{ name: 'Belize', label: 'BELIZE', at: [-88.6, 17.2], rank: 4 },
	{ name: 'El Salvador', label: 'EL SALVADOR', at: [-88.9, 13.75], rank: 4 },
	{ name: 'Haiti', label: 'HAITI', at: [-72.6, 19.1], rank: 3 },
	{ name: 'Dominican Rep.', label: 'DOMINICAN REP.', at: [-70.4, 18.95], rank: 3 },
	{ name: 'Jamaica', label: 'JAMAICA', at: [-77.3, 18.15], rank: 3 },
	{ name: 'Puerto Rico', label: 'PUERTO RICO (US)', at: [-66.45, 18.22], rank: 1, focus: true, beside: true },
	{ name: 'Bahamas', label: 'BAHAMAS', at: [-76.5, 24.6], rank: 3 },
	{ name: 'Trinidad and Tobago', label: 'TRINIDAD & TOBAGO', at: [-61.2, 10.45], rank: 4 },
	{ name: 'Ecuador', label: 'ECUADOR', at: [-78.3, -1.4], rank: 2 },
	{ name: 'Peru', label: 'PERU', at: [-75.0, -3.6], rank: 2 },
	{ name: 'Canada', label: 'CANADA', at: [-66.0, 44.6], rank: 3 }
];

/** Capitals and main cities of the region. */
export const CITIES = [
	{ name: 'Caracas', at: [-66.9, 10.49], capital: true, rank: 1 },
	{ name: 'San Juan', at: [-66.11, 18.47], capital: true, rank: 1 },
	{ name: 'Havana', at: [-82.37, 23.13], capital: true, rank: 1 },
	{ name: 'Santo Domingo', at: [-69.93, 18.49], capital: true, rank: 2 },
	{ name: 'Port-au-Prince', at: [-72.34, 18.54], capital: true, rank: 2 },
	{ name: 'Kingston', at: [-76.79, 17.99], capital: true, rank: 2 },
	{ name: 'Port of Spain', at: [-61.52, 10.66], capital: true, rank: 2 },
	{ name: 'Bogotá', at: [-74.07, 4.71], capital: true, rank: 1 },
	{ name: 'Panama City', at: [-79.52, 8.98], capital: true, rank: 2 },
	{ name: 'Willemstad', at: [-68.93, 12.11], capital: true, rank: 2 },
	{ name: 'Oranjestad', at: [-70.03, 12.52], capital: true, rank: 3 },
	{ name: 'Bridgetown', at: [-59.62, 13.1], capital: true, rank: 2 },
	{ name: 'Georgetown', at: [-58.16, 6.8], capital: true, rank: 2 },
	{ name: 'Paramaribo', at: [-55.2, 5.85], capital: true, rank: 3 },
	{ name: 'Nassau', at: [-77.34, 25.05], capital: true, rank: 2 },
	{ name: 'Managua', at: [-86.25, 12.13], capital: true, rank: 3 },
	{ name: 'San José', at: [-84.09, 9.93], capital: true, rank: 3 },
	{ name: 'Tegucigalpa', at: [-87.19, 14.07], capital: true, rank: 3 },
	{ name: 'Guatemala City', at: [-90.51, 14.63], capital: true, rank: 3 },
	{ name: 'Belmopan', at: [-88.77, 17.25], capital: true, rank: 4 },
	{ name: 'Mexico City', at: [-99.13, 19.43], capital: true, rank: 2 },
	{ name: 'Quito', at: [-78.47, -0.18], capital: true, rank: 3 },
	{ name: 'Washington', at: [-77.04, 38.9], capital: true, rank: 1 },
	{ name: 'Castries', at: [-60.99, 14.01], capital: true, rank: 4 },
	{ name: 'Roseau', at: [-61.39, 15.3], capital: true, rank: 4 },
	{ name: "St. George's", at: [-61.75, 12.06], capital: true, rank: 4 },
	{ name: 'Miami', at: [-80.19, 25.76], capital: false, rank: 1 },
	{ name: 'New York', at: [-74.01, 40.71], capital: false, rank: 1 },
	{ name: 'Maracaibo', at: [-71.64, 10.65], capital: false, rank: 2 },
	{ name: 'Barranquilla', at: [-74.8, 10.96], capital: false, rank: 3 },
	{ name: 'Cartagena', at: [-75.51, 10.39], capital: false, rank: 3 },
	{ name: 'Maracay', at: [-67.6, 10.25], capital: false, rank: 4 },
	{ name: 'Valencia', at: [-68.0, 10.16], capital: false, rank: 4 },
	{ name: 'Ponce', at: [-66.61, 18.01], capital: false, rank: 4 },
	{ name: 'Houston', at: [-95.37, 29.76], capital: false, rank: 2 },
	{ name: 'New Orleans', at: [-90.07, 29.95], capital: false, rank: 3 },
	{ name: 'Cancún', at: [-86.85, 21.16], capital: false, rank: 3 },
	{ name: 'Santiago de Cuba', at: [-75.82, 20.02], capital: false, rank: 4 }
];

/** Sea and ocean names, placed in open water. */
export const SEAS = [
	{ name: 'Caribbean Sea', at: [-75.0, 14.6], rank: 1 },
	{ name: 'Atlantic Ocean', at: [-62.0, 25.0], rank: 1 },
	{ name: 'Gulf of Mexico', at: [-90.5, 25.3], rank: 1 },
	{ name: 'Pacific Ocean', at: [-86.0, 5.5], rank: 2 },
	{ name: 'Gulf of Venezuela', at: [-71.2, 11.75], rank: 3 }
];

/** Names on the light world layer, outside the region: where a scenario's ships come from. */
export const WORLD_LABELS = [
	{ kind: 'sea', name: 'Mediterranean Sea', at: [17.5, 34.3], rank: 1 },
	{ kind: 'sea', name: 'North Atlantic Ocean', at: [-35.0, 30.0], rank: 1 },
	{ kind: 'sea', name: 'Adriatic Sea', at: [15.3, 43.0], rank: 3 },
	{ kind: 'sea', name: 'Ionian Sea', at: [19.0, 37.0], rank: 3 },
	{ kind: 'country', name: 'SPAIN', at: [-3.7, 40.0], rank: 2 },
	{ kind: 'country', name: 'PORTUGAL', at: [-8.1, 39.6], rank: 3 },
	{ kind: 'country', name: 'MOROCCO', at: [-6.3, 32.0], rank: 2 },
	{ kind: 'country', name: 'ALGERIA', at: [2.6, 28.5], rank: 2 },
	{ kind: 'country', name: 'TUNISIA', at: [9.4, 33.9], rank: 3 },
	{ kind: 'country', name: 'LIBYA', at: [17.5, 27.5], rank: 2 },
	{ kind: 'country', name: 'ITALY', at: [12.6, 42.6], rank: 2 },
	{ kind: 'country', name: 'CROATIA', at: [15.6, 45.4], rank: 3 },
	{ kind: 'country', name: 'GREECE', at: [22.0, 39.4], rank: 3 },
	{ kind: 'country', name: 'FRANCE', at: [2.4, 47.0], rank: 2 },
	{ kind: 'country', name: 'MAURITANIA', at: [-10.5, 20.5], rank: 3 },
	{ kind: 'country', name: 'SENEGAL', at: [-14.6, 14.6], rank: 3 },
	{ kind: 'country', name: 'MALI', at: [-2.5, 17.5], rank: 3 },
	{ kind: 'country', name: 'CABO VERDE', at: [-23.6, 16.3], rank: 4 }
];
