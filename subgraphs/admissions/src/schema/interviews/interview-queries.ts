// Reading interview slots: staff see a program's calendar over a window; an applicant sees the free
// future slots of the program they applied to.
import { badInput, forbidden } from '../../../../kit/src/errors';
import { builder } from '../../builder';
import { programIdOf, readableApplication } from '../applications/viewer-access';
import { uuidRule } from '../rules';
import { isViewerStaffOfProgram } from './interview-loaders';

/** The longest window one interviewSlots query covers: a term's worth of interviews. */
export const MAX_SLOT_WINDOW_DAYS = 92;

const BY_START = [{ startsAt: 'asc' as const }, { id: 'asc' as const }];

builder.queryFields((t) => ({
  interviewSlots: t.prismaConnection({
    type: 'InterviewSlot',
    cursor: 'id',
    description: `A program's interview slots starting in [from, to), booked or not, by start time; at most ${MAX_SLOT_WINDOW_DAYS} days at a time. Staff of the program only. Errors: FORBIDDEN, BAD_USER_INPUT (programId, to).`,
    authScopes: { authenticated: true },
    args: {
      programId: t.arg.id({ required: true }).validate(uuidRule('program')),
      from: t.arg({ type: 'DateTime', required: true }),
      to: t.arg({ type: 'DateTime', required: true }),
    },
    resolve: async (query, _root, args, context) => {
      if (!(await isViewerStaffOfProgram(context, args.programId))) throw forbidden('Only admissions officers of this program see its interview slots.');
      if (args.to <= args.from) throw badInput('The window must end after it starts.', 'to');
      if (args.to.getTime() - args.from.getTime() > MAX_SLOT_WINDOW_DAYS * 86_400_000) throw badInput(`Ask for at most ${MAX_SLOT_WINDOW_DAYS} days at a time.`, 'to');
      return context.prisma.interviewSlot.findMany({
        ...query,
        where: { programId: args.programId, startsAt: { gte: args.from, lt: args.to } },
        orderBy: BY_START,
      });
    },
  }),
  availableInterviewSlots: t.prismaConnection({
    type: 'InterviewSlot',
    cursor: 'id',
    description: 'The free future interview slots of the program an application is for, by start time. Errors: NOT_FOUND (no application you may read).',
    authScopes: { authenticated: true },
    args: { applicationId: t.arg.id({ required: true }).validate(uuidRule('application')) },
    resolve: async (query, _root, args, context) => {
      const application = await readableApplication(context, args.applicationId);
      const programId = await programIdOf(context, application);
      return context.prisma.interviewSlot.findMany({
        ...query,
        where: { programId, bookedApplicationId: null, startsAt: { gt: new Date() } },
        orderBy: BY_START,
      });
    },
  }),
}));
