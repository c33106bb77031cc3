// The application after submission: what happens now (fee, eligibility, questionnaire, interview,
// decision), the way to withdraw while it is open, and the timeline of every step.
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import { DecisionPanel } from './DecisionPanel';
import { EligibilityPanel } from './EligibilityPanel';
import { FeePanel } from './FeePanel';
import { InterviewPanel, interviewPanelApplies } from './InterviewPanel';
import { QuestionnairePanel } from './QuestionnairePanel';
import { Timeline } from './Timeline';
import { WithdrawPanel } from './WithdrawPanel';

export const SubmittedViewFragment = graphql(`
  fragment SubmittedView_Application on Application {
    id
    status
    fee {
      amountCents
      status
    }
    spiritualEvaluation {
      submitted
      scored
    }
    interview {
      startsAt
    }
    ...FeePanel_Application
    ...EligibilityPanel_Application
    ...QuestionnairePanel_Application
    ...InterviewPanel_Application
    ...DecisionPanel_Application
    ...WithdrawPanel_Application
    ...Timeline_Application
  }
`);

const OPEN_STATUSES = new Set(['submitted', 'eligibility_review', 'spiritual_evaluation', 'interview_scheduled', 'interviewed', 'decided']);
const PAST_ELIGIBILITY = new Set(['eligibility_review', 'spiritual_evaluation', 'interview_scheduled', 'interviewed', 'decided', 'enrolled']);

export function SubmittedView(props: { application: FragmentType<typeof SubmittedViewFragment> }) {
  const application = getFragmentData(SubmittedViewFragment, props.application);
  const { status } = application;
  const showFee = application.fee.amountCents > 0 || application.fee.status !== 'none';
  const showQuestionnaire = status === 'spiritual_evaluation' || application.spiritualEvaluation.submitted;
  const showInterview = interviewPanelApplies(status, application.spiritualEvaluation.scored, application.interview != null);
  const showDecision = status === 'decided' || status === 'enrolled';
  return (
    <>
      {showDecision && (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">Decision</h2>
          <DecisionPanel application={application} />
        </section>
      )}
      {showFee && (
        <section aria-labelledby="fee-heading">
          <h2 id="fee-heading">Application fee</h2>
          <FeePanel application={application} />
        </section>
      )}
      {PAST_ELIGIBILITY.has(status) && (
        <section aria-labelledby="eligibility-heading">
          <h2 id="eligibility-heading">Eligibility</h2>
          <EligibilityPanel application={application} />
        </section>
      )}
      {showQuestionnaire && (
        <section aria-labelledby="questionnaire-heading">
          <h2 id="questionnaire-heading">Spiritual questionnaire</h2>
          <QuestionnairePanel application={application} />
        </section>
      )}
      {showInterview && (
        <section aria-labelledby="interview-heading">
          <h2 id="interview-heading">Interview</h2>
          <InterviewPanel application={application} />
        </section>
      )}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline application={application} />
      </section>
      {OPEN_STATUSES.has(status) && (
        <section aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">Withdraw</h2>
          <WithdrawPanel application={application} />
        </section>
      )}
    </>
  );
}
