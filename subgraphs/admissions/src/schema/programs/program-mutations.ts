// Admins create and change programs and intakes and assign the officers who work on them.
import { builder } from '../../builder';
import {
  assignProgramOfficer,
  createIntake,
  createProgram,
  removeProgramOfficer,
  updateIntake,
  updateProgram,
} from '../../programs/manage-programs';
import { ProgramKindEnum } from './enums';
import { uuidListRule, uuidRule } from '../rules';


const CreateProgramInput = builder.inputType('CreateProgramInput', {
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Lowercase words joined by hyphens, e.g. "bachelor-of-theology".' }),
    name: t.string({ required: true, description: '3–120 characters.' }),
    kind: t.field({ type: ProgramKindEnum, required: true }),
    facultyId: t.id().validate(uuidRule('faculty').nullish()),
    description: t.string({ description: 'At most 5,000 characters.' }),
    requiredCourseIds: t.idList().validate(uuidListRule('course').nullish()),
    firstTermCourseIds: t.idList().validate(uuidListRule('course').nullish()),
    applicationFeeCents: t.int({ description: 'USD cents, 0–100000. @default 0' }),
    eligibilityRules: t.field({ type: 'JSON', description: '{ minimumAge?, minimumEducation?, prerequisiteCourseIds? }' }),
  }),
});

const UpdateProgramInput = builder.inputType('UpdateProgramInput', {
  fields: (t) => ({
    programId: t.id({ required: true }),
    slug: t.string(),
    name: t.string(),
    kind: t.field({ type: ProgramKindEnum }),
    facultyId: t.id().validate(uuidRule('faculty').nullish()),
    description: t.string(),
    requiredCourseIds: t.idList().validate(uuidListRule('course').nullish()),
    firstTermCourseIds: t.idList().validate(uuidListRule('course').nullish()),
    applicationFeeCents: t.int(),
    eligibilityRules: t.field({ type: 'JSON' }),
    active: t.boolean({ description: 'False stops new applications and hides the program from the public list.' }),
  }),
});

const IntakeInput = builder.inputType('ProgramIntakeInput', {
  fields: (t) => ({
    term: t.string({ required: true, description: '3–60 characters, unique per program, e.g. "2027 February".' }),
    startsOn: t.field({ type: 'DateTime', required: true }),
    applicationDeadline: t.field({ type: 'DateTime', required: true, description: 'Before startsOn.' }),
    capacity: t.int({ required: true, description: '1–10000 places.' }),
  }),
});

const UpdateIntakeInput = builder.inputType('UpdateProgramIntakeInput', {
  fields: (t) => ({
    intakeId: t.id({ required: true }),
    term: t.string(),
    startsOn: t.field({ type: 'DateTime' }),
    applicationDeadline: t.field({ type: 'DateTime' }),
    capacity: t.int({ description: 'Never below the places already taken.' }),
  }),
});

/** The fields the caller gave a value; null and absent both mean "leave as is". */
const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field != null)) as { [K in keyof T]?: Exclude<T[K], null> };

builder.mutationFields((t) => ({
  createProgram: t.prismaField({
    type: 'Program',
    description: 'Admins create a program. Errors: FORBIDDEN, BAD_USER_INPUT (field named), CONFLICT (slug taken).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateProgramInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const program = await createProgram(context.prisma, { ...input, eligibilityRules: input.eligibilityRules ?? {} });
      return context.prisma.program.findUniqueOrThrow({ ...query, where: { id: program.id } });
    },
  }),
  updateProgram: t.prismaField({
    type: 'Program',
    description: 'Admins change a program; fields left out stay. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateProgramInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const { programId, ...changes } = input;
      await updateProgram(context.prisma, programId, defined(changes));
      return context.prisma.program.findUniqueOrThrow({ ...query, where: { id: programId } });
    },
  }),
  createProgramIntake: t.prismaField({
    type: 'ProgramIntake',
    description: 'Admins add an intake to a program. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT (term taken).',
    authScopes: { admin: true },
    args: { programId: t.arg.id({ required: true }), input: t.arg({ type: IntakeInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const intake = await createIntake(context.prisma, args.programId, args.input);
      return context.prisma.programIntake.findUniqueOrThrow({ ...query, where: { id: intake.id } });
    },
  }),
  updateProgramIntake: t.prismaField({
    type: 'ProgramIntake',
    description: 'Admins change an intake. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (capacity below places taken), CONFLICT.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateIntakeInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const { intakeId, ...changes } = input;
      await context.prisma.$transaction((tx) => updateIntake(tx, intakeId, defined(changes)));
      return context.prisma.programIntake.findUniqueOrThrow({ ...query, where: { id: intakeId } });
    },
  }),
  assignProgramOfficer: t.prismaField({
    type: 'Program',
    description: 'Admins let a person work on a program’s applications. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT.',
    authScopes: { admin: true },
    args: { programId: t.arg.id({ required: true }), userId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      await assignProgramOfficer(context.prisma, args.programId, args.userId);
      return context.prisma.program.findUniqueOrThrow({ ...query, where: { id: args.programId } });
    },
  }),
  removeProgramOfficer: t.prismaField({
    type: 'Program',
    description: 'Admins take a person off a program. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT.',
    authScopes: { admin: true },
    args: { programId: t.arg.id({ required: true }), userId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      await removeProgramOfficer(context.prisma, args.programId, args.userId);
      return context.prisma.program.findUniqueOrThrow({ ...query, where: { id: args.programId } });
    },
  }),
}));
