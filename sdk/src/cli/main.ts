// `npx scrollforge <command>`: the SDK's command line for internal tools. Reads flags and
// SCROLLFORGE_* variables, runs one command and exits with its code.
import { parseArgs } from 'node:util';
import { isScrollForgeError } from '../client/errors';
import { CliError } from './cli-error';
import type { Command, CommandContext } from './command';
import { CONNECTION_OPTIONS } from './config';
import { describeFailure } from './describe-failure';
import { importCoursesCommand } from './commands/import-courses';
import { exportGradesCommand } from './commands/export-grades';
import { scholarshipCodesCommand } from './commands/scholarship-codes';
import { verifyLedgerCommand } from './commands/verify-ledger';
import { enrollStudentsCommand } from './commands/enroll-students';
import { keyUsageCommand } from './commands/key-usage';

const COMMANDS: Command[] = [importCoursesCommand, exportGradesCommand, enrollStudentsCommand, scholarshipCodesCommand, verifyLedgerCommand, keyUsageCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: scrollforge <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Connection (every command):',
    '  --url <origin>     the gateway, or SCROLLFORGE_URL (default http://127.0.0.1:4000)',
    '  --token <jwt>      a person\'s access token, or SCROLLFORGE_TOKEN',
    '  --api-key <key>    a school\'s API key (public graph), or SCROLLFORGE_API_KEY',
    '  --retries <n>      tries after a failure (default 3)',
    '',
    'Run `scrollforge <command> --help` for a command\'s options.',
    'Exit codes: 0 done, 1 failed or found problems, 2 wrong usage or a bad input file.',
  ].join('\n');
}

export async function runCli(argv: string[], context: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    context.stdout.write(`${overview()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    context.stderr.write(`Unknown command "${name}".\n\n${overview()}\n`);
    return 2;
  }
  try {
    const parsed = parseArgs({ args: rest, options: { ...CONNECTION_OPTIONS, ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (parsed.values.help === true) {
      context.stdout.write(`${command.usage}\n`);
      return 0;
    }
    // No option is declared with `multiple`, so every value is a single string or boolean.
    const values = parsed.values as Record<string, string | boolean | undefined>;
    return await command.run({ positionals: parsed.positionals, values }, context);
  } catch (error) {
    if (error instanceof CliError) {
      context.stderr.write(`scrollforge ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS')) {
      context.stderr.write(`scrollforge ${name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (isScrollForgeError(error)) {
      context.stderr.write(`scrollforge ${name}: ${describeFailure(error)}\n`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`scrollforge: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
