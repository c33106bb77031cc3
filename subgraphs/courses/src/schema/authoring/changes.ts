// Partial-update inputs: a field left out keeps its value; only nullable columns may be cleared with null.
import { badInput } from '../../../../kit/src/errors';

/** A value every row must have may be replaced or left out (undefined), never cleared (null). */
export function unlessCleared<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badInput(`${field} cannot be cleared; send a new value or leave it out.`, `input.${field}`);
  return value;
}
