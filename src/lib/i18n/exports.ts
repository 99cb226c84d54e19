import { localized } from './define.ts';
import { formatNumber, plural } from './format.ts';
import type { ImageSize } from '../export/sizes.ts';

/** What the export panel makes. */
type Kind = 'image' | 'video' | 'handout';
/** The kinds of position an item may have. */
type Precision = 'exact' | 'approximate' | 'symbolic';

const EN_NAMES: Record<Kind, string> = { image: 'The image', video: 'The video', handout: 'The handout' };
/** Spanish says "la imagen" and "el video": each name with its article, for the middle of a sentence. */
const ES_NAMES: Record<Kind, string> = { image: 'la imagen', video: 'el video', handout: 'la hoja de apoyo' };

/**
 * The export panel, and every text drawn into what it makes: the caption, legend and footer of an
 * image or a video's frames (overlay.ts) and the handout's pages (handout.ts). Dates come formatted.
 */
export const exportsText = localized(
	'exports',
	{
		// The export panel.
		heading: 'Export',
		close: 'Close export',
		whatToExport: 'What to export',
		kinds: { image: 'Image', video: 'Video', handout: 'Handout (PDF)' } satisfies Record<Kind, string>,
		size: 'Size',
		/** Each image size's name; the panel adds its pixels, "(1920 × 1080)", to all but the screen's. */
		imageSizes: { slide: 'Slide 16:9', 'four-three': 'Slide 4:3', '4k': '4K', screen: 'As on screen' } satisfies Record<ImageSize, string>,
		ringSelection: 'Ring the selected item',
		imageHint: "With the title, date, phase, a legend of what is shown, a scale bar, the sources' outlets and the attribution.",
		saveImage: 'Save image',
		days: 'Days',
		thisPhase: (name: string | null) => `This phase${name !== null ? ` (${name})` : ''}`,
		wholeScenario: 'The whole scenario',
		fromTo: 'From … to …',
		from: 'From',
		to: 'To',
		pace: 'Pace',
		perSecond: (days: number) => `${days} ${days === 1 ? 'day' : 'days'} a second`,
		format: 'Format',
		mp4: 'MP4 (H.264): slides, phones, every player',
		webm: 'WebM (VP9): browsers, open formats',
		hold: "Hold each phase's first day for 2 seconds",
		videoDays: (from: string, to: string) => `${from} to ${to}.`,
		chooseDays: (upToToday: boolean) => `Choose days inside the scenario${upToToday ? ', up to today' : ''}.`,
		videoHint: 'An MP4 becomes a WebM where this browser cannot encode H.264. Each day is fully drawn before it is filmed, so the pace is exact however slow the machine.',
		recordVideo: 'Record video',
		paper: 'Paper',
		letter: 'US Letter',
		handoutHint: 'A cover with the phases, then a page per phase: its map, summary, what appeared and ended with a quote for each, and a QR code that opens it.',
		stopsAt: (day: string) => `With the future hidden, it stops at ${day}.`,
		makeHandout: 'Make handout',
		frameOf: (done: number, of: number) => `Frame ${done} of ${of}`,
		pageOf: (page: number, of: number) => `Page ${page} of ${of}`,
		preparing: 'Preparing…',
		timeLeft: (seconds: number) => (seconds < 60 ? `about ${Math.ceil(seconds)} s left` : `about ${Math.ceil(seconds / 60)} min left`),
		cancel: 'Cancel',
		meanwhile: 'The briefing stays usable meanwhile; the export draws on a map of its own.',
		cancelled: (kind: Kind) => `${EN_NAMES[kind]} was cancelled; nothing was saved.`,
		failed: (kind: Kind, reason: string) => `${EN_NAMES[kind]} could not be made: ${reason}. Nothing was saved; the briefing is unchanged.`,
		savedImage: (name: string) => `Saved ${name}.`,
		savedVideo: (name: string, frames: number, seconds: number) => `Saved ${name}: ${frames} frames, ${seconds.toFixed(1)} s.`,
		savedHandout: (name: string, pages: number) => `Saved ${name}: ${pages} pages.`,
		// Why an export failed, after "could not be made: ".
		imageNotEncoded: 'the browser could not encode the image',
		mapNotEncoded: 'the browser could not encode the map',
		videoNotEncoded: (width: number, height: number) => `this browser cannot encode video at ${width}×${height}`,

		// Drawn into images and video frames.
		counted: (label: string, count: number) => `${label} (${count})`,
		positions: { exact: 'Known position', approximate: 'Somewhere in this area', symbolic: 'Said or decided here' } satisfies Record<Precision, string>,
		saidElsewhere: (cities: string) => `Said elsewhere today: ${cities}`,
		sourcesInMap: "every item's sources are in the briefing map",
		sources: (outlets: string) => `Sources: ${outlets}`,

		// The handout (PDF).
		creator: 'Briefing map',
		handoutPositions: { exact: 'known position', approximate: 'approximate position', symbolic: 'where it was said or decided' } satisfies Record<Precision, string>,
		span: (from: string, to: string) => `${from} to ${to}`,
		later: 'Later',
		notYetTold: 'Not yet told',
		coverNote: 'Every item in the briefing map is tied to its source with a verbatim quote; each phase page quotes one source per item and links to the map.',
		/** The running head of a phase's page; `title` comes in capitals. */
		pageHead: (title: string, phase: number, phases: number) => `${title} · PHASE ${phase} OF ${phases}`,
		phaseDates: (span: string, mapDay: string) => `${span} · map as of ${mapDay}`,
		/** When an ended item was on the map, as the list of ended items gives it. */
		endedWhen: (when: string) => when.replace(/^From /, ''),
		ended: (items: string) => `Ended in this phase: ${items}.`,
		appeared: (count: number) => `Appeared in this phase (${count})`,
		moreAppeared: (count: number) => `… and ${count} more that appeared: open the link above for every item and its sources.`,
		noSource: 'No source given.',
		noSourceYet: 'No source published by this day.',
		/** Our translation of a quote in another language, under it; none in English, where the handout gives the quote alone. */
		ourTranslation: (_translation: string) => ''
	},
	{
		heading: 'Exportar',
		close: 'Cerrar exportación',
		whatToExport: 'Qué exportar',
		kinds: { image: 'Imagen', video: 'Video', handout: 'Hoja de apoyo (PDF)' },
		size: 'Tamaño',
		imageSizes: { slide: 'Diapositiva 16:9', 'four-three': 'Diapositiva 4:3', '4k': '4K', screen: 'Como en pantalla' },
		ringSelection: 'Marcar con un círculo el elemento seleccionado',
		imageHint: 'Con el título, la fecha, la fase, una leyenda de lo que se muestra, una escala gráfica, los medios de las fuentes y la atribución.',
		saveImage: 'Guardar imagen',
		days: 'Días',
		thisPhase: (name: string | null) => `Esta fase${name !== null ? ` (${name})` : ''}`,
		wholeScenario: 'Todo el escenario',
		fromTo: 'Del … al …',
		from: 'Desde',
		to: 'Hasta',
		pace: 'Ritmo',
		perSecond: (days: number) => `${formatNumber(days)} ${plural(days, { one: 'día', other: 'días' })} por segundo`,
		format: 'Formato',
		mp4: 'MP4 (H.264): presentaciones, teléfonos, cualquier reproductor',
		webm: 'WebM (VP9): navegadores, formatos abiertos',
		hold: 'Mantener el primer día de cada fase durante 2 segundos',
		videoDays: (from: string, to: string) => `Del ${from} al ${to}.`,
		chooseDays: (upToToday: boolean) => `Elija días dentro del escenario${upToToday ? ', hasta hoy' : ''}.`,
		videoHint:
			'Si este navegador no puede codificar H.264, el MP4 se guarda como WebM. Cada día se dibuja por completo antes de filmarlo, así que el ritmo es exacto aunque la computadora sea lenta.',
		recordVideo: 'Grabar video',
		paper: 'Papel',
		letter: 'Carta (EE. UU.)',
		handoutHint:
			'Una portada con las fases y luego una página por fase: su mapa, su resumen, lo que apareció y lo que terminó, con una cita para cada elemento, y un código QR que la abre.',
		stopsAt: (day: string) => `Con el futuro oculto, llega hasta el ${day}.`,
		makeHandout: 'Crear hoja de apoyo',
		frameOf: (done: number, of: number) => `Fotograma ${formatNumber(done)} de ${formatNumber(of)}`,
		pageOf: (page: number, of: number) => `Página ${formatNumber(page)} de ${formatNumber(of)}`,
		preparing: 'Preparando…',
		timeLeft: (seconds: number) => {
			const [count, unit] = seconds < 60 ? [Math.ceil(seconds), 's'] : [Math.ceil(seconds / 60), 'min'];
			return plural(count, { one: `falta aprox. ${formatNumber(count)} ${unit}`, other: `faltan aprox. ${formatNumber(count)} ${unit}` });
		},
		cancel: 'Cancelar',
		meanwhile: 'Mientras tanto, puede seguir usando el mapa; la exportación se dibuja en un mapa aparte.',
		cancelled: (kind: Kind) => `Exportación cancelada: ${ES_NAMES[kind]} no se creó y no se guardó nada.`,
		failed: (kind: Kind, reason: string) => `No se pudo crear ${ES_NAMES[kind]}: ${reason}. No se guardó nada; el mapa no cambió.`,
		savedImage: (name: string) => `Se guardó ${name}.`,
		savedVideo: (name: string, frames: number, seconds: number) =>
			`Se guardó ${name}: ${formatNumber(frames)} ${plural(frames, { one: 'fotograma', other: 'fotogramas' })}, ${formatNumber(seconds, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s.`,
		savedHandout: (name: string, pages: number) => `Se guardó ${name}: ${formatNumber(pages)} ${plural(pages, { one: 'página', other: 'páginas' })}.`,
		imageNotEncoded: 'el navegador no pudo codificar la imagen',
		mapNotEncoded: 'el navegador no pudo codificar el mapa',
		videoNotEncoded: (width: number, height: number) => `este navegador no puede codificar video de ${width}×${height}`,

		counted: (label: string, count: number) => `${label} (${formatNumber(count)})`,
		positions: { exact: 'Posición conocida', approximate: 'En algún lugar de esta zona', symbolic: 'Dicho o decidido aquí' },
		saidElsewhere: (cities: string) => `Dicho hoy en otros lugares: ${cities}`,
		sourcesInMap: 'las fuentes de cada elemento están en el mapa informativo',
		sources: (outlets: string) => `Fuentes: ${outlets}`,

		creator: 'Mapa informativo',
		handoutPositions: { exact: 'posición conocida', approximate: 'posición aproximada', symbolic: 'donde se dijo o decidió' },
		span: (from: string, to: string) => `Del ${from} al ${to}`,
		later: 'Más adelante',
		notYetTold: 'Todavía no se muestra',
		coverNote:
			'Cada elemento del mapa informativo está vinculado a su fuente con una cita textual; cada página de fase cita una fuente por elemento y tiene un enlace al mapa.',
		pageHead: (title: string, phase: number, phases: number) => `${title} · FASE ${phase} DE ${phases}`,
		phaseDates: (span: string, mapDay: string) => `${span} · mapa al ${mapDay}`,
		endedWhen: (when: string) => when.replace(/^Desde (el )?/, ''),
		ended: (items: string) => `Terminaron en esta fase: ${items}.`,
		appeared: (count: number) => `Aparecieron en esta fase (${formatNumber(count)})`,
		moreAppeared: (count: number) => `… y ${formatNumber(count)} más que aparecieron: abra el enlace de arriba para ver cada elemento y sus fuentes.`,
		noSource: 'No se indica ninguna fuente.',
		noSourceYet: 'Ninguna fuente publicada hasta este día.',
		ourTranslation: (translation: string) => `Nuestra traducción: “${translation}”`
	}
);
