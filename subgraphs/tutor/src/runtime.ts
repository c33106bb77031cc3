// What the tutor keeps per process besides the shared services: its model (or none, for the offline
// tutor), the video-avatar provider and the answers this process is generating right now.
import type { SubgraphServices } from '../../kit/src/context';
import type { PrismaClient } from '../../kit/src/db';
import { serviceLogger } from '../../kit/src/logger';
import { GenerationRegistry } from './conversation/generation-registry';
import { startStaleAnswerSweep } from './conversation/stale-answers';
import { chatModelFromEnv } from './model/create-chat-model';
import type { ChatModel } from './model/chat-model';
import { LocalAvatarProvider, type VideoAvatarProvider } from './tutors/avatar-provider';

export interface TutorRuntime {
  /** The configured model; null means the offline tutor answers from course material. */
  chatModel: ChatModel | null;
  avatars: VideoAvatarProvider;
  generations: GenerationRegistry;
  stop(): Promise<void>;
}

// Keyed by the Prisma client: every platform (and every test platform) has its own.
const runtimes = new WeakMap<PrismaClient, TutorRuntime>();

export function startTutorRuntime(services: SubgraphServices): TutorRuntime {
  const existing = runtimes.get(services.prisma);
  if (existing) return existing;
  const generations = new GenerationRegistry();
  const stopSweep = startStaleAnswerSweep(services.prisma, serviceLogger('tutor'));
  const runtime: TutorRuntime = {
    chatModel: chatModelFromEnv(services.env),
    avatars: new LocalAvatarProvider(),
    generations,
    async stop() {
      runtimes.delete(services.prisma);
      stopSweep();
      await generations.stopAll();
    },
  };
  runtimes.set(services.prisma, runtime);
  return runtime;
}

/** The runtime the subgraph was started with (resolvers and event handlers reach it through their services). */
export function tutorRuntime(services: Pick<SubgraphServices, 'prisma' | 'env'>): TutorRuntime {
  const runtime = runtimes.get(services.prisma);
  if (!runtime) throw new Error('The tutor runtime is not started: startTutorSubgraph must run before the tutor serves.');
  return runtime;
}
