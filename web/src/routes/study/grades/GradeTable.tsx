// One person's grades: a course filter and, per course, a table of each graded quiz and assignment with
// its score, maximum, percentage, outcome and date.
import { useSearchParams } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { SelectField } from '../../../ui/SelectField';
import { Empty } from '../../../ui/States';
import { formatDate } from '../../../ui/dates';
import { formatPercent, formatScore } from '../shared/format';
import { groupGradesByCourse, outcomeOf, passMarkOf } from './grade-groups';

export const GradeTableFragment = graphql(`
  fragment StudyGradeTable_User on User {
    id
    grades {
      itemType
      itemId
      title
      score
      maxScore
      percent
      gradedAt
      course {
        id
        slug
        title
        modules {
          id
          quizzes {
            id
            passingScorePercent
          }
        }
      }
    }
  }
`);

const OUTCOME_BADGE = { passed: 'badge badge--pass', failed: 'badge badge--fail', 'no pass mark': 'badge' } as const;
const OUTCOME_WORD = { passed: 'Pass', failed: 'Fail', 'no pass mark': 'Graded' } as const;

export function GradeTable(props: { user: FragmentType<typeof GradeTableFragment>; emptyTitle: string }) {
  const { grades } = getFragmentData(GradeTableFragment, props.user);
  const [searchParams, setSearchParams] = useSearchParams();
  const courseFilter = searchParams.get('course') ?? '';
  const groups = groupGradesByCourse(grades);
  if (groups.length === 0) {
    return (
      <Empty title={props.emptyTitle}>
        <p>Quizzes and assignments appear here once they are graded.</p>
      </Empty>
    );
  }
  const shown = courseFilter ? groups.filter((group) => group.course.id === courseFilter) : groups;

  return (
    <>
      <div className="study-filters">
        <SelectField
          label="Course"
          value={courseFilter}
          onChange={(event) => {
            const next = new URLSearchParams(searchParams);
            if (event.target.value) next.set('course', event.target.value);
            else next.delete('course');
            setSearchParams(next, { replace: true });
          }}
        >
          <option value="">All courses</option>
          {groups.map((group) => (
            <option key={group.course.id} value={group.course.id}>
              {group.course.title}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="muted" role="status">
        {shown.reduce((count, group) => count + group.grades.length, 0)} graded items shown
      </p>
      {shown.map((group) => (
        <section key={group.course.id} aria-labelledby={`grades-${group.course.id}`}>
          <h2 id={`grades-${group.course.id}`}>{group.course.title}</h2>
          <div className="study-table-wrap" tabIndex={0} role="region" aria-label={`${group.course.title} grades`}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col">Score</th>
                  <th scope="col">Max</th>
                  <th scope="col">Percent</th>
                  <th scope="col">Result</th>
                  <th scope="col">Graded</th>
                </tr>
              </thead>
              <tbody>
                {group.grades.map((grade) => {
                  const outcome = outcomeOf(grade);
                  const passMark = passMarkOf(grade);
                  return (
                    <tr key={`${grade.itemType}-${grade.itemId}`}>
                      <th scope="row">
                        {grade.title}
                        <br />
                        <span className="muted">{grade.itemType === 'quiz' ? 'Quiz' : 'Assignment'}</span>
                      </th>
                      <td>{formatScore(grade.score)}</td>
                      <td>{formatScore(grade.maxScore)}</td>
                      <td>{formatPercent(grade.percent)}</td>
                      <td>
                        <span className={OUTCOME_BADGE[outcome]} title={passMark === null ? undefined : `Pass mark ${passMark}%`}>
                          {OUTCOME_WORD[outcome]}
                        </span>
                      </td>
                      <td>{formatDate(grade.gradedAt)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
