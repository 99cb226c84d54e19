import { describeProblem, type Problem } from './problem.ts';
import { problemReportText } from '../i18n/problem-report.ts';

/** The report a person downloads to fix their file: what was opened, and each problem on its own line, in the file's order. */
export function problemReport(title: string, problems: readonly Problem[], problemsIn: string, at: Date): string {
	const t = problemReportText();
	return [
		t.reportHeading(title, at.toISOString().slice(0, 16).replace('T', ' ')),
		t.reportCount(problems.length),
		'',
		...problems.map((problem) => `${problemsIn}${describeProblem(problem)}`),
		''
	].join('\n');
}

/** A file name for the report, from the scenario's title. */
export function reportName(title: string): string {
	return `${fileSlug(title)}-problems.txt`;
}

/** A scenario's title as the start of a file name a download can carry anywhere. */
export function fileSlug(title: string): string {
	return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'scenario';
}
