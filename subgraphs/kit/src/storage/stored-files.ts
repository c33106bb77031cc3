// The record of accepted uploads (platform.stored_file). The kit owns this table; domains record and
// forget files through these functions, inside their own transactions.
import type { Db } from '../db';

export interface StoredFileRecord {
  key: string;
  ownerId: string;
  contentType: string;
  size: number;
  /** What the file is for, e.g. "avatar". */
  purpose: string;
}

export async function recordStoredFile(tx: Db, file: StoredFileRecord): Promise<void> {
  await tx.storedFile.create({ data: file });
}

export async function forgetStoredFile(tx: Db, key: string): Promise<void> {
  await tx.storedFile.deleteMany({ where: { key } });
}

/** The recorded uploads among `keys` that belong to `ownerId` and were accepted for `purpose`. */
export async function ownedStoredFiles(db: Db, input: { keys: readonly string[]; ownerId: string; purpose: string }): Promise<StoredFileRecord[]> {
  if (input.keys.length === 0) return [];
  return db.storedFile.findMany({
    where: { key: { in: [...input.keys] }, ownerId: input.ownerId, purpose: input.purpose },
    select: { key: true, ownerId: true, contentType: true, size: true, purpose: true },
  });
}
