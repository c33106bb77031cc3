// The staff queue: the applications the viewer works on, filtered and ordered so that what has waited
// longest comes first, and how many wait at each stage.
import { z } from 'zod';
import { builder } from '../../builder';
import { countQueueByStatus, type StatusCount } from '../../queue/queue-counts';
import { queueOrderBy, queueWhere } from '../../queue/queue-filter';
import { ApplicationStatusEnum } from '../applications/enums';
import { searchRule, uuidRule } from '../rules';
import { viewerStaffScope } from './staff-scope';

const QueueFilterInput = builder.inputType('AdmissionsQueueFilter', {
  description: 'Every condition given must hold. Drafts are never in the queue.',
  fields: (t) => ({
    programId: t.id().validate(uuidRule('program').nullish()),
    intakeId: t.id().validate(uuidRule('intake').nullish()),
    statuses: t.field({ type: [ApplicationStatusEnum], description: 'Only these statuses. @default every status but draft' }),
    assignedOfficerId: t.id({ description: 'Only applications assigned to this officer.' }).validate(uuidRule('officer').nullish()),
    unassigned: t.boolean({ description: 'True: only applications nobody is assigned to.' }),
    minDaysInStage: t
      .int({ description: 'Only applications at least this many whole days in their current status.' })
      .validate(z.number().int().min(0, 'minDaysInStage is a number of days, 0 or more.').max(3650, 'minDaysInStage is at most 3650 days.').nullish()),
    search: t.string({ description: 'Part of the applicant’s legal name, any case; at most 100 characters.' }).validate(searchRule.nullish()),
  }),
});

const QueueOrderEnum = builder.enumType('AdmissionsQueueOrder', {
  values: {
    DAYS_IN_STAGE: { value: 'daysInStage', description: 'Longest in their current status first.' },
    SUBMITTED_AT: { value: 'submittedAt', description: 'First submitted first.' },
  } as const,
});

const QueueCountType = builder.objectRef<StatusCount>('AdmissionsQueueCount').implement({
  description: 'How many applications of a queue are at one status.',
  fields: (t) => ({
    status: t.field({ type: ApplicationStatusEnum, resolve: (row) => row.status }),
    count: t.exposeInt('count'),
  }),
});

builder.queryFields((t) => ({
  admissionsQueue: t.prismaConnection({
    type: 'Application',
    cursor: 'id',
    description:
      'Staff: the applications you work on (your programs’ as an officer, every program’s as an admin), longest in stage first unless ordered otherwise. Errors: FORBIDDEN for anyone else.',
    authScopes: { authenticated: true },
    maxSize: 100,
    args: {
      filter: t.arg({ type: QueueFilterInput }),
      orderBy: t.arg({ type: QueueOrderEnum, defaultValue: 'daysInStage' }),
    },
    resolve: async (query, _root, args, context) => {
      const scope = await viewerStaffScope(context);
      return context.prisma.application.findMany({
        ...query,
        where: { AND: [scope, queueWhere(args.filter ?? {}, new Date())] },
        orderBy: queueOrderBy(args.orderBy ?? 'daysInStage'),
      });
    },
  }),
  admissionsQueueCounts: t.field({
    type: [QueueCountType],
    description: 'Staff: how many of the applications you work on are at each status (every status but draft, in workflow order). Errors: FORBIDDEN for anyone else.',
    authScopes: { authenticated: true },
    args: { programId: t.arg.id({ description: 'Only this program’s.', validate: uuidRule('program').nullish() }) },
    resolve: async (_root, args, context) => {
      const scope = await viewerStaffScope(context);
      return countQueueByStatus(context.prisma, { AND: [scope, ...(args.programId ? [{ intake: { programId: args.programId } }] : [])] });
    },
  }),
}));
