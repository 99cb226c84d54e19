import { loadPackage, type Scenario, type ScenarioFeature } from '$lib/data/scenario';
import type { ScenarioPackage } from '$lib/data/package';
import type { Problem } from '$lib/data/problem';
import type { Day } from '$lib/timeline/day';
import { EditHistory } from '$lib/edit/history';
import type { Refused } from '$lib/edit/problems';
import { withoutSource } from '$lib/edit/sources';
import { addArea, addPoint, addTrack, moveItem, recordPosition, removeItem, setTrack, tryEdit, updateItem, type DatedPosition, type EditResult, type Position } from '$lib/edit/package-edits';
import { addCategory, fitDates, fittedWhileAlone, removePhase, setTitle, splitPhase, tryIndexEdit, tryPhaseEdit, updateCategory, updatePhase } from '$lib/edit/scenario-edits';
import { editsText } from '$lib/i18n/edits';
import { keepFailure, keepScenario, keptSummary, type KeptSummary } from './keep';


/** How many problems are kept with an edited scenario, as with an imported one. */
const KEPT_PROBLEMS = 1000;

/** The channel on which tabs editing a kept scenario find each other. */
const EDITING_CHANNEL = 'briefing-map-editing';

/** What a tab that starts or is editing a scenario says on the channel. */
interface EditingMessage {
	keptId: string;
	/** True from a tab that has just started: the others answer, so both know. */
	starting: boolean;
}

/**
 * Edits a kept scenario: each change is checked with the same rules as the build, applied to the
 * package, shown through `show`, and saved to the browser as it is made. Every change can be undone.
 */
export class Editor {
	readonly keptId: string;
	/** The last edit refused, for its form to say what is wrong beside the field. */
	refused = $state.raw<Refused | null>(null);
	/** What Undo and Redo would do, for their buttons; null when there is nothing to undo or redo. */
	undoLabel = $state<string | null>(null);
	redoLabel = $state<string | null>(null);
	/** Why the last save failed, if it did: the edits are on screen but not kept. */
	saveFailure = $state<string | null>(null);
	/** Whether another tab of this browser edits the same scenario: their saves would overwrite each other. */
	otherTab = $state(false);
	/** How many edits are kept so far: the notes window reads the scenario again when this changes. */
	revision = $state(0);
	/** How many changes are on their way to being kept: leaving the page now would lose them. */
	saving = $state(0);
	/** The scenario as edited so far, kept or not. */
	package = $state.raw<ScenarioPackage>() as ScenarioPackage;
	#summary: KeptSummary;
	readonly #channel: BroadcastChannel;
	#history: EditHistory<ScenarioPackage>;
	readonly #show: (scenario: Scenario, problems: Problem[]) => void;

	constructor(summary: KeptSummary, pack: ScenarioPackage, show: (scenario: Scenario, problems: Problem[]) => void) {
		this.keptId = summary.id;
		this.#summary = summary;
		this.#history = new EditHistory(pack);
		this.package = pack;
		this.#show = show;
		this.#channel = new BroadcastChannel(EDITING_CHANNEL);
		this.#channel.onmessage = ({ data }: MessageEvent<EditingMessage>) => {
			if (data.keptId !== this.keptId) return;
			this.otherTab = true;
			if (data.starting) this.#channel.postMessage({ keptId: this.keptId, starting: false } satisfies EditingMessage);
		};
		this.#channel.postMessage({ keptId: this.keptId, starting: true } satisfies EditingMessage);
		addEventListener('beforeunload', this.#holdWhileSaving);
	}

	/** Stops editing: this tab no longer answers others editing the same scenario. */
	destroy() {
		this.#channel.close();
		removeEventListener('beforeunload', this.#holdWhileSaving);
	}

	/** A reload or a closed tab in the moment a change is being kept would lose it: the browser asks first. */
	readonly #holdWhileSaving = (event: BeforeUnloadEvent) => {
		if (this.saving > 0) event.preventDefault();
	};


