// Administrators create and change tutor personas; everyone else is refused with FORBIDDEN.
import { builder } from '../../builder';
import { createTutor, updateTutor } from '../../tutors/personas';
import {
  avatarIdRule,
  facultyIdRule,
  personaPromptRule,
  socraticStrengthRule,
  tutorNameRule,
  tutorSpecialtyRule,
  voiceRule,
  type AvatarSettings,
} from '../../tutors/persona-rules';
import { z } from 'zod';
import { AiTutorType } from './ai-tutor';
import { TutorAvatarProviderEnum } from './tutor-avatar';

const tutorIdRule = z.guid('That is not a valid tutor id.');

export const TutorAvatarInput = builder.inputType('TutorAvatarInput', {
  description: 'A hosted provider needs the avatar id it knows the avatar by; NONE takes neither id nor voice.',
  fields: (t) => ({
    provider: t.field({ type: TutorAvatarProviderEnum, required: true }),
    avatarId: t.string().validate(avatarIdRule.nullish()),
    voice: t.string().validate(voiceRule.nullish()),
  }),
});

export const CreateAITutorInput = builder.inputType('CreateAITutorInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: '2–80 characters, unique among tutors.' }).validate(tutorNameRule),
    specialty: t.string({ required: true, description: '2–200 characters.' }).validate(tutorSpecialtyRule),
    personaPrompt: t.string({ required: true, description: '20–4000 characters: the voice, focus and way of guiding.' }).validate(personaPromptRule),
    socraticStrength: t.int({ required: true, description: '1 (explains freely) to 5 (answers only with guiding questions).' }).validate(socraticStrengthRule),
    facultyId: t.id({ description: 'Leave out for a general tutor of every faculty.' }).validate(facultyIdRule.nullish()),
    avatar: t.field({ type: TutorAvatarInput, description: '@default NONE (text only)' }),
  }),
});

export const UpdateAITutorInput = builder.inputType('UpdateAITutorInput', {
  description: 'Leave a field out to keep it; send facultyId null to make the tutor general. An avatar replaces the old one whole.',
  fields: (t) => ({
    name: t.string().validate(tutorNameRule.nullish()),
    specialty: t.string().validate(tutorSpecialtyRule.nullish()),
    personaPrompt: t.string().validate(personaPromptRule.nullish()),
    socraticStrength: t.int().validate(socraticStrengthRule.nullish()),
    facultyId: t.id().validate(facultyIdRule.nullish()),
    avatar: t.field({ type: TutorAvatarInput }),
    active: t.boolean({ description: 'False retires the tutor; true brings it back.' }),
  }),
});

interface AvatarArgument {
  provider: AvatarSettings['provider'];
  avatarId?: string | null;
  voice?: string | null;
}

const avatarSettings = (avatar: AvatarArgument | null | undefined): AvatarSettings =>
  avatar ? { provider: avatar.provider, avatarId: avatar.avatarId ?? null, voice: avatar.voice ?? null } : { provider: 'none', avatarId: null, voice: null };

/** GraphQL null for a field that cannot be cleared means "keep", like leaving it out. */
const keep = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

builder.mutationFields((t) => ({
  createAITutor: t.prismaField({
    type: AiTutorType,
    description: 'Adds a tutor persona. Administrators only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateAITutorInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const tutor = await createTutor(ctx.prisma, {
        name: input.name,
        specialty: input.specialty,
        personaPrompt: input.personaPrompt,
        socraticStrength: input.socraticStrength,
        facultyId: input.facultyId ?? null,
        avatar: avatarSettings(input.avatar),
      });
      return ctx.prisma.aiTutor.findUniqueOrThrow({ ...query, where: { id: tutor.id } });
    },
  }),
  updateAITutor: t.prismaField({
    type: AiTutorType,
    description: 'Changes a tutor persona. Administrators only.',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ required: true }).validate(tutorIdRule),
      input: t.arg({ type: UpdateAITutorInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updateTutor(ctx.prisma, id, {
        name: keep(input.name),
        specialty: keep(input.specialty),
        personaPrompt: keep(input.personaPrompt),
        socraticStrength: keep(input.socraticStrength),
        // Left out keeps the faculty; an explicit null makes the tutor general.
        facultyId: input.facultyId === undefined ? undefined : input.facultyId,
        avatar: input.avatar ? avatarSettings(input.avatar) : undefined,
        active: keep(input.active),
      });
      return ctx.prisma.aiTutor.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
