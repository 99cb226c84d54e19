import { formatDay, type Day } from '$lib/timeline/day';
import { DATE_PARAM, readDateParam } from './date-param';
import { listed, shown } from './shown';
import { isLocale, LANG_PARAM, languageOf, linkedLocale, LOCALES } from '$lib/i18n/locale';
import { addressText } from '$lib/i18n/address';

/** Everything a link reproduces. */
export interface ViewState {
	day: Day;
	/** The id of the item in the detail panel. */
	item: string | null;
	/** The camera; null means "frame the scenario for whatever screen opens the link". */
	view: { center: [number, number]; zoom: number } | null;
	/** Legend categories switched off. */
	hidden: string[];
	presenting: boolean;
	hideFuture: boolean;
	/** Unit symbols: military (the default) or plain icons. */
	symbols: 'military' | 'plain';
	/** Whether range rings are drawn (the default) or not. */
	reach: boolean;
	/** Whether every approximate item's area is drawn (for analysts), not only the chosen one's. */
	allAreas: boolean;
	/** The phase the day falls in, written so links read well; a link that names one and no view opens on its framing. */
	phase: string | null;
	/** Which scenario is open, as the address names it (see `scenario-source`); null for the built-in one. */
	scenario: string | null;
	/** Whether the scenario is being edited. */
	editing: boolean;
}

/** What the address is checked against. */
export interface ViewContext {
	start: Day;
	end: Day;
	initialDay: Day;
	/** Whether the scenario has an item of this id: asked only when the address names one. */
	hasItem: (id: string) => boolean;
	categories: ReadonlySet<string>;
	phases: readonly { id: string; startDay: Day; endDay: Day }[];
}

const PARAMS = {
	scenario: 'scenario',
	date: DATE_PARAM,
	phase: 'phase',
	item: 'item',
	view: 'view',
	hide: 'hide',
	present: 'present',
	hideFuture: 'hidefuture',
	symbols: 'symbols',
	reach: 'rings',
	allAreas: 'areas',
	edit: 'edit',
	lang: LANG_PARAM
} as const;
const KNOWN = new Set<string>(Object.values(PARAMS));
/** What a switch in the address may say: a link typed by hand says yes or on as often as 1. */
const FLAGS: Record<string, boolean> = { '1': true, true: true, yes: true, on: true, '0': false, false: false, no: false, off: false };

/**
 * Reads the view from the address. Anything unknown or broken is ignored and named in a notice, so
 * a mangled link still opens, on the nearest sensible view. `opensPhase` says the link names a
 * phase and neither a date nor a view: it opens that phase as the presenter would, framed.
 */
