// Two small subgraphs for the subscription bridge and a gateway in front of them: `ticker` owns a
// Subscription whose events point at `Author` entities that `people` owns, so every event needs an
// entity fetch from another subgraph. Events are published through the services' in-process PubSub.
import type { GraphQLSchema } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { createBuilder } from '@scrollforge/kit/src/builder';
import { forbidden, notFound, unauthenticated, userError } from '@scrollforge/kit/src/errors';
import { startSubgraph, type RunningSubgraph } from '@scrollforge/kit/src/server';
import { hasRole } from '@scrollforge/kit/src/viewer';
import { createTestServices, type TestServices } from '@scrollforge/kit/src/testing/test-services';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/app';
import { composeSupergraph } from '../../src/compose/compose';
import { FILE_SIGNING_SECRET, JWT_SECRET, SIGNING_SECRET } from './test-graph';

/** What a test publishes on a stream; `tick(stream)` delivers it. */
export interface TickEvent {
  n: number;
  authorId?: string;
  authorIds?: string[];
  /** Filler text, to make events large. */
  blob?: string;
  /** When set, the event's `failing` field fails with NOT_FOUND. */
  fail?: boolean;
}

/** Lets tests slow or observe the people subgraph. */
export interface PeopleControls {
  /** While set, every entity lookup waits for it. */
  hold?: Promise<void>;
  /** Entity representations resolved so far. */
  lookups: number;
}

export const tickChannel = (stream: string) => `test-tick:${stream}`;

function buildTickerSchema(): GraphQLSchema {
  const builder = createBuilder();
  const AuthorRef = builder.externalRef('Author', builder.selection<{ id: string }>('id')).implement({
    externalFields: (t) => ({ id: t.id() }),
    fields: () => ({}),
  });
  const TickRef = builder.objectRef<TickEvent>('Tick');
  TickRef.implement({
    fields: (t) => ({
      n: t.exposeInt('n'),
      author: t.field({ type: AuthorRef, nullable: true, resolve: (tick) => (tick.authorId ? { id: tick.authorId } : null) }),
      authors: t.field({ type: [AuthorRef], resolve: (tick) => (tick.authorIds ?? []).map((id) => ({ id })) }),
      blob: t.string({ nullable: true, resolve: (tick) => tick.blob ?? null }),
      failing: t.string({
        nullable: true,
        resolve: (tick) => {
          if (tick.fail) throw notFound(`Tick ${tick.n}`);
          return 'fine';
        },
      }),
      // Recursive, so operations can nest as deep as a client likes (depth-limit tests).
      previous: t.field({ type: TickRef, nullable: true, resolve: () => null }),
      viewerId: t.string({ nullable: true, resolve: (_tick, _args, context) => (context.viewer.kind === 'user' ? context.viewer.id : null) }),
    }),
  });

  builder.queryType({ fields: (t) => ({ tickerVersion: t.string({ resolve: () => '1' }) }) });
  builder.mutationType({ fields: (t) => ({ noop: t.boolean({ resolve: () => true }) }) });
  builder.subscriptionType({
    fields: (t) => ({
      tick: t.field({
        type: TickRef,
        args: { stream: t.arg.string({ required: true }) },
        subscribe: (_root, args, context) => context.pubsub.subscribe<TickEvent>(tickChannel(args.stream)),
        resolve: (event) => event,
      }),
      adminTick: t.field({
        type: TickRef,
        args: { stream: t.arg.string({ required: true }) },
        // Refused in the subscribe resolver itself, before any event.
        subscribe: (_root, args, context) => {
          if (context.viewer.kind !== 'user') throw unauthenticated('Sign in to watch admin ticks.');
          if (!hasRole(context.viewer, 'admin')) throw forbidden('Only admins watch admin ticks.');
          return context.pubsub.subscribe<TickEvent>(tickChannel(args.stream));
        },
        resolve: (event) => event,
      }),
      countdown: t.field({
        type: TickRef,
        args: { from: t.arg.int({ required: true }) },
        subscribe: async function* (_root, args) {
          for (let n = args.from; n > 0; n -= 1) yield { n };
        },
        resolve: (event) => event,
      }),
      brokenTick: t.field({
        type: TickRef,
        args: { stream: t.arg.string({ required: true }) },
        subscribe: async function* (_root, args, context) {
          for await (const event of context.pubsub.subscribe<TickEvent>(tickChannel(args.stream))) {
            if (event.fail) throw userError('CONFLICT', 'The stream broke.');
            yield event;
          }
        },
        resolve: (event) => event,
      }),
    }),
  });
  return builder.toSubGraphSchema({});
}

