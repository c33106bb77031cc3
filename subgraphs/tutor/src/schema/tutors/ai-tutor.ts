// An AI tutor persona. Students meet its name, specialty, strength and avatar; the persona prompt that
// shapes its voice is for administrators only.
import { builder } from '../../builder';
import { isUuid } from '../../../../kit/src/uuid';
import { hasRole } from '../../../../kit/src/viewer';
import { TutorAvatarType } from './tutor-avatar';

export const AiTutorType = builder.prismaObject('AiTutor', {
  name: 'AITutor',
  description: 'An AI tutor persona: a Socratic guide with its own specialty and voice.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    specialty: t.exposeString('specialty'),
    socraticStrength: t.exposeInt('socraticStrength', { description: '1 (explains freely) to 5 (answers only with guiding questions).' }),
    // Faculty is not an entity of the courses subgraph, so the tutor names it by id.
    facultyId: t.exposeID('facultyId', { nullable: true, description: 'The courses faculty this tutor serves; null for a general tutor of every faculty.' }),
    active: t.exposeBoolean('active', { description: 'False once retired: students no longer meet it.' }),
    avatar: t.field({
      type: TutorAvatarType,
      resolve: (tutor) => ({ provider: tutor.avatarProvider, avatarId: tutor.avatarId, voice: tutor.voice }),
    }),
    personaPrompt: t.exposeString('personaPrompt', {
      description: 'The persona’s own instructions (the platform’s safety rules are always added around them). Administrators only.',
      authScopes: { admin: true },
    }),
  }),
});

builder.queryFields((t) => ({
  aiTutors: t.prismaField({
    type: [AiTutorType],
    description: 'Every active tutor, by name.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.aiTutor.findMany({ ...query, where: { active: true }, orderBy: { name: 'asc' } }),
  }),
  aiTutor: t.prismaField({
    type: AiTutorType,
    nullable: true,
    description: 'A tutor by id; null when there is none. Retired tutors are visible to administrators only.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => {
      if (!isUuid(id)) return null;
      const retiredToo = hasRole(ctx.viewer, 'admin');
      return ctx.prisma.aiTutor.findFirst({ ...query, where: { id, ...(retiredToo ? {} : { active: true }) } });
    },
  }),
}));
