// Storage on the local file system, for embedded mode and single-machine deployments. Bytes go to
// `<dir>/objects/<key>` and the content type to `<dir>/types/<key>`, so no key can collide with
// another key's metadata. Writes go to a temporary file first and are renamed into place, so readers
// never see half an object.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { assertValidKey } from './object-key';
import type { Storage } from './storage';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export function createLocalDiskStorage(dir: string): Storage {
  const root = resolve(dir);
  const pathIn = (area: 'objects' | 'types', key: string): string => {
    assertValidKey(key);
    const path = resolve(root, area, key);
    // The key check already rules out traversal; this guards the invariant if the check ever loosens.
    if (!path.startsWith(join(root, area) + sep)) throw new Error(`Storage key "${key}" escapes the storage directory.`);
    return path;
  };
  const writeAtomically = async (path: string, data: Buffer | string) => {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, path);
  };

  return {
    async put(key, bytes, contentType) {
      // Type first: an object is only readable once its bytes exist, and then its type does too.
      await writeAtomically(pathIn('types', key), contentType);
      await writeAtomically(pathIn('objects', key), bytes);
    },
    async get(key) {
      try {
        const [bytes, contentType] = await Promise.all([readFile(pathIn('objects', key)), readFile(pathIn('types', key), 'utf8')]);
        return { bytes, contentType };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathIn('objects', key), { force: true });
      await rm(pathIn('types', key), { force: true });
    },
  };
}
