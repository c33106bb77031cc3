// Tutoring sessions: a student's conversation with one tutor, optionally about a course and a lecture.
import type { Db, TutorSession } from '../../../kit/src/db';
import { badInput, notFound } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import { isUuid } from '../../../kit/src/uuid';
import type { Viewer } from '../../../kit/src/viewer';
import { requireCourseForTutoring } from '../access/course-access';
import { MAX_SESSION_TITLE_LENGTH } from './conversation-rules';

export interface StartSessionInput {
  /** @default the course faculty's tutor, else a general one */
  tutorId?: string | null;
  courseId?: string | null;
  lectureId?: string | null;
  /** @default the first question */
  title?: string | null;
}

function checkTitle(title: string | null | undefined): string {
  const trimmed = (title ?? '').trim();
  if (trimmed.length > MAX_SESSION_TITLE_LENGTH) throw badInput(`A session title is at most ${MAX_SESSION_TITLE_LENGTH} characters.`, 'title');
  return trimmed;
}

/** The course a lecture belongs to, as far as the tutor's material knows it. */
async function courseOfLectureMaterial(db: Db, lectureId: string): Promise<string | null> {
  const passage = await db.tutorPassage.findFirst({ where: { lectureId }, select: { courseId: true } });
  return passage?.courseId ?? null;
}

async function chooseTutor(db: Db, tutorId: string | null | undefined, facultyId: string | null) {
  if (tutorId) {
    const tutor = isUuid(tutorId) ? await db.aiTutor.findFirst({ where: { id: tutorId, active: true } }) : null;
    if (!tutor) throw notFound('That tutor');
    return tutor;
  }
  const candidates = await db.aiTutor.findMany({
    where: { active: true, OR: [{ facultyId: null }, ...(facultyId ? [{ facultyId }] : [])] },
    orderBy: { name: 'asc' },
  });
  // A tutor of the course's own faculty knows its field best; a general tutor otherwise.
  const tutor = candidates.find((candidate) => facultyId !== null && candidate.facultyId === facultyId) ?? candidates[0];
  if (!tutor) throw notFound('An available tutor');
  return tutor;
}

export async function startSession(db: Db, viewer: Viewer, input: StartSessionInput): Promise<TutorSession> {
  const userId = signedInViewerId(viewer);
  const title = checkTitle(input.title);
  let courseId = input.courseId ?? null;
  const lectureId = input.lectureId ?? null;
  if (courseId !== null && !isUuid(courseId)) throw badInput('courseId is not a valid id.', 'courseId');
  if (lectureId !== null) {
    if (!isUuid(lectureId)) throw badInput('lectureId is not a valid id.', 'lectureId');
    const lectureCourseId = await courseOfLectureMaterial(db, lectureId);
    if (lectureCourseId === null) throw notFound('Material of that lecture');
    if (courseId !== null && courseId !== lectureCourseId) throw badInput('That lecture belongs to another course.', 'lectureId');
    courseId = lectureCourseId;
  }
  const course = courseId === null ? null : await requireCourseForTutoring(db, viewer, courseId);
  const tutor = await chooseTutor(db, input.tutorId, course?.facultyId ?? null);
  return db.tutorSession.create({ data: { userId, tutorId: tutor.id, courseId, lectureId, title } });
}

/** The viewer's own session; NOT_FOUND for anyone else's, so ids reveal nothing. */
export async function requireOwnSession(db: Db, viewer: Viewer, sessionId: string): Promise<TutorSession> {
  const userId = signedInViewerId(viewer);
  const session = isUuid(sessionId) ? await db.tutorSession.findUnique({ where: { id: sessionId } }) : null;
  if (!session || session.userId !== userId) throw notFound('That tutoring session');
  return session;
}

export async function renameSession(db: Db, viewer: Viewer, sessionId: string, title: string): Promise<TutorSession> {
  const session = await requireOwnSession(db, viewer, sessionId);
  const checked = checkTitle(title);
  if (checked === '') throw badInput('Give the session a title.', 'title');
  return db.tutorSession.update({ where: { id: session.id }, data: { title: checked } });
}

/**
 * Deletes the session and every message in it (a student may clear their history). An answer still
 * being written is stopped first (`stopAnswer`), so no generation keeps running for a deleted session.
 */
export async function deleteSession(
  db: Db,
  viewer: Viewer,
  sessionId: string,
  stopAnswer: (messageId: string) => Promise<void> = async () => {},
): Promise<TutorSession> {
  const session = await requireOwnSession(db, viewer, sessionId);
  const pending = await db.tutorMessage.findMany({ where: { sessionId: session.id, role: 'assistant', status: 'pending' }, select: { id: true } });
  for (const answer of pending) await stopAnswer(answer.id);
  await db.tutorSession.delete({ where: { id: session.id } });
  return session;
}
