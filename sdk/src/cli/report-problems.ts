// Input-file problems, one per line with the line they are on, ending the command with exit code 2.
import type { CsvProblem } from '../csv/csv-table';
import { usageError } from './cli-error';

const SHOWN = 50;

export function failOnProblems(file: string, problems: readonly CsvProblem[], stderr: NodeJS.WritableStream): void {
  if (problems.length === 0) return;
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  for (const problem of sorted.slice(0, SHOWN)) stderr.write(`${file}:${problem.line}: ${problem.message}\n`);
  if (sorted.length > SHOWN) stderr.write(`… and ${sorted.length - SHOWN} more.\n`);
  throw usageError(`${problems.length} problem(s) in ${file}; nothing was changed. Fix them and run the command again.`);
}
