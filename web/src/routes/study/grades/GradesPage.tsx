// /study/grades: my grades; /study/grades?student=<id>: a child's grades for their confirmed parent. The
// graph decides who may see whose grades, and the page says so when it refuses.
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { ErrorState, Loading } from '../../../ui/States';
import { codeOf, messageOf } from '../../../ui/error-message';
import { GradeTable } from './GradeTable';
import '../study.css';

const MyGradesQuery = graphql(`
  query StudyMyGrades {
    me {
      id
      ...StudyGradeTable_User
    }
  }
`);

const PersonGradesQuery = graphql(`
  query StudyPersonGrades($id: ID!) {
    user(id: $id) {
      id
      displayName
      ...StudyGradeTable_User
    }
  }
`);

function MyGrades() {
  const { data, loading, error } = useQuery(MyGradesQuery);
  if (loading && !data) return <Loading label="Loading your grades…" />;
  if (error && !data) return <ErrorState error={error} />;
  return data?.me ? <GradeTable user={data.me} emptyTitle="You have no grades yet." /> : null;
}

function PersonGrades({ studentId }: { studentId: string }) {
  const { data, loading, error } = useQuery(PersonGradesQuery, { variables: { id: studentId } });
  if (loading && !data) return <Loading label="Loading grades…" />;
  if (error && !data?.user) {
    return codeOf(error) === 'FORBIDDEN' ? (
      <Alert>You cannot see this person’s grades: {messageOf(error)} Only the student, their confirmed parents, their instructors and administrators can.</Alert>
    ) : (
      <ErrorState error={error} />
    );
  }
  if (!data?.user) return <Alert>There is no such person.</Alert>;
  return (
    <>
      <p>
        Grades of <strong>{data.user.displayName}</strong>.
      </p>
      <GradeTable user={data.user} emptyTitle={`${data.user.displayName} has no grades yet.`} />
    </>
  );
}

export function GradesPage() {
  const [searchParams] = useSearchParams();
  const studentId = searchParams.get('student');
  return (
    <>
      <p>
        <Link to={studentId ? '/parent' : '/study'}>{studentId ? '← My children' : '← My study'}</Link>
      </p>
      <h1>Grades</h1>
      {studentId ? <PersonGrades studentId={studentId} /> : <MyGrades />}
    </>
  );
}
