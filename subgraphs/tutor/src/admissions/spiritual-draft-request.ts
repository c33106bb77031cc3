// The tutor's consumer of SpiritualEvaluationDraftRequested: writes the draft and answers with
// SpiritualEvaluationDrafted. The model is asked outside any transaction (it may take many seconds); the
// answer and the processed mark then commit together, so a redelivered request is answered once.
import type { SubgraphServices } from '../../../kit/src/context';
import type { PrismaClient } from '../../../kit/src/db';
import { emitEvent, handleOnce, type DomainEvent, type EventBus } from '../../../kit/src/events';
import type { ChatModel } from '../model/chat-model';
import { chatModelFromEnv } from '../model/create-chat-model';
import { tutorRuntime } from '../runtime';
import {
  SPIRITUAL_EVALUATION_DRAFTED,
  SPIRITUAL_EVALUATION_DRAFT_REQUESTED,
  spiritualEvaluationDraftRequestedSchema,
  spiritualEvaluationDraftedSchema,
} from './spiritual-draft-events';
import { draftSpiritualEvaluation } from './spiritual-evaluation-draft';

export const DRAFT_SPIRITUAL_EVALUATION_HANDLER = 'draft-spiritual-evaluation';

export async function handleSpiritualEvaluationDraftRequested(prisma: PrismaClient, model: ChatModel | null, event: DomainEvent): Promise<void> {
  const parsed = spiritualEvaluationDraftRequestedSchema.safeParse(event.payload);
  // A malformed payload cannot succeed on retry; failing loudly sends it to the dead letters.
  if (!parsed.success) throw new Error(`${event.type} ${event.id} has a malformed payload: ${parsed.error.message}`);
  const drafted = spiritualEvaluationDraftedSchema.parse(await draftSpiritualEvaluation(model, parsed.data));
  await prisma.$transaction(async (tx) => {
    if (!(await handleOnce(tx, 'tutor', DRAFT_SPIRITUAL_EVALUATION_HANDLER, event.id))) return;
    await emitEvent(tx, 'tutor', SPIRITUAL_EVALUATION_DRAFTED, drafted);
  });
}

/** The running tutor's model; a process that consumes events before its runtime starts reads the environment. */
function modelOf(services: SubgraphServices): ChatModel | null {
  try {
    return tutorRuntime(services).chatModel;
  } catch {
    return chatModelFromEnv(services.env);
  }
}

export function registerSpiritualDraftConsumer(bus: EventBus, services: SubgraphServices): void {
  bus.on(`tutor.${DRAFT_SPIRITUAL_EVALUATION_HANDLER}`, SPIRITUAL_EVALUATION_DRAFT_REQUESTED, (event) =>
    handleSpiritualEvaluationDraftRequested(services.prisma, modelOf(services), event),
  );
}
