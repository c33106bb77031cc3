// Reads the file a command was given, with an error that names it.
import { readFile } from 'node:fs/promises';
import { usageError } from './cli-error';

export async function readInputFile(path: string | undefined, what: string): Promise<string> {
  if (path === undefined) throw usageError(`Name the ${what} to read.`);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(code === 'ENOENT' ? `${path} does not exist.` : `Cannot read ${path}: ${String(error)}`);
  }
}
