// runForEach: every application gets an outcome in the order given, a failure never stops the rest,
// expected errors keep their code and message, and unexpected ones are logged and masked.
import { GraphQLError } from 'graphql';
import { conflict, notFound } from '../../kit/src/errors';
import { runForEach } from '../src/queue/bulk-outcome';

test('runs every action in order and reports each outcome, continuing past failures', async () => {
  const ran: string[] = [];
  const outcomes = await runForEach(
    ['a', 'b', 'c'],
    async (id) => {
      ran.push(id);
      if (id === 'b') throw conflict('The intake is full; waitlist instead.');
    },
    () => {
      throw new Error('nothing unexpected here');
    },
  );
  expect(ran).toEqual(['a', 'b', 'c']);
  expect(outcomes).toEqual([
    { applicationId: 'a', ok: true, errorCode: null, message: null },
    { applicationId: 'b', ok: false, errorCode: 'CONFLICT', message: 'The intake is full; waitlist instead.' },
    { applicationId: 'c', ok: true, errorCode: null, message: null },
  ]);
});

test('an unexpected error is handed over for logging and reported as INTERNAL without its details', async () => {
  const logged: [string, unknown][] = [];
  const failure = new Error('duplicate key value violates unique constraint "application_pkey"');
  const outcomes = await runForEach(
    ['x', 'y', 'z'],
    async (id) => {
      if (id === 'x') throw failure;
      if (id === 'y') throw new GraphQLError('no code on this one');
      throw notFound('That application');
    },
    (id, error) => logged.push([id, error]),
  );
  expect(outcomes.map((outcome) => outcome.errorCode)).toEqual(['INTERNAL', 'INTERNAL', 'NOT_FOUND']);
  expect(outcomes[0]?.message).not.toMatch(/constraint/);
  expect(logged.map(([id]) => id)).toEqual(['x', 'y']);
  expect(logged[0]?.[1]).toBe(failure);
});
