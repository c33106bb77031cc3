// Events the assessment area consumes:
// - EssayGradeDrafted { attemptId, questionId, rubricScores: [{ criterionId, points }], feedback, model },
//   sent by the tutor domain: stored as the answer's AI draft (never a grade; see essays.ts).
// Each handler records the event as processed in the same transaction as its effects (handleOnce), so a
// redelivered event changes nothing.
import type { SubgraphServices } from '../../../kit/src/context';
import type { DomainEvent, EventBus } from '../../../kit/src/events';
import { handleOnce } from '../../../kit/src/events';
import type { PrismaClient } from '../../../kit/src/db';
import { essayGradeDraftedSchema, recordEssayDraft } from './essays';

export const ESSAY_DRAFT_HANDLER = 'record-essay-draft';

export async function handleEssayGradeDrafted(prisma: PrismaClient, event: DomainEvent): Promise<void> {
  const parsed = essayGradeDraftedSchema.safeParse(event.payload);
  // A malformed payload cannot succeed on retry; failing loudly sends it to the dead letters.
  if (!parsed.success) throw new Error(`${event.type} ${event.id} has a malformed payload: ${parsed.error.message}`);
  const draftedAt = new Date(event.occurredAt);
  await prisma.$transaction(async (tx) => {
    if (!(await handleOnce(tx, 'courses', ESSAY_DRAFT_HANDLER, event.id))) return;
    await recordEssayDraft(tx, parsed.data, Number.isNaN(draftedAt.getTime()) ? new Date() : draftedAt);
  });
}

export function registerAssessmentEventHandlers(bus: EventBus, services: SubgraphServices): void {
  bus.on(`courses.${ESSAY_DRAFT_HANDLER}`, 'EssayGradeDrafted', (event) => handleEssayGradeDrafted(services.prisma, event));
}
