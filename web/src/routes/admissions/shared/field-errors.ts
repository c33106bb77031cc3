// Field errors of the admissions forms: the graph names the field at fault in extensions.field, and
// saving or submitting an application lists every problem in extensions.fields = [{ field, message }].
import { CombinedGraphQLErrors } from '@apollo/client';
import type { FieldProblem } from '../../../ui/error-message';

export type FieldErrors = Record<string, string>;

export { fieldProblemsOf, type FieldProblem } from '../../../ui/error-message';

/** The first message for each field. */
export function toFieldErrors(problems: readonly FieldProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of problems) errors[field] ??= message;
  return errors;
}

/** A string extension of the first error (e.g. extensions.applicationId of a CONFLICT). */
export function extensionOf(error: unknown, key: string): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const value = error.errors[0]?.extensions?.[key];
  return typeof value === 'string' ? value : undefined;
}
