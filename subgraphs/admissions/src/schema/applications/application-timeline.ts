// The application's status timeline from its audit trail. Applicants see every step and when it
// happened, but the notes only of their own steps: officers' notes are internal.
import { builder } from '../../builder';
import { UserRef, userReference } from '../content/user';
import { ApplicationType } from './application';
import { ApplicationStatusEnum } from './enums';
import { isViewerStaffOn } from './viewer-access';

export const ApplicationTransitionType = builder.prismaObject('ApplicationTransition', {
  description: 'One step of an application’s timeline: a change of status, who made it, when and why.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fromStatus: t.field({ type: ApplicationStatusEnum, nullable: true, resolve: (transition) => transition.fromStatus }),
    toStatus: t.field({ type: ApplicationStatusEnum, resolve: (transition) => transition.toStatus }),
    at: t.expose('createdAt', { type: 'DateTime' }),
    byPlatform: t.boolean({ description: 'True when ScrollForge made the step (a check, a waitlist promotion).', resolve: (transition) => transition.actorId === null }),
    actor: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who made the step. Applicants see only themselves here; officers’ names are for staff.',
      select: { application: { select: { applicantId: true, intakeId: true } } },
      resolve: async (transition, _args, context) => {
        if (transition.actorId === null) return null;
        if (transition.actorId === transition.application.applicantId) return userReference(transition.actorId);
        return (await isViewerStaffOn(context, transition.application)) ? userReference(transition.actorId) : null;
      },
    }),
    note: t.string({
      nullable: true,
      description: 'Why. Staff see every note; applicants see the notes of their own steps.',
      select: { application: { select: { applicantId: true, intakeId: true } } },
      resolve: async (transition, _args, context) => {
        if (transition.actorId !== null && transition.actorId === transition.application.applicantId) return transition.note;
        return (await isViewerStaffOn(context, transition.application)) ? transition.note : null;
      },
    }),
  }),
});

builder.prismaObjectFields(ApplicationType, (t) => ({
  timeline: t.relation('transitions', {
    description: 'Every change of status, oldest first.',
    query: { orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] },
  }),
}));
