// The Application entity: its status, program and timeline. Applicants read their own; officers of
// the program and admins read every field. Each area adds its own fields in its own file
// (builder.prismaObjectFields), repeating the staff check on anything internal.
import { isUuid } from '../../../../kit/src/uuid';
import { builder } from '../../builder';
import { UserRef, userReference } from '../content/user';
import { ProgramType } from '../programs/program';
import { ApplicationRoleEnum, ApplicationStatusEnum, DecisionOutcomeEnum } from './enums';
import { viewerRoleOn } from './viewer-access';

const DAY_MS = 86_400_000;

export const ApplicationType = builder.prismaObject('Application', {
  description: 'One person’s application to one intake of a program.',
  fields: (t) => ({
    id: t.exposeID('id'),
    applicant: t.field({ type: UserRef, resolve: (application) => userReference(application.applicantId) }),
    intake: t.relation('intake'),
    program: t.field({
      type: ProgramType,
      select: { intake: { select: { program: true } } },
      resolve: (application) => application.intake.program,
    }),
    status: t.field({ type: ApplicationStatusEnum, resolve: (application) => application.status }),
    decision: t.field({
      type: DecisionOutcomeEnum,
      nullable: true,
      description: 'Set once decided: accepted, waitlisted or rejected.',
      resolve: (application) => application.decision,
    }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    stageEnteredAt: t.expose('stageEnteredAt', { type: 'DateTime', description: 'When the application reached its current status.' }),
    daysInStage: t.int({
      description: 'Whole days since the application reached its current status.',
      resolve: (application) => Math.max(0, Math.floor((Date.now() - application.stageEnteredAt.getTime()) / DAY_MS)),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    viewerRole: t.field({
      type: ApplicationRoleEnum,
      description: 'How you see this application.',
      resolve: async (application, _args, context) => (await viewerRoleOn(context, application)) ?? 'applicant',
    }),
  }),
});

builder.asEntity(ApplicationType, {
  key: builder.selection<{ id: string }>('id'),
  // _entities skips root-field checks, so who may read it is checked here too.
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id) || context.viewer.kind !== 'user') return null;
    const application = await context.prisma.application.findUnique({ where: { id: reference.id } });
    return application && (await viewerRoleOn(context, application)) !== null ? application : null;
  },
});
