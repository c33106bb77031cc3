// Where a command writes its data: a file (--out), written line by line so what is done survives an
// interruption, or stdout.
import { open, type FileHandle } from 'node:fs/promises';
import { usageError } from './cli-error';

export interface LineSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSink(path: string | undefined, stdout: NodeJS.WritableStream): Promise<LineSink> {
  if (path === undefined) {
    return {
      write: (text) => new Promise<void>((resolve, reject) => stdout.write(text, (error) => (error ? reject(error) : resolve()))),
      close: async () => {},
    };
  }
  let handle: FileHandle;
  try {
    // 'wx' refuses to overwrite: an earlier run's output (e.g. issued codes) is never lost.
    handle = await open(path, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(code === 'EEXIST' ? `${path} already exists; choose another --out file or move it away.` : `Cannot write ${path}: ${String(error)}`);
  }
  return {
    write: async (text) => {
      await handle.write(text);
    },
    close: () => handle.close(),
  };
}
