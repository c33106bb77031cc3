// What a program asks of applicants, in plain words.
import { graphql, getFragmentData, type FragmentType } from '../../../gql';

export const EligibilityRulesFragment = graphql(`
  fragment EligibilityRules_ProgramEligibilityRules on ProgramEligibilityRules {
    minimumAge
    minimumEducation
    prerequisiteCourses {
      id
      slug
      title
    }
  }
`);

const EDUCATION_WORDS: Record<string, string> = {
  none: 'no formal education',
  secondary: 'completed secondary school',
  diploma: 'a completed diploma',
  bachelor: 'a completed bachelor’s degree',
  master: 'a completed master’s degree',
  doctorate: 'a completed doctorate',
};

export function EligibilityRules(props: { rules: FragmentType<typeof EligibilityRulesFragment> }) {
  const rules = getFragmentData(EligibilityRulesFragment, props.rules);
  const none = rules.minimumAge == null && rules.minimumEducation == null && rules.prerequisiteCourses.length === 0;
  if (none) return <p>Anyone may apply: this program sets no eligibility rules.</p>;
  return (
    <ul>
      {rules.minimumAge != null && <li>You are at least {rules.minimumAge} years old.</li>}
      {rules.minimumEducation != null && <li>You have {EDUCATION_WORDS[rules.minimumEducation] ?? rules.minimumEducation} (or higher).</li>}
      {rules.prerequisiteCourses.length > 0 && (
        <li>
          You have completed on ScrollForge: {rules.prerequisiteCourses.map((course) => course.title).join(', ')}.
        </li>
      )}
    </ul>
  );
}