export function readViewState(params: URLSearchParams, context: ViewContext): { state: ViewState; notices: string[]; opensPhase?: true } {
	const t = addressText();
	const notices: string[] = [];
	const unknown = [...new Set(params.keys())].filter((name) => !KNOWN.has(name));
	if (unknown.length) notices.push(t.unknownSettings(listed(unknown), unknown.length));
	for (const name of KNOWN) {
		const values = params.getAll(name);
		if (values.length > 1) notices.push(t.repeated(name, values.length, shown(values[0])));
	}

	const lang = params.get(PARAMS.lang);
	if (lang !== null && !isLocale(languageOf(lang))) notices.push(t.unknownLanguage(shown(lang), LOCALES));

	const phaseId = params.get(PARAMS.phase);
	const phase = phaseId === null ? undefined : context.phases.find((p) => p.id === phaseId);
	if (phaseId !== null && !phase) notices.push(t.unknownPhase(shown(phaseId), context.phases.map((p) => p.id).join(', ')));
	const date = readDateParam(params, context.start, context.end, phase?.startDay ?? context.initialDay);
	if (date.notice) notices.push(date.notice);
	if (phase && params.has(PARAMS.date) && (date.day < phase.startDay || date.day > phase.endDay)) {
		notices.push(t.dateOutsidePhase(phase.id));
	}

	const itemId = params.get(PARAMS.item);
	const item = itemId !== null && context.hasItem(itemId) ? itemId : null;
	if (itemId !== null && item === null) notices.push(t.unknownItem(shown(itemId)));

	const view = readView(params.get(PARAMS.view));
	if (view === 'broken') notices.push(t.brokenView(shown(params.get(PARAMS.view) ?? '')));

	const asked = [...new Set((params.get(PARAMS.hide) ?? '').split(',').filter(Boolean))];
	const hidden = asked.filter((category) => context.categories.has(category));
	const strays = asked.filter((category) => !context.categories.has(category));
	if (strays.length) notices.push(t.unknownLayers(listed(strays), strays.length, [...context.categories].join(', ')));

	const symbolsRaw = params.get(PARAMS.symbols);
	if (symbolsRaw !== null && symbolsRaw !== 'plain' && symbolsRaw !== 'military') notices.push(t.unknownSymbols(shown(symbolsRaw)));

	const flag = (name: string, absent = false): boolean => {
		const raw = params.get(name)?.toLowerCase() ?? null;
		if (raw === null) return absent;
		if (raw in FLAGS) return FLAGS[raw];
		notices.push(t.unknownFlag(name, shown(raw)));
		return absent;
	};

	return {
		state: {
			day: date.day,
			item,
			view: view === 'broken' ? null : view,
			hidden,
			presenting: flag(PARAMS.present),
			hideFuture: flag(PARAMS.hideFuture),
			symbols: symbolsRaw === 'plain' ? 'plain' : 'military',
			reach: flag(PARAMS.reach, true),
			allAreas: flag(PARAMS.allAreas),
			phase: phase?.id ?? null,
			scenario: params.get(PARAMS.scenario),
			editing: flag(PARAMS.edit)
		},
		notices,
		...(phase && !params.has(PARAMS.date) && !params.has(PARAMS.view) && { opensPhase: true as const })
	};
}

/** The query string for a view. */
export function writeViewState(state: ViewState): string {
	const params = new URLSearchParams();
	if (state.scenario !== null) params.set(PARAMS.scenario, state.scenario);
	params.set(PARAMS.date, formatDay(state.day));
	if (state.phase) params.set(PARAMS.phase, state.phase);
	if (state.item) params.set(PARAMS.item, state.item);
	if (state.view) params.set(PARAMS.view, `${state.view.center[0].toFixed(3)},${state.view.center[1].toFixed(3)},${state.view.zoom.toFixed(2)}`);
	if (state.hidden.length) params.set(PARAMS.hide, [...state.hidden].sort().join(','));
	if (state.presenting) params.set(PARAMS.present, '1');
	if (state.hideFuture) params.set(PARAMS.hideFuture, '1');
	if (state.symbols === 'plain') params.set(PARAMS.symbols, 'plain');
	if (!state.reach) params.set(PARAMS.reach, '0');
	if (state.allAreas) params.set(PARAMS.allAreas, '1');
	if (state.editing) params.set(PARAMS.edit, '1');
	const lang = linkedLocale();
	if (lang) params.set(PARAMS.lang, lang);
	return `?${readable(params)}`;
}

/** A query string as people read it: commas, colons and slashes need no escaping there, and read better in an email. */
export function readable(params: URLSearchParams): string {
	return params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%2F', '/');
}

/** A plain decimal number as people write coordinates: no hex, no exponent, no empty part. */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;

function readView(raw: string | null): ViewState['view'] | 'broken' {
	if (raw === null) return null;
	const texts = raw.split(',');
	if (texts.length !== 3 || !texts.every((text) => DECIMAL.test(text.trim()))) return 'broken';
	const [lng, lat, zoom] = texts.map(Number);
	const valid = Math.abs(lng) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 20;
	return valid ? { center: [lng, lat], zoom } : 'broken';
}
