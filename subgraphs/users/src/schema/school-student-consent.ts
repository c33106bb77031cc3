// A student's own side of a school: joining with its code, sharing progress with it (or not), leaving.
import { z } from 'zod';
import { builder } from '../builder';
import { uuidRule } from '../input-rules';
import { joinSchool, leaveSchool, setSchoolProgressSharing } from '../school-students/student-membership';
import { SchoolMembershipType } from './school-membership';
import { signedInUserId } from './signed-in';

builder.mutationFields((t) => ({
  joinSchool: t.field({
    type: SchoolMembershipType,
    description:
      'Joins the school whose join code this is, as a student. `shareProgress` lets the school (and its API keys with read:students) see your course progress; you can change it at any time. ' +
      'NOT_FOUND for a code no school has, CONFLICT when you are already its student.',
    authScopes: { authenticated: true },
    args: {
      code: t.arg
        .string({ required: true, description: 'The 10-character code your school gave you; letter case, spaces and dashes do not matter.' })
        .validate(z.string().max(40, 'A join code is 10 characters long. Check the code your school gave you.')),
      shareProgress: t.arg.boolean({ required: true }),
    },
    resolve: (_root, args, context) => joinSchool(context.prisma, { userId: signedInUserId(context), code: args.code, shareProgress: args.shareProgress }),
  }),
  setSchoolProgressSharing: t.field({
    type: SchoolMembershipType,
    description: 'Starts or stops sharing your progress with a school you are a student of. NOT_FOUND when you are not its student.',
    authScopes: { authenticated: true },
    args: {
      schoolId: t.arg.id({ required: true }).validate(uuidRule('school')),
      share: t.arg.boolean({ required: true }),
    },
    resolve: (_root, args, context) => setSchoolProgressSharing(context.prisma, { userId: signedInUserId(context), schoolId: args.schoolId, share: args.share }),
  }),
  leaveSchool: t.boolean({
    description: 'Leaves a school you are a student of; it stops seeing your progress. NOT_FOUND when you are not its student.',
    authScopes: { authenticated: true },
    args: { schoolId: t.arg.id({ required: true }).validate(uuidRule('school')) },
    resolve: async (_root, args, context) => {
      await leaveSchool(context.prisma, { userId: signedInUserId(context), schoolId: args.schoolId });
      return true;
    },
  }),
}));
