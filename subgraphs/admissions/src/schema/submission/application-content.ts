// What the applicant wrote: personal details, education history and the two statements, read through
// the Application entity (so only the applicant and the program's staff reach them), and what is still
// missing before it can be submitted.
import { builder } from '../../builder';
import type { EducationEntryDraft, FieldProblem, PersonalDetails } from '../../submission/content-rules';
import { submissionProblems } from '../../submission/completeness';
import { storedEducationHistory, storedPersonalDetails } from '../../submission/stored-content';
import { ApplicationType } from '../applications/application';

export const PersonalDetailsType = builder.objectRef<PersonalDetails>('ApplicationPersonalDetails').implement({
  description: 'The applicant’s personal details; each is null until given.',
  fields: (t) => ({
    legalName: t.string({ nullable: true, resolve: (details) => details.legalName ?? null }),
    dateOfBirth: t.string({ nullable: true, description: 'YYYY-MM-DD.', resolve: (details) => details.dateOfBirth ?? null }),
    phone: t.string({ nullable: true, resolve: (details) => details.phone ?? null }),
    country: t.string({ nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. "GB".', resolve: (details) => details.country ?? null }),
    address: t.string({ nullable: true, resolve: (details) => details.address ?? null }),
  }),
});

export const EducationEntryType = builder.objectRef<EducationEntryDraft>('EducationEntry').implement({
  description: 'One place the applicant studied.',
  fields: (t) => ({
    institution: t.string({ nullable: true, resolve: (entry) => entry.institution ?? null }),
    level: t.string({ nullable: true, description: 'none, secondary, diploma, bachelor, master or doctorate.', resolve: (entry) => entry.level ?? null }),
    field: t.string({ nullable: true, description: 'Field of study.', resolve: (entry) => entry.field ?? null }),
    from: t.string({ nullable: true, description: 'YYYY-MM.', resolve: (entry) => entry.from ?? null }),
    until: t.string({ nullable: true, description: 'YYYY-MM; null while still studying there.', resolve: (entry) => entry.until ?? null }),
    completed: t.boolean({ resolve: (entry) => entry.completed === true }),
  }),
});

export const FieldProblemType = builder.objectRef<FieldProblem>('ApplicationFieldProblem').implement({
  description: 'One thing to fix, with the path of the field it concerns (e.g. "educationHistory[2].level").',
  fields: (t) => ({
    field: t.exposeString('field'),
    message: t.exposeString('message'),
  }),
});

builder.prismaObjectFields(ApplicationType, (t) => ({
  personalDetails: t.field({ type: PersonalDetailsType, resolve: (application) => storedPersonalDetails(application.personalDetails) }),
  educationHistory: t.field({
    type: [EducationEntryType],
    description: 'At most 10 entries, in the order the applicant listed them.',
    resolve: (application) => storedEducationHistory(application.educationHistory),
  }),
  statementOfFaith: t.exposeString('statementOfFaith', { description: 'At least 200 and at most 5,000 characters to submit.' }),
  personalStatement: t.exposeString('personalStatement', { description: 'At least 300 and at most 8,000 characters to submit.' }),
  missingForSubmission: t.field({
    type: [FieldProblemType],
    description: 'What must still be done before the application can be submitted; empty when it is complete (or no longer a draft).',
    select: { documents: { select: { kind: true } }, references: { select: { id: true } } },
    resolve: (application) =>
      application.status !== 'draft'
        ? []
        : submissionProblems(application, { documentKinds: new Set(application.documents.map((document) => document.kind)), refereeCount: application.references.length }, new Date()),
  }),
}));
