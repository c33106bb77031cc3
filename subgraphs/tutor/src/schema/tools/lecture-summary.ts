// summarizeLecture: a Markdown summary and key points of a lecture, for its instructors.
import { builder } from '../../builder';
import { lectureMaterialFor } from '../../tools/lecture-material';
import { summarizeLecture, type LectureSummary } from '../../tools/summarize-lecture';
import { tutorRuntime } from '../../runtime';
import { LectureRef, lectureReference } from '../content/lecture';
import { TOOL_SCOPES, lectureIdRule } from './tool-access';

export const LectureSummaryType = builder.objectRef<LectureSummary>('LectureSummary').implement({
  fields: (t) => ({
    lecture: t.field({ type: LectureRef, resolve: (summary) => lectureReference(summary.lectureId) }),
    summary: t.exposeString('summary', { description: 'Markdown.' }),
    keyPoints: t.exposeStringList('keyPoints'),
    offline: t.exposeBoolean('offline', { description: 'True when quoted from the transcript without a model.' }),
    model: t.exposeString('model', { nullable: true }),
  }),
});

builder.mutationFields((t) => ({
  summarizeLecture: t.field({
    type: LectureSummaryType,
    description: 'Summarises a lecture (the course’s instructors and administrators). Nothing is stored.',
    authScopes: TOOL_SCOPES,
    args: { lectureId: t.arg.id({ required: true }).validate(lectureIdRule) },
    resolve: async (_root, { lectureId }, ctx) => summarizeLecture(tutorRuntime(ctx).chatModel, await lectureMaterialFor(ctx.prisma, ctx.viewer, lectureId)),
  }),
}));
