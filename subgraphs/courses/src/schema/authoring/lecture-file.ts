// Slides and notes of a lecture: PDF uploads sent as base64, and removing them again.
import { z } from 'zod';
import { builder } from '../../builder';
import { LECTURE_FILE_KINDS, decodeBase64File, removeLectureFile, setLectureFile } from '../../authoring/lecture-files';
import { idRule } from '../../authoring/rules';
import { removeFilesQuietly } from './remove-files';

export const LectureFileKindEnum = builder.enumType('LectureFileKind', {
  description: 'Which of a lecture’s files: its slides or its notes.',
  values: LECTURE_FILE_KINDS,
});

builder.mutationFields((t) => ({
  uploadLectureFile: t.prismaField({
    type: 'Lecture',
    description:
      'Sets a lecture’s slides or notes: a PDF of at most 1.4 MB, sent as base64. Replacing a file removes the old one. The course’s instructors and admins only.',
    authScopes: { authenticated: true },
    args: {
      lectureId: t.arg.id({ required: true }).validate(idRule('lecture')),
      kind: t.arg({ type: LectureFileKindEnum, required: true }),
      fileName: t.arg
        .string({ required: true, description: 'The file’s name, e.g. "week-1-slides.pdf"; kept in the download link.' })
        .validate(z.string().trim().min(1, 'Send the file’s name, e.g. slides.pdf.').max(255, 'Use a file name of at most 255 characters.')),
      contentType: t.arg
        .string({ required: true, description: 'application/pdf' })
        .validate(z.string().max(100, 'That is not a content type; send application/pdf.')),
      dataBase64: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const bytes = decodeBase64File(args.dataBase64);
      const { replacedKey } = await setLectureFile(context.prisma, context.storage, context.viewer, {
        lectureId: args.lectureId,
        kind: args.kind,
        fileName: args.fileName,
        contentType: args.contentType,
        bytes,
      });
      if (replacedKey !== null) await removeFilesQuietly(context, [replacedKey]);
      return context.prisma.lecture.findUniqueOrThrow({ ...query, where: { id: args.lectureId } });
    },
  }),
  removeLectureFile: t.prismaField({
    type: 'Lecture',
    description: 'Removes a lecture’s slides or notes. The course’s instructors and admins only.',
    authScopes: { authenticated: true },
    args: {
      lectureId: t.arg.id({ required: true }).validate(idRule('lecture')),
      kind: t.arg({ type: LectureFileKindEnum, required: true }),
    },
    resolve: async (query, _root, { lectureId, kind }, context) => {
      const { removedKey } = await removeLectureFile(context.prisma, context.viewer, lectureId, kind);
      if (removedKey !== null) await removeFilesQuietly(context, [removedKey]);
      return context.prisma.lecture.findUniqueOrThrow({ ...query, where: { id: lectureId } });
    },
  }),
}));
