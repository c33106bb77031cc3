// /instructor/courses/:id: the course editor — its review workflow, catalog details, and syllabus of
// modules and lectures (added, renamed, deleted and put in order), with links to quiz editing and grading.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { ErrorState, Loading } from '../../../ui/States';
import { InstructorCourseQuery } from './course-editor-documents';
import { CourseDetailsForm } from './CourseDetailsForm';
import { SyllabusEditor } from './SyllabusEditor';
import { WorkflowPanel } from './WorkflowPanel';
import { detailsEditable } from './course-words';
import '../instructor.css';

export function CourseEditorPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(InstructorCourseQuery, { variables: { id } });
  const course = data?.course;

  if (loading && !data) return <Loading label="Loading the course…" />;
  if (error && !data) return <ErrorState error={error} />;
  if (!course || !course.viewerCanEdit) {
    return (
      <>
        <h1>Course editor</h1>
        <Alert>You cannot edit this course: it does not exist, or you do not teach it. <Link to="/instructor">Back to your courses</Link></Alert>
      </>
    );
  }
  return (
    <>
      <p>
        <Link to="/instructor">← Your courses</Link>
      </p>
      <h1>{course.title}</h1>
      <p className="muted">{course.faculty.name}</p>
      <nav aria-label="Course tools" className="actions">
        <Link to={`/instructor/courses/${course.id}/grading`}>Grade submissions</Link>
      </nav>
      <section className="card" aria-labelledby="workflow-heading">
        <h2 id="workflow-heading">Review and publishing</h2>
        <WorkflowPanel course={course} />
      </section>
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <CourseDetailsForm key={course.id} course={course} editable={detailsEditable(course.status)} />
      </section>
      <section className="card" aria-labelledby="syllabus-heading">
        <h2 id="syllabus-heading">Syllabus</h2>
        <SyllabusEditor course={course} />
      </section>
    </>
  );
}
