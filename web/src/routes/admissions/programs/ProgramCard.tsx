// One program on the list: its kind, fee and the intakes still taking applications.
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { KIND_LABELS, formatDate, formatFee, plural } from '../shared/format';

export const ProgramCardFragment = graphql(`
  fragment ProgramCard_Program on Program {
    id
    slug
    name
    kind
    applicationFeeCents
    intakes(openOnly: true) {
      id
      term
      applicationDeadline
      placesLeft
    }
  }
`);

export function ProgramCard(props: { program: FragmentType<typeof ProgramCardFragment> }) {
  const program = getFragmentData(ProgramCardFragment, props.program);
  const headingId = `program-${program.id}`;
  return (
    <article className="card admissions-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={`/admissions/programs/${program.slug}`}>{program.name}</Link>
      </h2>
      <dl className="admissions-facts">
        <dt>Kind</dt>
        <dd>{KIND_LABELS[program.kind]}</dd>
        <dt>Application fee</dt>
        <dd>{formatFee(program.applicationFeeCents)}</dd>
      </dl>
      <h3>Open intakes</h3>
      <ul className="admissions-list">
        {program.intakes.map((intake) => (
          <li key={intake.id}>
            <strong>{intake.term}</strong>
            <br />
            <span className="muted">
              {plural(intake.placesLeft, 'place')} left · apply by {formatDate(intake.applicationDeadline)}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
