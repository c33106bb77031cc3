// Field errors of the admissions forms: the graph names the field at fault in extensions.field, and
// saving or submitting an application lists every problem in extensions.fields = [{ field, message }].
import { CombinedGraphQLErrors } from '@apollo/client';

export type FieldErrors = Record<string, string>;

export interface FieldProblem {
  field: string;
  message: string;
}

const isProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' && value !== null && typeof (value as FieldProblem).field === 'string' && typeof (value as FieldProblem).message === 'string';

/** Every problem the graph named a field for, in its order; empty when it named none. */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const problems: FieldProblem[] = [];
  for (const graphError of error.errors) {
    const fields = graphError.extensions?.fields;
    if (Array.isArray(fields)) problems.push(...fields.filter(isProblem));
    else if (typeof graphError.extensions?.field === 'string') problems.push({ field: graphError.extensions.field, message: graphError.message });
  }
  return problems;
}

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
