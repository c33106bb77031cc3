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
