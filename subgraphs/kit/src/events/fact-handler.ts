// The shape every event consumer of a domain shares: parse the payload, then apply it and record the
// event as processed in one transaction (handleOnce), so a redelivered event changes nothing.
import type { z } from 'zod';
import type { Db, PrismaClient } from '../db';
import type { DomainEvent } from './domain-event';
import { handleOnce } from './handle-once';

export type FactHandler = (prisma: PrismaClient, event: DomainEvent) => Promise<void>;

/** The factHandler of one domain: `domainFactHandler('tutor')(name, schema, apply)`. */
export function domainFactHandler(domain: string) {
  return function factHandler<S extends z.ZodType>(
    handlerName: string,
    schema: S,
    apply: (tx: Db, payload: z.infer<S>, event: DomainEvent) => Promise<unknown>,
    /** Longest the handling transaction may run, in ms. @default Prisma's 5000 */
    options: { timeout?: number } = {},
  ): FactHandler {
    return async (prisma, event) => {
      const parsed = schema.safeParse(event.payload);
      // A malformed payload cannot succeed on retry; failing loudly sends it to the dead letters.
      if (!parsed.success) throw new Error(`${event.type} ${event.id} has a malformed payload: ${parsed.error.message}`);
      await prisma.$transaction(
        async (tx) => {
          if (!(await handleOnce(tx, domain, handlerName, event.id))) return;
          await apply(tx, parsed.data, event);
        },
        options.timeout === undefined ? undefined : { timeout: options.timeout },
      );
    };
  };
}