function buildPeopleSchema(controls: PeopleControls): GraphQLSchema {
  const builder = createBuilder();
  const AuthorRef = builder.objectRef<{ id: string }>('Author');
  AuthorRef.implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      displayName: t.string({ resolve: (author) => `Author ${author.id}` }),
    }),
  });
  builder.asEntity(AuthorRef, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: async (reference) => {
      controls.lookups += 1;
      await controls.hold;
      if (reference.id.startsWith('missing')) throw notFound(`Author ${reference.id}`);
      return { id: reference.id };
    },
  });
  builder.queryType({ fields: (t) => ({ author: t.field({ type: AuthorRef, args: { id: t.arg.id({ required: true }) }, resolve: (_root, args) => ({ id: args.id }) }) }) });
  return builder.toSubGraphSchema({});
}

export interface SubscriptionGraph {
  gateway: RunningGateway;
  ticker: RunningSubgraph;
  people: RunningSubgraph;
  services: TestServices['services'];
  peopleControls: PeopleControls;
  /** ws:// URL of the gateway's GraphQL endpoint. */
  wsUrl: string;
  /** Publishes one event on `stream`. */
  publish(stream: string, event: TickEvent): Promise<void>;
  /** Operations the people subgraph served over HTTP (each `_entities` fetch is one). */
  peopleOperations(): Promise<number>;
  /** Stops the ticker subgraph and starts it again on the same port. */
  restartTicker(between?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export async function startSubscriptionGraph(
  options: Partial<Omit<GatewayOptions, 'supergraphSdl'>> = {},
): Promise<SubscriptionGraph> {
  const handle = createTestServices({ poolMax: 2 });
  const services = handle.services;
  const peopleControls: PeopleControls = { lookups: 0 };
  const tickerSchema = buildTickerSchema();
  const peopleSchema = buildPeopleSchema(peopleControls);
  const startTicker = (port: number) => startSubgraph({ name: 'ticker', schema: tickerSchema, port, signingSecret: SIGNING_SECRET, services });
  let ticker = await startTicker(0);
  const people = await startSubgraph({ name: 'people', schema: peopleSchema, port: 0, signingSecret: SIGNING_SECRET, services });
  const composed = composeSupergraph([
    { name: 'ticker', url: ticker.url, sdl: printSubgraphSchema(tickerSchema) },
    { name: 'people', url: people.url, sdl: printSubgraphSchema(peopleSchema) },
  ]);
  if (!composed.ok) throw new Error(`test subgraphs do not compose: ${JSON.stringify(composed.problems)}`);
  const gateway = await startGateway({
    port: 0,
    supergraphSdl: composed.supergraphSdl,
    signingSecret: SIGNING_SECRET,
    jwtSecret: JWT_SECRET,
    fileSigningSecret: FILE_SIGNING_SECRET,
    storage: services.storage,
    ...options,
  });
  return {
    gateway,
    get ticker() {
      return ticker;
    },
    people,
    services,
    peopleControls,
    wsUrl: `ws://127.0.0.1:${gateway.port}/graphql`,
    publish: (stream, event) => services.pubsub.publish(tickChannel(stream), event),
    async peopleOperations() {
      const metric = await people.metrics.requests.get();
      return metric.values.reduce((sum, value) => sum + value.value, 0);
    },
    async restartTicker(between) {
      const port = ticker.port;
      await ticker.stop();
      await between?.();
      ticker = await startTicker(port);
    },
    async stop() {
      await gateway.stop();
      await ticker.stop();
      await people.stop();
      await handle.close();
    },
  };
}
