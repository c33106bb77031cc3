// The Lecture entity: public title and length; video, transcript, captions and files for enrolled students.
import { signFileUrl } from '../../../../kit/src/storage';
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';
import { isUuid } from '../../loaders';
import { canSeeCourse } from '../../access';
import { LectureKindEnum } from './enums';
import { enrolledOrEditor } from './scopes';

/** Signed links to slides and notes live an hour. */
export const LECTURE_FILE_URL_TTL_SECONDS = 3600;

export const LectureCaptionType = builder.prismaObject('LectureCaption', {
  description: 'WebVTT captions of a lecture in one language.',
  fields: (t) => ({
    language: t.exposeString('language'),
    vtt: t.exposeString('vtt'),
  }),
});

export const LectureMaterialType = builder.prismaObject('LectureMaterial', {
  description: 'A supplementary link or file of a lecture.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    url: t.exposeString('url'),
  }),
});

export const LectureType = builder.prismaObject('Lecture', {
  tag: inPublicGraph(),
  description: 'A video, live or interactive lecture. Material fields need an enrollment (or editing rights).',
  fields: (t) => ({
    id: t.exposeID('id', { tag: inPublicGraph() }),
    position: t.exposeInt('position', { tag: inPublicGraph() }),
    title: t.exposeString('title', { tag: inPublicGraph() }),
    kind: t.field({ type: LectureKindEnum, resolve: (lecture) => lecture.kind }),
    durationSeconds: t.exposeInt('durationSeconds', { tag: inPublicGraph() }),
    module: t.relation('module'),
    course: t.relation('course'),
    videoUrl: t.exposeString('videoUrl', { nullable: true, authScopes: enrolledOrEditor }),
    transcript: t.exposeString('transcript', { authScopes: enrolledOrEditor }),
    captions: t.relation('captions', { authScopes: enrolledOrEditor, query: { orderBy: { language: 'asc' } } }),
    materials: t.relation('materials', { authScopes: enrolledOrEditor, query: { orderBy: { position: 'asc' } } }),
    slidesUrl: t.string({
      nullable: true,
      authScopes: enrolledOrEditor,
      description: 'A signed link to the slides, valid for an hour.',
      resolve: (lecture, _args, context) =>
        lecture.slidesFileKey ? signFileUrl(context.fileSigningSecret, lecture.slidesFileKey, LECTURE_FILE_URL_TTL_SECONDS) : null,
    }),
    notesUrl: t.string({
      nullable: true,
      authScopes: enrolledOrEditor,
      description: 'A signed link to the notes, valid for an hour.',
      resolve: (lecture, _args, context) =>
        lecture.notesFileKey ? signFileUrl(context.fileSigningSecret, lecture.notesFileKey, LECTURE_FILE_URL_TTL_SECONDS) : null,
    }),
  }),
});

builder.asEntity(LectureType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id)) return null;
    const lecture = await context.prisma.lecture.findUnique({
      where: { id: reference.id },
      include: { course: { include: { instructors: true } } },
    });
    return lecture !== null && canSeeCourse(context.viewer, lecture.course) ? lecture : null;
  },
});

builder.queryFields((t) => ({
  lecture: t.prismaField({
    type: 'Lecture',
    nullable: true,
    description: 'A lecture of a course you can see.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      if (!isUuid(args.id)) return null;
      const lecture = await context.prisma.lecture.findUnique({ ...query, where: { id: args.id } });
      if (lecture === null) return null;
      const course = await context.prisma.course.findUnique({ where: { id: lecture.courseId }, include: { instructors: true } });
      return course !== null && canSeeCourse(context.viewer, course) ? lecture : null;
    },
  }),
}));
