// What to tell a person about a failed operation: the graph's own message (written to be acted on), or a
// plain sentence for network failures. Field errors are picked out for the form that sent them.
import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

export function messageOf(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? 'Something went wrong.';
  if (error instanceof Error && /fetch|network/i.test(error.message)) return 'We could not reach ScrollForge. Check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** The error's extensions.field and message, when the graph named the field at fault. */
export function fieldErrorOf(error: unknown): { field: string; message: string } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const field = first?.extensions?.field;
  return typeof field === 'string' && first ? { field, message: first.message } : null;
}

export function codeOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A message the graph addressed to one input, by its path (e.g. "educationHistory[2].level"). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The fields one graph error names: every entry of extensions.fields (submission lists all problems at
 * once), or else extensions.field with the error's own message.
 */
export function problemsOfGraphError(graphError: GraphQLFormattedError): FieldProblem[] {
  const extensions = graphError.extensions ?? {};
  if (Array.isArray(extensions.fields)) {
    return (extensions.fields as unknown[]).flatMap((entry) => {
      if (typeof entry !== 'object' || entry === null || typeof (entry as { field?: unknown }).field !== 'string') return [];
      const { field, message } = entry as { field: string; message?: unknown };
      return [{ field, message: typeof message === 'string' ? message : graphError.message }];
    });
  }
  return typeof extensions.field === 'string' ? [{ field: extensions.field, message: graphError.message }] : [];
}

/** Every field problem of a failed operation, in order; empty for network failures. */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  return CombinedGraphQLErrors.is(error) ? error.errors.flatMap(problemsOfGraphError) : [];
}
