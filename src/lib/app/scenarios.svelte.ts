import type { Scenario } from '$lib/data/scenario';
import { readBuiltIn, readData } from '$lib/data/read';
import { INDEX_FILE, PACKAGE_FORMAT, type ScenarioPackage } from '$lib/data/package';
import type { Problem } from '$lib/data/problem';
import { fileSlug } from '$lib/data/report';
import type { Importer, ImportProgress } from '$lib/import/importer';
import type { DayOrder } from '$lib/import/dates';
import type { FieldMapping } from '$lib/import/mapping';
import type { KeepResult, Opened, TableSummary } from '$lib/import/protocol';
import { download } from './download';
import type { KeptSummary } from './keep';
import type { Editor } from './editor.svelte';
import { addressFor, fileTooLarge, keptIdOf, readScenarioParam, scenarioParam, type ScenarioRef } from './scenario-source';
import { CANCELLED } from '$lib/import/cancelled';
import { localizeScenario } from '$lib/data/localize';
import { locale } from '$lib/i18n/locale';
import { scenariosText } from '$lib/i18n/scenarios';
import { CARIBBEAN } from '$lib/map/style';
import { today } from '$lib/timeline/day';

/** The scenario on screen, with everything the briefing view is started from. */
export interface Shown {
	/** Changes whenever another scenario opens, so the view is torn down and started afresh. */
	key: number;
	scenario: Scenario | null;
	problems: Problem[];
	problemsIn: string;
	/** The address the view reads: the page's own on first load, just `scenario=` after a switch. */
	params: URLSearchParams;
	ref: ScenarioRef;
	/** The id it is kept under in this browser; null for the built-in one or one that could not be kept. */
	keptId: string | null;
	/** How the address names it (see `scenarioParam`): changes when it turns out it could not be kept. */
	scenarioParam: string | null;
}

/** The import dialog's state: working (with progress), waiting for the mapping, or failed with one sentence. */
export type ImportStep =
	| { step: 'working'; file: string; progress: ImportProgress | null }
	| { step: 'mapping'; table: TableSummary }
	| { step: 'failed'; file: string; message: string };

/**
 * Which scenario is open and how others open: the built-in one, kept ones, files dropped, picked
 * or pasted, and links to files on this site. Everything opened goes through the import worker,
 * then the same start-up path as the built-in scenario.
 */
export class Scenarios {
	shown = $state.raw<Shown | null>(null);
	importing = $state.raw<ImportStep | null>(null);
	kept = $state.raw<KeptSummary[]>([]);
	/** Set while the open scenario is being edited. */
	editor = $state.raw<Editor | null>(null);
	#importer: Importer | null = null;
	readonly #notice: (message: string) => void;
	/** Clears the notices, which belong to the scenario they were raised about. */
	readonly #clearNotices: () => void;
	/** The package of an opened scenario that could not be kept, for "Download scenario". */
	#unkept: ScenarioPackage | null = null;
	/** The open scenario in its own texts, as the editor shows and changes it; `shown` has it in the reader's language. */
	#own: Scenario | null = null;

	constructor(notice: (message: string) => void, clearNotices: () => void) {
		this.#notice = notice;
		this.#clearNotices = clearNotices;
	}

