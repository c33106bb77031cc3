// The shape every economy event consumer shares: parse the payload, then apply it and record the event as
// processed in one transaction (handleOnce), so a redelivered event changes nothing.
import type { z } from 'zod';
import type { Db, PrismaClient } from '../../../kit/src/db';
import type { DomainEvent } from '../../../kit/src/events';
import { handleOnce } from '../../../kit/src/events';

export type EconomyEventHandler = (prisma: PrismaClient, event: DomainEvent) => Promise<void>;

export function factHandler<S extends z.ZodType>(
  handlerName: string,
  schema: S,
  apply: (tx: Db, payload: z.infer<S>, event: DomainEvent) => Promise<unknown>,
): EconomyEventHandler {
  return async (prisma, event) => {
    const parsed = schema.safeParse(event.payload);
    // A malformed payload cannot succeed on retry; failing loudly sends it to the dead letters.
    if (!parsed.success) throw new Error(`${event.type} ${event.id} has a malformed payload: ${parsed.error.message}`);
    await prisma.$transaction(async (tx) => {
      if (!(await handleOnce(tx, 'economy', handlerName, event.id))) return;
      await apply(tx, parsed.data, event);
    });
  };
}
