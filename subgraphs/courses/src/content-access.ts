// Who may open a course's learning material (videos, transcripts, readings, quizzes): its editors,
// admins, and students enrolled in it. Titles and the syllabus stay public so the catalog can show them.
import type { SubgraphContext } from '../../kit/src/context';
import { canEditCourse } from './access';
import { courseAccessFacts, viewerEnrollment } from './loaders';

export async function canOpenCourseContent(context: SubgraphContext, courseId: string): Promise<boolean> {
  if (context.viewer.kind !== 'user') return false;
  const [facts, enrollment] = await Promise.all([
    courseAccessFacts(context).load(courseId),
    viewerEnrollment(context).load(courseId),
  ]);
  if (facts === null) return false;
  if (canEditCourse(context.viewer, facts)) return true;
  return enrollment !== null && enrollment.status !== 'dropped';
}

export async function canEditCourseById(context: SubgraphContext, courseId: string): Promise<boolean> {
  const facts = await courseAccessFacts(context).load(courseId);
  return facts !== null && canEditCourse(context.viewer, facts);
}