	/** The import worker's handle, loaded on first use: most briefings never open a file. */
	async #worker(): Promise<Importer> {
		if (this.#importer) return this.#importer;
		const { Importer } = await import('$lib/import/importer');
		this.#importer = new Importer();
		this.#importer.onProgress = (progress) => {
			if (this.importing?.step === 'working') this.importing = { ...this.importing, progress };
		};
		this.#importer.onKept = (result) => this.#keptResult(result);
		return this.#importer;
	}

	/** Opens what the page's address names; the built-in scenario when it names nothing or nothing usable. */
	async start(address: URL): Promise<void> {
		const { ref, notice } = readScenarioParam(address.searchParams, document.baseURI);
		if (notice) this.#notice(notice);
		if (ref.kind === 'kept') {
			if (await this.#run(scenariosText().keptScenario, async () => (await this.#worker()).openKept(ref.id), address.searchParams)) {
				// A link made while editing reopens the editor (a kept scenario only: the built-in one is copied on request).
				if (address.searchParams.get('edit') === '1') await this.edit(address.searchParams);
				return;
			}
		} else if (ref.kind === 'url') {
			if (await this.openUrl(ref.url, address.searchParams)) return;
		}
		await this.openBuiltIn(ref.kind === 'built-in' ? address.searchParams : null);
	}

	/**
	 * Edits the open scenario: a kept one in place; the built-in one, or one the browser would not
	 * keep, as a kept copy ("your copy"), so the original never changes. `view` is the address of the
	 * view the copy opens on.
	 */
	async edit(view: URLSearchParams): Promise<void> {
		const shown = this.shown;
		if (!shown?.scenario) return;
		if (shown.keptId !== null) await this.#importer?.whenKept(shown.keptId);
		const record = shown.keptId === null ? null : await (await import('./keep')).keptScenario(shown.keptId);
		if (record) return this.#startEditing(record.summary, record.package);
		const original = shown.ref.kind === 'built-in' ? await builtInPackage() : this.#unkept;
		const t = scenariosText();
		if (!original) return this.#notice(t.noLongerKeptToEdit);
		// Named as the reader sees it; a Spanish title given beside the scenario's own is the copy's too, so it keeps its name in either language.
		const title = t.copyTitle(shown.scenario.title);
		const index = original.index as { es?: { title?: string } };
		const pack: ScenarioPackage = { ...original, index: { ...index, title, ...(index.es?.title !== undefined && { es: { ...index.es, title } }) } };
		const summary: KeptSummary = { id: `copy-${Date.now().toString(36)}`, title, from: shown.scenario.title, savedAt: Date.now(), items: shown.scenario.features.length };
		if (await this.#openForEditing(pack, summary, view)) this.#notice(t.editingCopy(title, shown.scenario.title));
	}

	/** Starts a scenario from nothing, over the region on screen and dated today, and opens it for editing. */
	async createBlank(): Promise<void> {
		const { blankPackage } = await import('$lib/edit/scenario-edits');
		const t = scenariosText();
		const title = t.untitled;
		const pack = blankPackage({ title, region: this.shown?.scenario?.region ?? CARIBBEAN, day: today() });
		await this.#openForEditing(pack, { id: `new-${Date.now().toString(36)}`, title, from: t.madeHere, savedAt: Date.now(), items: 0 }, null);
		this.#notice(t.blankStarted);
	}

	/** Keeps a package made in the browser, shows it and starts editing it; `view` is the address of the view it opens on. */
	async #openForEditing(pack: ScenarioPackage, summary: KeptSummary, view: URLSearchParams | null): Promise<boolean> {
		const keep = await import('./keep');
		try {
			await keep.keepScenario(summary, pack, []);
		} catch (error) {
			this.#notice(scenariosText().couldNotKeepToEdit(keep.keepFailure(error)));
			return false;
		}
		// The checks load with the first edit, not with the first view.
		const { loadPackage } = await import('$lib/data/scenario');
		const loaded = await loadPackage(pack);
		if (!('features' in loaded)) return false;
		this.#show(loaded, loaded.problems, '', view, { kind: 'kept', id: summary.id }, summary.id);
		await this.#startEditing(summary, pack);
		void this.refreshKept();
		return true;
	}

	async #startEditing(summary: KeptSummary, pack: ScenarioPackage): Promise<void> {
		const { Editor } = await import('./editor.svelte');
		this.editor?.destroy();
		this.editor = new Editor(summary, pack, (scenario, problems) => {
			if (this.shown?.keptId !== summary.id) return;
			this.#own = scenario;
			this.shown = { ...this.shown, scenario, problems };
		});
		// While editing, the scenario's own texts are shown, not their translations: those are what is edited.
		const shown = this.shown;
		if (shown?.keptId === summary.id && this.#own && shown.scenario !== this.#own) this.shown = { ...shown, scenario: this.#own };
	}

	stopEditing() {
		this.#endEditing();
		// Edited or not, the scenario is shown again as any opened one is: in the reader's language.
		const shown = this.shown;
		const scenario = this.#own && localizeScenario(this.#own, locale());
		if (shown && scenario && shown.scenario !== scenario) this.shown = { ...shown, scenario };
		void this.refreshKept();
	}

	#endEditing() {
		this.editor?.destroy();
		this.editor = null;
	}

	async openBuiltIn(params: URLSearchParams | null = null): Promise<void> {
		const loaded = await readBuiltIn();
		this.#show('features' in loaded ? loaded : null, loaded.problems, 'geodata/', params, { kind: 'built-in' }, null);
	}

	/** Opens a file served by this site (`scenario=` in a link). */
	async openUrl(url: URL, params: URLSearchParams | null = null): Promise<boolean> {
		const name = decodeURIComponent(url.pathname.split('/').pop() || url.pathname);
		this.importing = { step: 'working', file: name, progress: null };
		let bytes: ArrayBuffer;
		try {
			const response = await fetch(url);
			if (!response.ok) throw new Error(scenariosText().siteAnswered(response.status, response.statusText));
			bytes = await response.arrayBuffer();
		} catch (error) {
			this.importing = { step: 'failed', file: name, message: scenariosText().couldNotFetch(url.pathname, error instanceof Error ? error.message : String(error)) };
			return false;
		}
		return this.#readBytes(name, bytes, keptIdOf(new TextEncoder().encode(url.href)), params, { kind: 'url', url });
	}

	/** Opens a file dropped or picked. */
	async openFile(file: File): Promise<boolean> {
		const tooLarge = fileTooLarge(file.name, file.size);
		if (tooLarge) {
			this.importing = { step: 'failed', file: file.name, message: tooLarge };
			return false;
		}
		this.importing = { step: 'working', file: file.name, progress: null };
		return this.#readBytes(file.name, await file.arrayBuffer(), null, null, null);
	}

	/** Opens text pasted onto the page: CSV, TSV, GeoJSON, KML or GPX, told apart by their content. */
	async openPasted(text: string): Promise<boolean> {
		return this.openFile(new File([text], scenariosText().pastedText, { type: 'text/plain' }));
	}

	async #readBytes(name: string, bytes: ArrayBuffer, keepAs: string | null, params: URLSearchParams | null, ref: ScenarioRef | null): Promise<boolean> {
		try {
			const read = await (await this.#worker()).read(name, bytes, keepAs);
			if ('table' in read) {
				this.importing = { step: 'mapping', table: read.table };
				this.#pendingRef = ref;
				this.#pendingParams = params;
				return true;
			}
			this.#opened(read.opened, params, ref);
			return true;
		} catch (error) {
			this.#failed(name, error);
			return false;
		}
	}

	#pendingRef: ScenarioRef | null = null;
	#pendingParams: URLSearchParams | null = null;

	/** The mapping step's "Open": the table read last becomes the scenario. */
	async confirmMapping(mapping: FieldMapping, order: DayOrder | null, title: string, oneDay: boolean): Promise<void> {
		if (this.importing?.step !== 'mapping') return;
		const { file } = this.importing.table;
		this.importing = { step: 'working', file, progress: null };
		try {
			this.#opened(await (await this.#worker()).convert(mapping, order, title, oneDay), this.#pendingParams, this.#pendingRef);
		} catch (error) {
			this.#failed(file, error);
		}
	}

	async openKept(id: string): Promise<void> {
		await this.#run(this.kept.find((kept) => kept.id === id)?.title ?? scenariosText().keptScenario, async () => (await this.#worker()).openKept(id), null);
	}

	async #run(name: string, work: () => Promise<Opened>, params: URLSearchParams | null): Promise<boolean> {
		this.importing = { step: 'working', file: name, progress: null };
		try {
			this.#opened(await work(), params, null);
			return true;
		} catch (error) {
			this.#failed(name, error);
			return false;
		}
	}

	#failed(file: string, error: unknown) {
		const cancelled = error instanceof Error && error.name === CANCELLED;
		this.importing = cancelled ? null : { step: 'failed', file, message: error instanceof Error ? error.message : String(error) };
		if (cancelled) this.#notice(scenariosText().cancelledOpening(file));
	}

	#opened(opened: Opened, params: URLSearchParams | null, ref: ScenarioRef | null) {
		this.importing = null;
		this.#clearNotices();
		this.#unkept = null;
		const { kept } = opened;
		if (!opened.keeping) void this.refreshKept();
		this.#notice(scenariosText().opened(opened.scenario.title, opened.loaded, opened.skipped));
		this.#show(opened.scenario, opened.problems, '', params, ref ?? { kind: 'kept', id: kept.id }, kept.id);
	}

	/** The worker kept an opened scenario, or could not: then it stays open and can still be downloaded. */
	#keptResult(result: KeepResult) {
		if (result.failure === null) return void this.refreshKept();
		const shown = this.shown;
		const t = scenariosText();
		if (shown?.keptId !== result.keptId) return this.#notice(t.earlierNotKept(result.failure));
		this.#unkept = result.package;
		this.#notice(t.openNotKept(shown.scenario?.title, result.failure));
		const ref: ScenarioRef = shown.ref.kind === 'kept' ? { kind: 'unkept' } : shown.ref;
		this.shown = { ...shown, ref, keptId: null, scenarioParam: scenarioParam(ref, document.baseURI) };
	}

	#show(scenario: Scenario | null, problems: Problem[], problemsIn: string, params: URLSearchParams | null, ref: ScenarioRef, keptId: string | null) {
		if (this.editor && this.editor.keptId !== keptId) {
			this.#endEditing();
			void this.refreshKept();
		}
		const own = scenarioParam(ref, document.baseURI);
		this.#own = scenario;
		// Every scenario opened is shown in the reader's language, where it gives one (see localizeScenario).
		const shown = scenario && localizeScenario(scenario, locale());
		this.shown = { key: (this.shown?.key ?? 0) + 1, scenario: shown, problems, problemsIn, params: addressFor(params, own), ref, keptId, scenarioParam: own };
	}

	cancel() {
		if (this.importing?.step === 'working') this.#importer?.cancel();
		else this.importing = null;
	}

	async refreshKept(): Promise<void> {
		try {
			this.kept = await (await import('./keep')).keptScenarios();
		} catch {
			this.kept = [];
		}
	}

	async forget(id: string): Promise<void> {
		await (await import('./keep')).forgetScenario(id);
		await this.refreshKept();
		// Its link would now open nothing, so the briefing moves to the built-in scenario.
		if (this.shown?.ref.kind === 'kept' && this.shown.ref.id === id) {
			const t = scenariosText();
			const title = this.shown.scenario?.title ?? t.theScenario;
			this.#clearNotices();
			await this.openBuiltIn();
			this.#notice(t.deleted(title));
		}
	}

	/** Writes the open scenario as one package file, which opens again as it is. */
	async downloadShown(): Promise<void> {
		const keptId = this.shown?.keptId;
		if (keptId) await this.#importer?.whenKept(keptId);
		// Read after the wait: a failed save leaves the scenario unkept, its package here.
		const shown = this.shown;
		if (!shown?.scenario) return;
		// While editing, what is on screen: a save may have been refused.
		const editing = this.editor?.keptId === shown.keptId ? this.editor.package : null;
		const pack = editing ?? (shown.keptId !== null ? (await (await import('./keep')).keptScenario(shown.keptId))?.package : shown.ref.kind === 'built-in' ? await builtInPackage() : this.#unkept);
		if (!pack) return this.#notice(scenariosText().noLongerKeptToDownload);
		download(new Blob([JSON.stringify(pack)], { type: 'application/json' }), `${fileSlug(shown.scenario.title)}.briefing.json`);
	}

	async downloadKept(id: string): Promise<void> {
		const record = await (await import('./keep')).keptScenario(id);
		if (record) download(new Blob([JSON.stringify(record.package)], { type: 'application/json' }), `${fileSlug(record.summary.title)}.briefing.json`);
	}

	destroy() {
		this.#importer?.destroy();
	}
}

/** The built-in scenario as a package: the geodata/ files as they are served. */
async function builtInPackage(): Promise<ScenarioPackage> {
	const index = JSON.parse(await readData(INDEX_FILE)) as { layers: string[]; phases?: string };
	const paths = [...index.layers, ...(index.phases ? [index.phases] : [])];
	const files = Object.fromEntries(await Promise.all(paths.map(async (path) => [path, JSON.parse(await readData(path))] as const)));
	return { format: PACKAGE_FORMAT, version: 1, index, files };
}
