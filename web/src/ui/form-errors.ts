// Sorting a failed operation's errors for a form: messages the graph addressed to one of the form's
// fields (extensions.field / extensions.fields) go next to that field; anything else goes in one Alert.
import { CombinedGraphQLErrors } from '@apollo/client';
import { messageOf, problemsOfGraphError } from './error-message';

export interface FormErrors {
  /** Messages by field path, e.g. "amount" or "rubricScores[1].points". */
  fields: Record<string, string>;
  /** What no field of this form can show; null when every error found its field. */
  general: string | null;
}

export const NO_FORM_ERRORS: FormErrors = { fields: {}, general: null };

/**
 * Splits an operation's error into per-field messages and one general message. `codeFields` places an
 * error code the graph does not tie to a field (e.g. PAYMENT_REQUIRED) at the field it concerns.
 */
export function formErrorsOf(error: unknown, formFields: readonly string[], codeFields: Readonly<Record<string, string>> = {}): FormErrors {
  if (!error) return NO_FORM_ERRORS;
  const fields: Record<string, string> = {};
  const known = (field: string) => formFields.some((name) => field === name || field.startsWith(`${name}[`) || field.startsWith(`${name}.`));
  let general: string | null = null;
  if (!CombinedGraphQLErrors.is(error)) return { fields, general: messageOf(error) };
  for (const graphError of error.errors) {
    const placed = problemsOfGraphError(graphError).filter((problem) => known(problem.field));
    for (const problem of placed) fields[problem.field] ??= problem.message;
    if (placed.length > 0) continue;
    const code = graphError.extensions?.code;
    const codeField = typeof code === 'string' ? codeFields[code] : undefined;
    if (codeField) fields[codeField] ??= graphError.message;
    else general ??= graphError.message;
  }
  return { fields, general };
}
