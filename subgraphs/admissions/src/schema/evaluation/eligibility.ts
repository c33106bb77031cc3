// Application.eligibility: whether the application counts as eligible, and why. Everyone who reads the
// application sees the outcome and the automatic check's reasons (they tell the applicant what to fix);
// an officer's override, with its reason and who gave it, is internal and reads as null for applicants.
import { builder } from '../../builder';
import { effectiveEligibility } from '../../eligibility/effective-eligibility';
import type { EligibilityOverride } from '../../eligibility/eligibility-record';
import type { EligibilityReason } from '../../eligibility/evaluate-eligibility';
import { ApplicationType } from '../applications/application';
import { isViewerStaffOn } from '../applications/viewer-access';
import { UserRef, userReference } from '../content/user';

export const EligibilitySourceEnum = builder.enumType('EligibilitySource', {
  description: 'check: the automatic check decides; override: an officer ruled; unchecked: neither yet.',
  values: ['check', 'override', 'unchecked'] as const,
});

export const EligibilityRuleEnum = builder.enumType('EligibilityRule', {
  description: 'The program rule a reason speaks about, named as in Program.eligibilityRules.',
  values: ['minimumAge', 'minimumEducation', 'prerequisiteCourseIds'] as const,
});

const EligibilityReasonType = builder.objectRef<EligibilityReason>('EligibilityReason').implement({
  description: 'One rule of the program against what the applicant told us.',
  fields: (t) => ({
    rule: t.field({ type: EligibilityRuleEnum, resolve: (reason) => reason.rule }),
    met: t.exposeBoolean('met'),
    detail: t.exposeString('detail', { description: 'What was found, and what to change when the rule is not met.' }),
  }),
});

const EligibilityOverrideType = builder.objectRef<EligibilityOverride>('EligibilityOverride').implement({
  description: 'An officer’s ruling on eligibility, which wins over the automatic check. Staff only.',
  fields: (t) => ({
    eligible: t.exposeBoolean('eligible'),
    reason: t.exposeString('reason'),
    at: t.field({ type: 'DateTime', resolve: (override) => new Date(override.at) }),
    officer: t.field({ type: UserRef, resolve: (override) => userReference(override.officerId) }),
    supersededCount: t.int({ description: 'Earlier rulings this one replaced (kept on record).', resolve: (override) => override.superseded.length }),
  }),
});

interface EligibilityView {
  eligible: boolean | null;
  source: 'check' | 'override' | 'unchecked';
  reasons: EligibilityReason[];
  checkedAt: Date | null;
  /** Null for applicants, and when no officer overrode the check. */
  override: EligibilityOverride | null;
}

const ApplicationEligibilityType = builder.objectRef<EligibilityView>('ApplicationEligibility').implement({
  description: 'Whether the application counts as eligible: an officer’s override wins over the automatic check.',
  fields: (t) => ({
    eligible: t.exposeBoolean('eligible', { nullable: true, description: 'Null until checked or overridden.' }),
    source: t.field({ type: EligibilitySourceEnum, resolve: (view) => view.source }),
    reasons: t.field({ type: [EligibilityReasonType], description: 'The automatic check’s reasons, one per rule the program sets.', resolve: (view) => view.reasons }),
    checkedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the automatic check last ran.', resolve: (view) => view.checkedAt }),
    override: t.field({ type: EligibilityOverrideType, nullable: true, description: 'The officer’s ruling in force. Staff only: null for applicants.', resolve: (view) => view.override }),
  }),
});

builder.prismaObjectFields(ApplicationType, (t) => ({
  eligibility: t.field({
    type: ApplicationEligibilityType,
    resolve: async (application, _args, context) => {
      const effective = effectiveEligibility(application);
      const check = effective.source === 'unchecked' ? null : effective.check;
      const override = effective.source === 'override' && (await isViewerStaffOn(context, application)) ? effective.override : null;
      return {
        eligible: effective.eligible,
        source: effective.source,
        reasons: check?.reasons ?? [],
        checkedAt: check ? new Date(check.checkedAt) : null,
        override,
      };
    },
  }),
}));
