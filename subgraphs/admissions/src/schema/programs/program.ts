// The Program entity: a degree or certificate people apply to, with its intakes and rules. Anyone may
// read active programs (the catalogue of what one can apply to); officers' names are for staff.
import type { SubgraphContext } from '../../../../kit/src/context';
import { forbidden } from '../../../../kit/src/errors';
import { hasRole } from '../../../../kit/src/viewer';
import { isUuid } from '../../../../kit/src/uuid';
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';
import { eligibilityRulesSchema } from '../../eligibility/eligibility-rules';
import { CourseRef, courseReference } from '../content/course';
import { UserRef, userReference } from '../content/user';
import { viewerOfficerProgramIds } from '../applications/viewer-access';
import { EducationLevelEnum, ProgramKindEnum } from './enums';

const isAdmin = (context: SubgraphContext) => hasRole(context.viewer, 'admin');

/** Inactive programs are visible to admins and their own officers only. */
async function canSeeProgram(context: SubgraphContext, program: { id: string; active: boolean }): Promise<boolean> {
  if (program.active || isAdmin(context)) return true;
  return (await viewerOfficerProgramIds(context)).has(program.id);
}

interface EligibilityRulesShape {
  minimumAge: number | null;
  minimumEducation: 'none' | 'secondary' | 'diploma' | 'bachelor' | 'master' | 'doctorate' | null;
  prerequisiteCourseIds: string[];
}

const ProgramEligibilityRulesType = builder.objectRef<EligibilityRulesShape>('ProgramEligibilityRules').implement({
  description: 'What an applicant must meet, checked automatically on submission (an officer may override it with a reason).',
  fields: (t) => ({
    minimumAge: t.exposeInt('minimumAge', { nullable: true, description: 'Whole years reached on the day of the check.' }),
    minimumEducation: t.field({ type: EducationLevelEnum, nullable: true, resolve: (rules) => rules.minimumEducation }),
    prerequisiteCourses: t.field({
      type: [CourseRef],
      description: 'Courses the applicant must all have completed on ScrollForge.',
      resolve: (rules) => rules.prerequisiteCourseIds.map(courseReference),
    }),
  }),
});

export const ProgramType = builder.prismaObject('Program', {
  description: 'A degree or certificate program people apply to.',
  // In the public graph with its catalogue facts and intakes; officers and eligibility stay out.
  tag: inPublicGraph(),
  fields: (t) => ({
    id: t.exposeID('id', { tag: inPublicGraph() }),
    slug: t.exposeString('slug', { tag: inPublicGraph() }),
    name: t.exposeString('name', { tag: inPublicGraph() }),
    kind: t.field({ type: ProgramKindEnum, tag: inPublicGraph(), resolve: (program) => program.kind }),
    facultyId: t.exposeID('facultyId', { nullable: true, description: 'The courses faculty the program belongs to.' }),
    description: t.exposeString('description', { tag: inPublicGraph() }),
    active: t.exposeBoolean('active', { description: 'Inactive programs take no applications and are hidden from the public list.' }),
    requiredCourses: t.field({ type: [CourseRef], tag: inPublicGraph(), description: 'Courses a student completes to graduate.', resolve: (program) => program.requiredCourseIds.map(courseReference) }),
    firstTermCourses: t.field({
      type: [CourseRef],
      tag: inPublicGraph(),
      description: 'Courses an accepted student is enrolled in for the first term.',
      resolve: (program) => program.firstTermCourseIds.map(courseReference),
    }),
    applicationFeeCents: t.exposeInt('applicationFeeCents', { tag: inPublicGraph(), description: 'Paid through checkout when submitting (USD cents); 0 means no fee.' }),
    eligibilityRules: t.field({
      type: ProgramEligibilityRulesType,
      resolve: (program) => {
        const parsed = eligibilityRulesSchema.safeParse(program.eligibilityRules);
        const rules = parsed.success ? parsed.data : {};
        return { minimumAge: rules.minimumAge ?? null, minimumEducation: rules.minimumEducation ?? null, prerequisiteCourseIds: rules.prerequisiteCourseIds ?? [] };
      },
    }),
    intakes: t.relation('intakes', {
      tag: inPublicGraph(),
      description: 'Intakes in start order; `openOnly` keeps those still taking applications.',
      args: { openOnly: t.arg.boolean({ defaultValue: false }) },
      query: (args) => ({
        where: args.openOnly ? { applicationDeadline: { gt: new Date() } } : {},
        orderBy: [{ startsOn: 'asc' as const }, { term: 'asc' as const }],
      }),
    }),
    officers: t.field({
      type: [UserRef],
      description: 'Admissions officers assigned to the program. Staff only: others get FORBIDDEN.',
      select: { officers: { select: { userId: true } } },
      resolve: async (program, _args, context) => {
        if (!isAdmin(context) && !(await viewerOfficerProgramIds(context)).has(program.id)) {
          throw forbidden('Only admins and the program’s officers see who works on it.');
        }
        return program.officers.map((officer) => userReference(officer.userId));
      },
    }),
  }),
});

builder.asEntity(ProgramType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id)) return null;
    const program = await context.prisma.program.findUnique({ where: { id: reference.id } });
    return program && (await canSeeProgram(context, program)) ? program : null;
  },
});

export { canSeeProgram };
