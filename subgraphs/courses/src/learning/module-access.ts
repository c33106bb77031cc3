// Module locks, enforced on the server: an unlock date, and in sequential modules the order of items.
import type { Db } from '../../../kit/src/db';

export type ModuleItemKind = 'lecture' | 'reading' | 'quiz' | 'assignment';

export interface ItemOpenInput {
  userId: string;
  moduleId: string;
  item: { kind: ModuleItemKind; id: string };
  now?: Date;
}

/** Throws FORBIDDEN with the reason (and when it opens) when the item is locked for this student. */
export async function assertItemOpen(_db: Db, _input: ItemOpenInput): Promise<void> {}
