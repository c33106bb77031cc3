// Adding, changing and removing lectures, with their captions and supplementary links.
import { builder } from '../../builder';
import { addLecture, removeLecture, updateLecture, type LectureCaptionFields, type LectureMaterialFields } from '../../authoring/lectures';
import {
  MAX_CAPTION_TRACKS,
  MAX_MATERIALS,
  MAX_TRANSCRIPT_CHARACTERS,
  boundedList,
  durationSecondsRule,
  httpsUrlRule,
  idRule,
  languageRule,
  textRule,
  titleRule,
  webVttRule,
} from '../../authoring/rules';
import { LectureKindEnum } from '../content/enums';
import { unlessCleared } from './changes';
import { removeFilesQuietly } from './remove-files';

const lectureTitleRule = titleRule('lecture title');
const videoUrlRule = httpsUrlRule('video URL');
const transcriptRule = textRule('transcript', MAX_TRANSCRIPT_CHARACTERS);
const captionsRule = boundedList<LectureCaptionFields>(MAX_CAPTION_TRACKS, `A lecture can have at most ${MAX_CAPTION_TRACKS} caption tracks.`);
const materialsRule = boundedList<LectureMaterialFields>(MAX_MATERIALS, `A lecture can have at most ${MAX_MATERIALS} supplementary materials.`);

export const LectureCaptionInput = builder.inputType('LectureCaptionInput', {
  fields: (t) => ({
    language: t.string({ required: true, description: 'Language code, e.g. en or pt-BR.' }).validate(languageRule),
    vtt: t.string({ required: true, description: 'The WebVTT file; its first line is "WEBVTT".' }).validate(webVttRule),
  }),
});

export const LectureMaterialInput = builder.inputType('LectureMaterialInput', {
  fields: (t) => ({
    title: t.string({ required: true }).validate(titleRule('material title')),
    url: t.string({ required: true, description: 'An https:// link.' }).validate(httpsUrlRule('material URL')),
  }),
});

export const AddLectureInput = builder.inputType('AddLectureInput', {
  fields: (t) => ({
    title: t.string({ required: true }).validate(lectureTitleRule),
    kind: t.field({ type: LectureKindEnum, description: '@default video' }),
    videoUrl: t.string({ description: 'An https:// link to the video.' }).validate(videoUrlRule.nullish()),
    durationSeconds: t.int().validate(durationSecondsRule.nullish()),
    transcript: t.string().validate(transcriptRule.nullish()),
    captions: t.field({ type: [LectureCaptionInput], description: 'One WebVTT track per language.' }).validate(captionsRule.nullish()),
    materials: t.field({ type: [LectureMaterialInput], description: 'Supplementary links, in order.' }).validate(materialsRule.nullish()),
  }),
});

export const UpdateLectureInput = builder.inputType('UpdateLectureInput', {
  description: 'Leave a field out to keep it; send null to clear videoUrl. captions and materials, when given, replace the whole set.',
  fields: (t) => ({
    title: t.string().validate(lectureTitleRule.nullish()),
    kind: t.field({ type: LectureKindEnum }),
    videoUrl: t.string().validate(videoUrlRule.nullish()),
    durationSeconds: t.int().validate(durationSecondsRule.nullish()),
    transcript: t.string().validate(transcriptRule.nullish()),
    captions: t.field({ type: [LectureCaptionInput] }).validate(captionsRule.nullish()),
    materials: t.field({ type: [LectureMaterialInput] }).validate(materialsRule.nullish()),
  }),
});

builder.mutationFields((t) => ({
  addLecture: t.prismaField({
    type: 'Lecture',
    description: 'Adds a lecture at the end of a module. The course’s instructors and admins only.',
    authScopes: { authenticated: true },
    args: {
      moduleId: t.arg.id({ required: true }).validate(idRule('module')),
      input: t.arg({ type: AddLectureInput, required: true }),
    },
    resolve: async (query, _root, { moduleId, input }, context) => {
      const id = await addLecture(context.prisma, context.viewer, moduleId, {
        title: input.title,
        kind: input.kind ?? undefined,
        videoUrl: input.videoUrl ?? null,
        durationSeconds: input.durationSeconds ?? undefined,
        transcript: input.transcript ?? undefined,
        captions: input.captions ?? undefined,
        materials: input.materials ?? undefined,
      });
      return context.prisma.lecture.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateLecture: t.prismaField({
    type: 'Lecture',
    authScopes: { authenticated: true },
    args: {
      id: t.arg.id({ required: true }).validate(idRule('lecture')),
      input: t.arg({ type: UpdateLectureInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      await updateLecture(context.prisma, context.viewer, id, {
        title: unlessCleared(input.title, 'title'),
        kind: unlessCleared(input.kind, 'kind'),
        videoUrl: input.videoUrl,
        durationSeconds: unlessCleared(input.durationSeconds, 'durationSeconds'),
        transcript: unlessCleared(input.transcript, 'transcript'),
        captions: unlessCleared(input.captions, 'captions'),
        materials: unlessCleared(input.materials, 'materials'),
      });
      return context.prisma.lecture.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  removeLecture: t.prismaField({
    type: 'Module',
    description:
      'Removes a lecture and returns its module. Archived (progress survives) in a course that has ever been published; deleted in a never-published draft.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }).validate(idRule('lecture')) },
    resolve: async (query, _root, { id }, context) => {
      const { moduleId, orphanedFileKeys } = await removeLecture(context.prisma, context.viewer, id);
      await removeFilesQuietly(context, orphanedFileKeys);
      return context.prisma.module.findUniqueOrThrow({ ...query, where: { id: moduleId } });
    },
  }),
}));
