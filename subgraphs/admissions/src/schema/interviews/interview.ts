// Application.interview: when and where, how often it moved, and the calendar file for the viewer. The
// interviewing officer, their notes and the score are staff only and read as null for the applicant.
import { builder } from '../../builder';
import { interviewCancellation, interviewInvite } from '../../interviews/interview-invite';
import { INTERVIEW_ORGANIZER } from '../../interviews/interview-mail';
import { ApplicationType } from '../applications/application';
import { isViewerStaffOn } from '../applications/viewer-access';
import { UserRef, userReference } from '../content/user';
import { slotLoader } from './interview-loaders';

/** What the staff-only fields and the invite need of the interview's application. */
const APPLICATION_SELECT = { application: { select: { applicantId: true, intakeId: true, intake: { select: { program: { select: { name: true } } } } } } } as const;

export const InterviewType = builder.prismaObject('Interview', {
  description: 'An application’s interview. It stays after a cancellation (cancelled: true) until booked again.',
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    location: t.string({
      nullable: true,
      description: 'A room or a meeting link; null while cancelled.',
      resolve: async (interview, _args, context) => (interview.slotId === null ? null : ((await slotLoader(context).load(interview.slotId))?.location ?? null)),
    }),
    reschedules: t.exposeInt('reschedules', { description: 'Times the applicant moved it (a rebooking after their own cancellation counts).' }),
    cancelled: t.boolean({ resolve: (interview) => interview.cancelledAt !== null }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When an officer recorded it.' }),
    officer: t.field({
      type: UserRef,
      nullable: true,
      description: 'The interviewing officer. Staff only.',
      select: APPLICATION_SELECT,
      resolve: async (interview, _args, context) => ((await isViewerStaffOn(context, interview.application)) ? userReference(interview.officerId) : null),
    }),
    notes: t.string({
      nullable: true,
      description: 'The officer’s notes. Staff only.',
      select: APPLICATION_SELECT,
      resolve: async (interview, _args, context) => ((await isViewerStaffOn(context, interview.application)) ? interview.notes : null),
    }),
    score: t.int({
      nullable: true,
      description: '0–100. Staff only.',
      select: APPLICATION_SELECT,
      resolve: async (interview, _args, context) => ((await isViewerStaffOn(context, interview.application)) ? interview.score : null),
    }),
    calendarInvite: t.string({
      description: 'The iCalendar text for your calendar: an invite worded for your role, or the cancellation while cancelled.',
      select: APPLICATION_SELECT,
      resolve: async (interview, _args, context) => {
        const staff = await isViewerStaffOn(context, interview.application);
        const slot = interview.slotId === null ? null : await slotLoader(context).load(interview.slotId);
        const invited = { ...interview, location: slot?.location ?? null };
        const options = { role: staff ? ('officer' as const) : ('applicant' as const), programName: interview.application.intake.program.name, organizer: INTERVIEW_ORGANIZER };
        return interview.cancelledAt === null ? interviewInvite(invited, options) : interviewCancellation(invited, options);
      },
    }),
  }),
});

builder.prismaObjectFields(ApplicationType, (t) => ({
  interview: t.relation('interview', { nullable: true, description: 'Null until an interview is first booked.' }),
}));
