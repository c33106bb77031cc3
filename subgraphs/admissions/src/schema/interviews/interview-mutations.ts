// Interview mutations. Officers publish and remove slots and record interviews; the applicant books,
// moves and cancels; officers may cancel too. Each resolver authorizes the viewer on the application (so
// someone else's is NOT_FOUND) and leaves the rules to the interviews domain.
import { hasRole } from '../../../../kit/src/viewer';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { bookInterview } from '../../interviews/book-interview';
import { cancelInterview } from '../../interviews/cancel-interview';
import { INTERVIEW_TRANSACTION_OPTIONS } from '../../interviews/interview-rules';
import { publishSlots } from '../../interviews/publish-slots';
import { recordInterview } from '../../interviews/record-interview';
import { removeSlot } from '../../interviews/remove-slot';
import { rescheduleInterview } from '../../interviews/reschedule-interview';
import { isStaffRole } from '../../applications/application-access';
import { ownApplication, readableApplication, staffApplication } from '../applications/viewer-access';
import { uuidRule } from '../rules';

const InterviewSlotInput = builder.inputType('InterviewSlotInput', {
  fields: (t) => ({
    startsAt: t.field({ type: 'DateTime', required: true, description: 'In the future.' }),
    endsAt: t.field({ type: 'DateTime', required: true, description: '15–180 minutes after startsAt.' }),
    location: t.string({ description: 'A room or a meeting link; at most 300 characters. @default "Online"' }),
  }),
});

builder.mutationFields((t) => ({
  publishInterviewSlots: t.prismaField({
    type: ['InterviewSlot'],
    description:
      'An officer of the program publishes up to 100 times they can interview, by start time. Errors: FORBIDDEN, NOT_FOUND (program), BAD_USER_INPUT (slots[i].startsAt / endsAt / location: past, too short or long, overlapping).',
    authScopes: { authenticated: true },
    args: {
      programId: t.arg.id({ required: true }).validate(uuidRule('program')),
      slots: t.arg({ type: [InterviewSlotInput], required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const officerId = signedInUserId(context);
      const created = await context.prisma.$transaction((tx) => publishSlots(tx, { officerId, programId: args.programId, slots: args.slots, now: new Date() }));
      return context.prisma.interviewSlot.findMany({ ...query, where: { id: { in: created.map((slot) => slot.id) } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });
    },
  }),
  removeInterviewSlot: t.prismaField({
    type: 'InterviewSlot',
    description: 'An officer of the program removes a slot nobody has booked, and gets it back as it was. Errors: NOT_FOUND, FORBIDDEN, CONFLICT (booked).',
    authScopes: { authenticated: true },
    args: { slotId: t.arg.id({ required: true }).validate(uuidRule('interview slot')) },
    resolve: (_query, _root, args, context) =>
      context.prisma.$transaction((tx) => removeSlot(tx, { slotId: args.slotId, officerId: signedInUserId(context), isAdmin: hasRole(context.viewer, 'admin') })),
  }),
  bookInterview: t.prismaField({
    type: 'Application',
    description:
      'The applicant (or staff of the program, on their behalf and outside the reschedule limit) books a free slot of the program once the spiritual evaluation is scored; both sides are mailed a calendar invite. Errors: NOT_FOUND, CONFLICT (not scored, already booked, slot taken or started, reschedule limit).',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }).validate(uuidRule('application')),
      slotId: t.arg.id({ required: true }).validate(uuidRule('interview slot')),
    },
    resolve: async (query, _root, args, context) => {
      const application = await readableApplication(context, args.applicationId);
      const staffId = isStaffRole(application.role) && context.viewer.kind === 'user' ? context.viewer.id : undefined;
      await bookInterview(context.prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: args.slotId, now: new Date(), bookedByStaffId: staffId });
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  rescheduleInterview: t.prismaField({
    type: 'Application',
    description:
      'The applicant moves the interview to another free slot (at most twice, not within 24 hours of the start); both sides get the moved invite. Errors: NOT_FOUND, CONFLICT.',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }).validate(uuidRule('application')),
      slotId: t.arg.id({ required: true }).validate(uuidRule('interview slot')),
    },
    resolve: async (query, _root, args, context) => {
      const application = await ownApplication(context, args.applicationId);
      await rescheduleInterview(context.prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: args.slotId, now: new Date() });
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  cancelInterview: t.prismaField({
    type: 'Application',
    description:
      'The applicant (before it starts) or staff call off the booked interview; the slot is freed, the application waits for a new booking and both sides get a calendar cancellation. Errors: NOT_FOUND, FORBIDDEN, CONFLICT, BAD_USER_INPUT (reason).',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }).validate(uuidRule('application')),
      reason: t.arg.string({ description: 'Told to both sides and kept in the timeline; at most 500 characters.' }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await readableApplication(context, args.applicationId);
      const staff = isStaffRole(application.role);
      await cancelInterview(context.prisma, {
        applicationId: application.id,
        actor: staff ? 'officer' : 'applicant',
        actorId: signedInUserId(context),
        isAdmin: application.role === 'admin',
        reason: args.reason ?? undefined,
        now: new Date(),
      });
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  recordInterview: t.prismaField({
    type: 'Application',
    description: 'Staff record a held interview’s notes and a score from 0 to 100; the application becomes interviewed. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (notes, score), CONFLICT.',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }).validate(uuidRule('application')),
      notes: t.arg.string({ required: true, description: 'What the interview showed; at most 20,000 characters.' }),
      score: t.arg.int({ required: true, description: '0–100.' }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await staffApplication(context, args.applicationId);
      await context.prisma.$transaction(
        (tx) => recordInterview(tx, { applicationId: application.id, officerId: signedInUserId(context), isAdmin: application.role === 'admin', notes: args.notes, score: args.score }),
        INTERVIEW_TRANSACTION_OPTIONS,
      );
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
}));
