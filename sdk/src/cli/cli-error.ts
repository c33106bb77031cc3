// An error the CLI reports as one line and an exit code, without a stack trace.

/** 1: the work failed or found problems; 2: the command was used wrongly (flags, input file). */
export type ExitCode = 1 | 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(message, 2);
