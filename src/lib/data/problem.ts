import { problemReportText } from '../i18n/problem-report.ts';

/** One thing wrong with the data, located precisely enough to fix it. */
export interface Problem {
	/** The file, relative to geodata/. */
	file: string;
	/** The feature's id, or its position (`#3`) when it has no usable id. */
	feature?: string;
	/** The phase's id, for problems in the phases file. */
	phase?: string;
	/** For an imported table or file: the row or feature as a person finds it ("row 12", "placemark 3"). */
	row?: string;
	/** For an imported table: the column, as its header names it. */
	column?: string;
	/** The field, as a path like `sources[0].quote`. */
	field?: string;
	message: string;
}

/** "scenario/naval.geojson, feature "ford", field start: expected …" */
export function describeProblem(problem: Problem): string {
	const t = problemReportText();
	const where = [problem.file];
	if (problem.phase !== undefined) where.push(t.inPhase(named(problem.phase)));
	if (problem.row !== undefined) where.push(problem.row);
	if (problem.feature !== undefined) where.push(t.inFeature(named(problem.feature)));
	if (problem.column !== undefined) where.push(t.inColumn(problem.column));
	if (problem.field !== undefined) where.push(t.inField(problem.field));
	return t.located(where.join(', '), problem.message);
}

/** An id in quotes; a position (`#3`) as it is. */
function named(label: string): string {
	return label.startsWith('#') ? label : `"${label}"`;
}
