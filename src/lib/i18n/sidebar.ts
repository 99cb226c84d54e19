import { localized } from './define.ts';

export const sidebarText = localized(
	'sidebar',
	{
		label: 'Sidebar',
		onTheMap: 'On the map',
		events: 'Events',
		layers: 'Layers'
	},
	{
		label: 'Panel lateral',
		onTheMap: 'En el mapa',
		events: 'Sucesos',
		layers: 'Capas'
	}
);
