// Reading applications: one by id, your own, and User.applications (the person themself, officers of
// the programs applied to, and admins).
import type { Prisma } from '../../../../kit/src/db';
import { isUuid } from '../../../../kit/src/uuid';
import { hasRole } from '../../../../kit/src/viewer';
import { builder } from '../../builder';
import { readableApplicationsWhere } from '../../applications/application-access';
import { UserRef } from '../content/user';
import { viewerOfficerProgramIds, viewerRoleOn } from './viewer-access';

const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

builder.queryFields((t) => ({
  application: t.prismaField({
    type: 'Application',
    nullable: true,
    description: 'An application you may read (your own, or one of your programs’ as an officer); null otherwise.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      if (!isUuid(args.id)) return null;
      const application = await context.prisma.application.findUnique({ ...query, where: { id: args.id } });
      return application && (await viewerRoleOn(context, application)) !== null ? application : null;
    },
  }),
  myApplications: t.prismaConnection({
    type: 'Application',
    cursor: 'id',
    description: 'Your own applications, newest first.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, context) =>
      context.prisma.application.findMany({
        ...query,
        where: { applicantId: context.viewer.kind === 'user' ? context.viewer.id : '' },
        orderBy: NEWEST_FIRST,
      }),
  }),
}));

builder.objectFields(UserRef, (t) => ({
  applications: t.prismaConnection({
    type: 'Application',
    cursor: 'id',
    description:
      'This person’s applications, newest first. The person sees all of theirs; officers see those to their programs; admins see all; anyone else gets an empty list.',
    resolve: async (query, user, _args, context) => {
      const programs = await viewerOfficerProgramIds(context);
      const own = context.viewer.kind === 'user' && (context.viewer.id === user.id || hasRole(context.viewer, 'admin'));
      // Nobody else's: still one (empty) query, so the selection is used like any other page.
      const scope: Prisma.ApplicationWhereInput = own ? {} : (readableApplicationsWhere(context.viewer, programs) ?? { id: { in: [] } });
      return context.prisma.application.findMany({ ...query, where: { AND: [{ applicantId: user.id }, scope] }, orderBy: NEWEST_FIRST });
    },
  }),
  assignedApplications: t.prismaConnection({
    type: 'Application',
    cursor: 'id',
    description:
      'Applications assigned to this person as an admissions officer, longest in their stage first. The officer themself and admins see them; anyone else gets an empty list.',
    resolve: (query, user, _args, context) => {
      const allowed = context.viewer.kind === 'user' && (context.viewer.id === user.id || hasRole(context.viewer, 'admin'));
      return context.prisma.application.findMany({
        ...query,
        where: allowed ? { assignedOfficerId: user.id, status: { notIn: ['enrolled', 'withdrawn'] } } : { id: { in: [] } },
        orderBy: [{ stageEnteredAt: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));
