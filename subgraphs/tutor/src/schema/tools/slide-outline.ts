// slideOutline: Markdown slides of a lecture, for its instructors.
import { builder } from '../../builder';
import { lectureMaterialFor } from '../../tools/lecture-material';
import { outlineSlides, type SlideOutline } from '../../tools/slide-outline';
import { tutorRuntime } from '../../runtime';
import { LectureRef, lectureReference } from '../content/lecture';
import { TOOL_SCOPES, lectureIdRule } from './tool-access';

export const SlideOutlineType = builder.objectRef<SlideOutline>('SlideOutline').implement({
  fields: (t) => ({
    lecture: t.field({ type: LectureRef, resolve: (outline) => lectureReference(outline.lectureId) }),
    markdown: t.exposeString('markdown', { description: 'Slides separated by `---` lines: a title slide, then one per main point with 3–5 bullets.' }),
    slideCount: t.exposeInt('slideCount'),
    offline: t.exposeBoolean('offline', { description: 'True when built from the transcript without a model.' }),
    model: t.exposeString('model', { nullable: true }),
  }),
});

builder.mutationFields((t) => ({
  slideOutline: t.field({
    type: SlideOutlineType,
    description: 'Outlines slides for a lecture (the course’s instructors and administrators). Nothing is stored.',
    authScopes: TOOL_SCOPES,
    args: { lectureId: t.arg.id({ required: true }).validate(lectureIdRule) },
    resolve: async (_root, { lectureId }, ctx) => outlineSlides(tutorRuntime(ctx).chatModel, await lectureMaterialFor(ctx.prisma, ctx.viewer, lectureId)),
  }),
}));
