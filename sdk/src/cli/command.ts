// What every CLI command provides, and what it is given to run.
import type { ParseArgsConfig } from 'node:util';

export interface CommandContext {
  /** Environment variables (SCROLLFORGE_URL, SCROLLFORGE_TOKEN, SCROLLFORGE_API_KEY). */
  env: NodeJS.ProcessEnv;
  /** Data output (CSV, JSON, tables). */
  stdout: NodeJS.WritableStream;
  /** Messages and progress. */
  stderr: NodeJS.WriteStream;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full usage text for `scrollforge <command> --help`. */
  usage: string;
  /** The command's own flags, for node:util parseArgs. */
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code. */
  run(input: { positionals: string[]; values: Record<string, string | boolean | undefined> }, context: CommandContext): Promise<number>;
}
