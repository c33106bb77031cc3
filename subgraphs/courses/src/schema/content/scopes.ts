// Field-level rules shared by the content types: learning material opens to enrolled students and editors.
import type { SubgraphContext } from '../../../../kit/src/context';
import { canEditCourseById, canOpenCourseContent } from '../../content-access';

export const enrolledOrEditor = (item: { courseId: string }, _args: object, context: SubgraphContext) =>
  canOpenCourseContent(context, item.courseId);

export const courseEditorOnly = (item: { courseId: string }, _args: object, context: SubgraphContext) =>
  canEditCourseById(context, item.courseId);
