// Reading a failed account operation for the form that sent it: the message for each field the graph
// named (extensions.field, e.g. "input.password", or extensions.fields = [{ field, message }]) and
// whatever is left for an alert above the form.
import { CombinedGraphQLErrors } from '@apollo/client';
import { messageOf, problemsOfGraphError } from '../../../ui/error-message';

export type FieldErrors = Partial<Record<string, string>>;

export interface FormErrors {
  /** Messages keyed by the last segment of the field path ("input.email" → "email"). */
  fields: FieldErrors;
  /** A message that belongs to no field on this form, or null. */
  form: string | null;
}

const leaf = (path: string) => path.split('.').pop() ?? path;

/** Splits an error into field messages (only for `known` fields) and one form-level message. */
export function formErrorsOf(error: unknown, known: readonly string[]): FormErrors {
  if (!error) return { fields: {}, form: null };
  if (!CombinedGraphQLErrors.is(error)) return { fields: {}, form: messageOf(error) };
  const fields: FieldErrors = {};
  let form: string | null = null;
  for (const graphError of error.errors) {
    const named = problemsOfGraphError(graphError);
    const placed = named.filter((entry) => known.includes(leaf(entry.field)));
    for (const entry of placed) fields[leaf(entry.field)] ??= entry.message;
    if (placed.length === 0) form ??= graphError.message;
  }
  return { fields, form };
}

/** The extensions of the first graph error, for codes with details (retryAfter, reason). */
export function extensionsOf(error: unknown): Record<string, unknown> {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions ?? {}) : {};
}

/** The errors without one field's: a message goes away once the person edits that field. */
export function withoutField(errors: FieldErrors, field: string): FieldErrors {
  if (!(field in errors)) return errors;
  const rest = { ...errors };
  delete rest[field];
  return rest;
}
