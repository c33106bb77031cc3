// The decision's rationale on Application: the committee's reasons are internal, so staff read them
// and applicants get null (they hear the outcome, by mail and in `decision`).
import { builder } from '../../builder';
import { ApplicationType } from '../applications/application';
import { staffOnly } from '../queue/staff-only';

builder.prismaObjectFields(ApplicationType, (t) => ({
  decisionRationale: t.string({
    ...staffOnly,
    nullable: true,
    description: 'Why the committee decided as it did. Staff only: null for the applicant and anyone else.',
    resolve: (application) => application.decisionRationale,
  }),
}));