	/** Adds a point item where the map was clicked, dated `day`; resolves with its id. */
	async add(at: Position, day: Day): Promise<string> {
		const { pack, id } = addPoint(this.#history.current, { at, day });
		await this.#commit(pack, editsText().history.addItem);
		return id;
	}

	/** Adds an area drawn corner by corner on the map, dated `day`; resolves with its id. */
	async addArea(corners: Position[], day: Day): Promise<string> {
		const { pack, id } = addArea(this.#history.current, { corners, day });
		await this.#commit(pack, editsText().history.drawArea);
		return id;
	}

	/** Adds an item that moves, through positions clicked on the map each with its day; resolves with its id. */
	async addTrack(positions: DatedPosition[]): Promise<string> {
		const { pack, id } = addTrack(this.#history.current, { positions });
		await this.#commit(pack, editsText().history.drawTrack);
		return id;
	}

	/** Changes an item's fields (`undefined` removes one); says whether the change was made. */
	async update(id: string, patch: Record<string, unknown>, label: string): Promise<boolean> {
		return this.#try(id, (pack) => updateItem(pack, id, patch), label);
	}

	/** Removes an item's source, renumbering what cites the later ones; refused, saying what cites it, while anything does. */
	async removeSource(item: ScenarioFeature, index: number, label: string): Promise<boolean> {
		const { id } = item.properties;
		const removal = withoutSource(item.properties, index);
		if ('patch' in removal) return this.update(id, removal.patch, label);
		this.refused = { target: 'item', id, problems: [{ file: item.file, feature: id, field: `sources[${index}]`, message: removal.citedBy }] };
		return false;
	}

	async move(id: string, at: Position, label: string): Promise<boolean> {
		return this.#try(id, (pack) => moveItem(pack, id, at), label);
	}

	/** Sets where an item was on `day`: a point dragged on a later day starts to move (see `recordPosition`). */
	async recordPosition(id: string, day: Day, at: Position, label: string): Promise<boolean> {
		return this.#try(id, (pack) => recordPosition(pack, id, day, at), label);
	}

	/** Replaces an item's dated positions (sorted by date; fewer than two and it stops moving). */
	async setTrack(id: string, waypoints: readonly Record<string, unknown>[], label: string): Promise<boolean> {
		return this.#try(id, (pack) => setTrack(pack, id, waypoints), label);
	}

	/** Cuts the phase the day falls in at that day (or, with no phases yet, the whole story); resolves with the new phase's id. */
	async splitPhase(day: Day): Promise<string> {
		const { pack, id } = splitPhase(this.#history.current, day);
		await this.#commit(pack, editsText().history.splitPhases);
		return id;
	}

	async updatePhase(id: string, patch: Record<string, unknown>, label: string): Promise<boolean> {
		return this.#accept('phase', id, tryPhaseEdit(this.#history.current, id, (pack) => updatePhase(pack, id, patch)), label);
	}

	async removePhase(id: string, label: string): Promise<void> {
		this.refused = null;
		await this.#commit(removePhase(this.#history.current, id), label);
	}

	async setTitle(title: string): Promise<boolean> {
		return this.#accept('scenario', '', tryIndexEdit(this.#history.current, (pack) => setTitle(pack, title)), editsText().history.renameScenario);
	}

	/** Brings the scenario's dates in to what its items and phases span. */
	async fitDates(): Promise<boolean> {
		return this.#accept('scenario', '', tryIndexEdit(this.#history.current, fitDates), editsText().history.fitDates);
	}

	async addCategory(label: string): Promise<boolean> {
		return this.#accept('scenario', '', tryIndexEdit(this.#history.current, (pack) => addCategory(pack, label).pack), editsText().history.addCategory(label));
	}

	async updateCategory(id: string, patch: { label?: string; color?: string }, label: string): Promise<boolean> {
		return this.#accept('scenario', '', tryIndexEdit(this.#history.current, (pack) => updateCategory(pack, id, patch)), label);
	}

	async remove(id: string, label: string): Promise<void> {
		this.refused = null;
		await this.#commit(removeItem(this.#history.current, id), label);
	}

	async undo(): Promise<void> {
		const pack = this.#history.undo();
		if (pack) await this.#apply(pack);
	}

	async redo(): Promise<void> {
		const pack = this.#history.redo();
		if (pack) await this.#apply(pack);
	}

	async #try(id: string, edit: (pack: ScenarioPackage) => ScenarioPackage, label: string): Promise<boolean> {
		return this.#accept('item', id, tryEdit(this.#history.current, id, (pack) => fittedWhileAlone(edit(pack))), label);
	}

	/** Makes a checked edit, or keeps what refused it for the form to show. */
	async #accept(target: Refused['target'], id: string, result: EditResult, label: string): Promise<boolean> {
		if (result.problems.length) {
			this.refused = { target, id, problems: result.problems };
			return false;
		}
		this.refused = null;
		await this.#commit(result.pack, label);
		return true;
	}

	async #commit(pack: ScenarioPackage, label: string): Promise<void> {
		this.#history.push(pack, label);
		await this.#apply(pack);
	}

	/** Shows a version of the package and keeps it. */
	async #apply(pack: ScenarioPackage): Promise<void> {
		this.saving++;
		try {
			await this.#showAndKeep(pack);
		} finally {
			this.saving--;
		}
	}

	async #showAndKeep(pack: ScenarioPackage): Promise<void> {
		this.package = pack;
		this.undoLabel = this.#history.undoLabel;
		this.redoLabel = this.#history.redoLabel;
		const loaded = await loadPackage(pack);
		// Each edit was checked item by item; a package that no longer opens as a whole is not shown.
		if (!('features' in loaded)) {
			this.refused = { target: 'scenario', id: '', problems: loaded.problems };
			return;
		}
		this.#show(loaded, loaded.problems);
		try {
			// Another tab saved since this one did: saving now would silently throw its changes away.
			const stored = await keptSummary(this.keptId);
			if (stored && stored.savedAt > this.#summary.savedAt) {
				this.saveFailure = editsText().savedElsewhere;
				return;
			}
			this.#summary = { ...this.#summary, title: loaded.title, savedAt: Date.now(), items: loaded.features.length };
			await keepScenario(this.#summary, pack, loaded.problems.slice(0, KEPT_PROBLEMS));
			this.saveFailure = null;
			this.revision++;
		} catch (error) {
			this.saveFailure = keepFailure(error);
		}
	}
}
