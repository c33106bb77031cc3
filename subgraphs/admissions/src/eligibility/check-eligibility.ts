// Runs the automatic eligibility check for one application and keeps the result on it: the program's
// rules (through the intake), the applicant's date of birth and education history, and the courses they
// completed as mirrored from courses' CourseCompleted events.
import type { Db } from '../../../kit/src/db';
import { conflict } from '../../../kit/src/errors';
import { lockApplication } from '../applications/transition-application';
import { dateOfBirthFrom, educationEntriesFrom } from './applicant-facts';
import type { EligibilityCheck } from './eligibility-record';
import { eligibilityRulesSchema } from './eligibility-rules';
import { assertEligibilityOpen } from './eligibility-settled';
import { evaluateEligibility } from './evaluate-eligibility';

/**
 * Evaluates, stores in Application.eligibility and returns the check. The application row is locked so
 * a concurrent edit or override cannot interleave. NOT_FOUND for an unknown application; CONFLICT once it
 * is decided, enrolled or withdrawn, or when the program's stored rules are not valid.
 */
export async function checkApplicationEligibility(tx: Db, applicationId: string, now: Date): Promise<EligibilityCheck> {
  const application = await lockApplication(tx, applicationId);
  assertEligibilityOpen(application);
  const { program } = await tx.programIntake.findUniqueOrThrow({
    where: { id: application.intakeId },
    select: { program: { select: { name: true, eligibilityRules: true } } },
  });
  const rules = eligibilityRulesSchema.safeParse(program.eligibilityRules);
  if (!rules.success) {
    throw conflict(`The eligibility rules of ${program.name} are not valid (${rules.error.issues[0]!.message}); an administrator must correct them before applications can be checked.`);
  }
  const prerequisiteCourseIds = rules.data.prerequisiteCourseIds ?? [];
  const completed =
    prerequisiteCourseIds.length === 0
      ? []
      : await tx.admissionsCompletedCourse.findMany({
          where: { userId: application.applicantId, courseId: { in: prerequisiteCourseIds } },
          select: { courseId: true },
        });
  const result = evaluateEligibility(
    rules.data,
    {
      dateOfBirth: dateOfBirthFrom(application.personalDetails),
      educationHistory: educationEntriesFrom(application.educationHistory),
      completedCourseIds: new Set(completed.map((row) => row.courseId)),
    },
    now,
  );
  const check: EligibilityCheck = { ...result, checkedAt: now.toISOString() };
  await tx.application.update({ where: { id: application.id }, data: { eligibility: check } });
  return check;
}
