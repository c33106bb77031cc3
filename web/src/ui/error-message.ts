// What to tell a person about a failed operation: the graph's own message (written to be acted on), or a
// plain sentence for network failures. Field errors are picked out for the form that sent them.
import { CombinedGraphQLErrors } from '@apollo/client';

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
