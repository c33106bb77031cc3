// Everything an answer is grounded in, read in a fixed handful of statements: the tutor persona, the
// course and lecture, the best passages of course material, the earlier turns and running quizzes.
import type { AiTutor, PrismaClient } from '../../../kit/src/db';
import type { RetrievedPassage } from '../content/passage';
import { retrievePassages } from '../content/retrieval';
import type { ActiveQuiz } from '../safety/active-quiz';
import { activeQuizzesFor } from '../safety/honesty';
import { HISTORY_MESSAGES_READ, PASSAGES_PER_ANSWER } from './conversation-rules';

export interface AnswerContext {
  tutor: Pick<AiTutor, 'name' | 'specialty' | 'personaPrompt' | 'socraticStrength'>;
  course: { title: string } | null;
  lectureTitle: string | null;
  passages: RetrievedPassage[];
  /** Earlier complete turns, oldest first (the prompt builder trims them to the budget). */
  history: { role: 'user' | 'assistant'; content: string }[];
  activeQuizzes: ActiveQuiz[];
}

export async function gatherAnswerContext(
  prisma: PrismaClient,
  job: { sessionId: string; userId: string; questionId: string; question: string },
  now: Date = new Date(),
): Promise<AnswerContext> {
  const session = await prisma.tutorSession.findUniqueOrThrow({ where: { id: job.sessionId }, include: { tutor: true } });
  const [course, lecture, passages, earlier, activeQuizzes] = await Promise.all([
    session.courseId ? prisma.tutorCourse.findUnique({ where: { courseId: session.courseId }, select: { title: true } }) : null,
    session.lectureId ? prisma.tutorPassage.findFirst({ where: { lectureId: session.lectureId }, select: { sourceTitle: true } }) : null,
    session.courseId
      ? retrievePassages(prisma, { courseId: session.courseId, lectureId: session.lectureId, query: job.question, limit: PASSAGES_PER_ANSWER })
      : Promise.resolve([]),
    prisma.tutorMessage.findMany({
      where: { sessionId: job.sessionId, status: 'complete', id: { not: job.questionId }, flagged: false, content: { not: '' } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: HISTORY_MESSAGES_READ,
      select: { role: true, content: true },
    }),
    activeQuizzesFor(prisma, job.userId, now),
  ]);
  return {
    tutor: session.tutor,
    course,
    lectureTitle: lecture?.sourceTitle ?? null,
    passages,
    history: earlier.reverse().map((message) => ({ role: message.role, content: message.content })),
    activeQuizzes,
  };
}
