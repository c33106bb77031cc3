// How content problems reach the applicant: one BAD_USER_INPUT naming every field at once, so a form can
// mark them all in one round trip; `field` is the first, for clients that show a single message.
import type { GraphQLError } from 'graphql';
import { userError } from '../../../kit/src/errors';
import type { FieldProblem } from './content-rules';

export function fieldProblemsError(problems: readonly FieldProblem[], summary: string): GraphQLError {
  const [first] = problems;
  const message = problems.length === 1 ? first!.message : `${summary} ${problems.map((problem) => problem.message).join(' ')}`;
  return userError('BAD_USER_INPUT', message, { field: first?.field, fields: problems.map(({ field, message: text }) => ({ field, message: text })) });
}
