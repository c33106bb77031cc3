// Whether the application counts as eligible, and the automatic check's reasons.
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';

export const EligibilityPanelFragment = graphql(`
  fragment EligibilityPanel_Application on Application {
    id
    eligibility {
      eligible
      source
      reasons {
        rule
        met
        detail
      }
    }
  }
`);

export function EligibilityPanel(props: { application: FragmentType<typeof EligibilityPanelFragment> }) {
  const { eligibility } = getFragmentData(EligibilityPanelFragment, props.application);
  if (eligibility.source === 'unchecked' || eligibility.eligible == null) return <p>Your eligibility has not been checked yet.</p>;
  return (
    <>
      <p>
        {eligibility.eligible ? 'You meet the program’s requirements' : 'You do not meet all of the program’s requirements yet'}
        {eligibility.source === 'override' ? ', as ruled by the admissions office.' : '.'}
      </p>
      {eligibility.reasons.length > 0 && (
        <ul>
          {eligibility.reasons.map((reason) => (
            <li key={reason.rule}>
              {reason.met ? 'Met: ' : 'Not met: '}
              {reason.detail}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
