// Errors of a staff form: the graph names the field at fault in extensions.field (and, for some
// operations, every field in extensions.fields); those go next to their inputs, anything else in an Alert.
import { CombinedGraphQLErrors } from '@apollo/client';
import { messageOf, problemsOfGraphError } from '../../../ui/error-message';

export interface FormErrors {
  /** Messages by field path, e.g. "rationale" or "scores[1].points". */
  fields: Record<string, string>;
  /** What no field of this form can show, for an Alert; null when every error found its field. */
  general: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, general: null };

/** Sorts an operation's error into messages at the form's own fields and one general message. */
export function formErrorsOf(error: unknown, formFields: readonly string[]): FormErrors {
  if (!error) return NO_ERRORS;
  const fields: Record<string, string> = {};
  const shown = (field: string) => formFields.some((known) => field === known || field.startsWith(`${known}[`) || field.startsWith(`${known}.`));
  let general: string | null = null;
  if (CombinedGraphQLErrors.is(error)) {
    for (const graphError of error.errors) {
      const named = problemsOfGraphError(graphError);
      const placed = named.filter((entry) => shown(entry.field));
      for (const entry of placed) fields[entry.field] ??= entry.message;
      if (placed.length === 0) general ??= graphError.message;
    }
  } else {
    general = messageOf(error);
  }
  return { fields, general };
}
