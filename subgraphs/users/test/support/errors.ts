// Reads the code, field and message off an expected GraphQLError.
import { GraphQLError } from 'graphql';

export interface CaughtError {
  code: unknown;
  field: unknown;
  message: string;
  extensions: Record<string, unknown>;
}

export async function caught(promise: Promise<unknown>): Promise<CaughtError> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, field: error.extensions.field, message: error.message, extensions: error.extensions };
  }
  throw new Error('expected the call to fail');
}
