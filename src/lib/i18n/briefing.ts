import { localized } from './define.ts';
import type { Locale } from './locale.ts';

/** The briefing page around the map: its loading line, its buttons and the messages they give. */
export const briefingText = localized(
	'briefing',
	{
		pageTitle: 'Caribbean 2025 briefing map',
		loading: 'Loading the map…',
		fontFailed: 'The map’s font did not load; its labels use this device’s own font.',
		fullscreenRefused: 'This browser did not allow full screen; press F11 instead.',
		blanked: 'Screen blanked; press B to return',
		scenarios: 'Scenarios',
		edit: 'Edit',
		copyLink: 'Copy link',
		linkCopied: 'Link copied: it reopens this exact view.',
		copyThisLink: (link: string) => `Copy this link: ${link}`,
		export: 'Export',
		present: 'Present',
		presentTitle: 'Presenter mode (P)'
	},
	{
		pageTitle: 'Mapa informativo: Caribe 2025',
		loading: 'Cargando el mapa…',
		fontFailed: 'No se pudo cargar la tipografía del mapa; sus etiquetas usan la de este dispositivo.',
		fullscreenRefused: 'Este navegador no permitió la pantalla completa; presione F11.',
		blanked: 'Pantalla en negro; presione B para volver',
		scenarios: 'Escenarios',
		edit: 'Editar',
		copyLink: 'Copiar enlace',
		linkCopied: 'Enlace copiado: vuelve a abrir exactamente esta vista.',
		copyThisLink: (link: string) => `Copie este enlace: ${link}`,
		export: 'Exportar',
		present: 'Presentar',
		presentTitle: 'Modo presentador (P)'
	}
);

/**
 * The language switch's description, written in the language it switches to (the button carries that
 * `lang`): a reader who cannot read the page's language still finds their own.
 */
export const VIEW_IN: Record<Locale, string> = {
	en: 'View the map in English',
	es: 'Ver el mapa en español'
};
