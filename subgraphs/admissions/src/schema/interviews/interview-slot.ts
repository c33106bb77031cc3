// A time an officer published for interviews. Applicants see the free ones of their program; who holds
// it and which application booked it are for the program's staff.
import { builder } from '../../builder';
import { ApplicationType } from '../applications/application';
import { UserRef, userReference } from '../content/user';
import { applicationLoader, isViewerStaffOfProgram } from './interview-loaders';

export const InterviewSlotType = builder.prismaObject('InterviewSlot', {
  description: 'A time an admissions officer can interview, for one program.',
  fields: (t) => ({
    id: t.exposeID('id'),
    programId: t.exposeID('programId'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    location: t.exposeString('location', { description: 'A room or a meeting link.' }),
    booked: t.boolean({ resolve: (slot) => slot.bookedApplicationId !== null }),
    officer: t.field({
      type: UserRef,
      nullable: true,
      description: 'The interviewing officer. Staff of the program only.',
      resolve: async (slot, _args, context) => ((await isViewerStaffOfProgram(context, slot.programId)) ? userReference(slot.officerId) : null),
    }),
    bookedApplication: t.field({
      type: ApplicationType,
      nullable: true,
      description: 'The application holding the slot. Staff of the program only.',
      resolve: async (slot, _args, context) => {
        if (slot.bookedApplicationId === null || !(await isViewerStaffOfProgram(context, slot.programId))) return null;
        return applicationLoader(context).load(slot.bookedApplicationId);
      },
    }),
  }),
});
