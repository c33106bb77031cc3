// A tiny subgraph built with the kit, so gateway tests exercise the real signing, serving and
// federation path without depending on any domain subgraph.
import type { GraphQLSchema } from 'graphql';
import { createBuilder } from '@scrollforge/kit/src/builder';

export const PROBE_SECRET_MESSAGE = 'connection to db-internal-7 failed: password hunter2 rejected';

/** Counts resolver calls, so a test can prove a refused request never reached the subgraph. */
export interface ProbeCalls {
  count: number;
  /** While set, the `held` field waits for it, so a test can keep a request in flight. */
  hold?: Promise<void>;
}

interface ProbeNode {
  level: number;
}

export function buildProbeSchema(calls: ProbeCalls): GraphQLSchema {
  const builder = createBuilder();
  const counted = <T>(value: T): T => {
    calls.count += 1;
    return value;
  };

  const ProbeNodeRef = builder.objectRef<ProbeNode>('ProbeNode');
  ProbeNodeRef.implement({
    fields: (t) => ({
      level: t.int({ resolve: (node) => node.level }),
      child: t.field({ type: ProbeNodeRef, resolve: (node) => ({ level: node.level + 1 }) }),
    }),
  });

  const ProbeItemRef = builder.objectRef<{ id: string }>('ProbeItem');
  ProbeItemRef.implement({ fields: (t) => ({ id: t.exposeID('id') }) });
  builder.asEntity(ProbeItemRef, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: (reference) => counted({ id: reference.id }),
  });

  builder.queryType({
    fields: (t) => ({
      whoami: t.string({
        nullable: true,
        resolve: (_root, _args, context) => counted(context.viewer.kind === 'user' ? context.viewer.id : null),
      }),
      viewerRoles: t.stringList({
        resolve: (_root, _args, context) => counted(context.viewer.kind === 'user' ? context.viewer.roles : []),
      }),
      viewerIp: t.string({ resolve: (_root, _args, context) => counted(context.viewer.ip) }),
      // Named like the real dev-only field, so the production rule can be seen at work.
      devMailbox: t.stringList({ resolve: () => counted(['a dev mail']) }),
      requestId: t.string({ resolve: (_root, _args, context) => counted(context.requestId) }),
      probeNode: t.field({ type: ProbeNodeRef, resolve: () => counted({ level: 1 }) }),
      probeItem: t.field({ type: ProbeItemRef, resolve: () => counted({ id: 'item-1' }) }),
      held: t.string({
        resolve: async () => {
          calls.count += 1;
          await calls.hold;
          return 'released';
        },
      }),
      failUnexpectedly: t.string({
        resolve: () => {
          calls.count += 1;
          throw new Error(PROBE_SECRET_MESSAGE);
        },
      }),
    }),
  });

  return builder.toSubGraphSchema({});
}
