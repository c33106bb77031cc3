// /admissions/programs/:slug: what the program is, who may apply, and its open intakes to apply to.
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { KIND_LABELS, formatFee } from '../shared/format';
import { EligibilityRules } from './EligibilityRules';
import { IntakeCard } from './IntakeCard';
import '../shared/admissions.css';

const ProgramQuery = graphql(`
  query ProgramPage($slug: String!) {
    program(slug: $slug) {
      id
      name
      kind
      description
      applicationFeeCents
      eligibilityRules {
        ...EligibilityRules_ProgramEligibilityRules
      }
      intakes(openOnly: true) {
        id
        ...IntakeCard_ProgramIntake
      }
    }
  }
`);

export function ProgramPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(ProgramQuery, { variables: { slug } });
  if (loading && !data) return <Loading label="Loading the program…" />;
  if (error && !data) return <ErrorState error={error} />;
  const program = data?.program;
  if (!program) {
    return (
      <>
        <h1>Program not found</h1>
        <p>
          There is no program at this address, or it no longer takes applications. <Link to="/admissions">See the programs taking applications</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        <Link to="/admissions">← All programs</Link>
      </p>
      <h1>{program.name}</h1>
      <div className="admissions-status">
        <span className="badge">{KIND_LABELS[program.kind]}</span>
        <span>Application fee: {formatFee(program.applicationFeeCents)}</span>
      </div>
      {program.description ? <p className="admissions-description">{program.description}</p> : null}
      <h2>Who may apply</h2>
      <EligibilityRules rules={program.eligibilityRules} />
      <h2>Intakes taking applications</h2>
      {program.intakes.length === 0 ? (
        <Empty title="No intake is taking applications right now." />
      ) : (
        <div className="grid">
          {program.intakes.map((intake) => (
            <IntakeCard key={intake.id} intake={intake} />
          ))}
        </div>
      )}
    </>
  );
}
