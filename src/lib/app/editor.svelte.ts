import { loadPackage, type Scenario } from '$lib/data/scenario';
import type { ScenarioPackage } from '$lib/data/package';
import type { Problem } from '$lib/data/validate';
import type { Day } from '$lib/timeline/day';
import { EditHistory } from '$lib/edit/history';
import { addPoint, moveItem, removeItem, tryEdit, updateItem, type Position } from '$lib/edit/package-edits';
import { keepFailure, keepScenario, type KeptSummary } from './keep';

/** An edit that was not made, and why: the item stays as it last was valid until the field is fixed. */
export interface Refused {
	id: string;
	problems: Problem[];
}

/** How many problems are kept with an edited scenario, as with an imported one. */
const KEPT_PROBLEMS = 1000;

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
	#summary: KeptSummary;
	#history: EditHistory<ScenarioPackage>;
	readonly #show: (scenario: Scenario, problems: Problem[]) => void;

	constructor(summary: KeptSummary, pack: ScenarioPackage, show: (scenario: Scenario, problems: Problem[]) => void) {
		this.keptId = summary.id;
		this.#summary = summary;
		this.#history = new EditHistory(pack);
		this.#show = show;
	}

	/** Adds a point item where the map was clicked, dated `day`; resolves with its id. */
	async add(at: Position, day: Day): Promise<string> {
		const { pack, id } = addPoint(this.#history.current, { at, day });
		await this.#commit(pack, 'add an item');
		return id;
	}

	/** Changes an item's fields (`undefined` removes one); says whether the change was made. */
	async update(id: string, patch: Record<string, unknown>, label: string): Promise<boolean> {
		return this.#try(id, (pack) => updateItem(pack, id, patch), label);
	}

	async move(id: string, at: Position, label: string): Promise<boolean> {
		return this.#try(id, (pack) => moveItem(pack, id, at), label);
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
		const result = tryEdit(this.#history.current, id, edit);
		if (result.problems.length) {
			this.refused = { id, problems: result.problems };
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
		this.undoLabel = this.#history.undoLabel;
		this.redoLabel = this.#history.redoLabel;
		const loaded = await loadPackage(pack);
		// Each edit was checked item by item; a package that no longer opens as a whole is not shown.
		if (!('features' in loaded)) {
			this.refused = { id: '', problems: loaded.problems };
			return;
		}
		this.#show(loaded, loaded.problems);
		this.#summary = { ...this.#summary, title: loaded.title, savedAt: Date.now(), items: loaded.features.length };
		try {
			await keepScenario(this.#summary, pack, loaded.problems.slice(0, KEPT_PROBLEMS));
			this.saveFailure = null;
		} catch (error) {
			this.saveFailure = keepFailure(error);
		}
	}
}
