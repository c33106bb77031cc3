// /courses/:slug/lectures/:lectureId: the lecture player. Video with captions and transcript (or the
// lecture's text when it has no video), progress saved and resumed, mark complete, previous/next, and
// the course outline beside it.
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql, getFragmentData } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState, Loading } from '../../../ui/States';
import { CourseOutline, CourseOutlineFragment, outlineProgress } from '../shared/CourseOutline';
import { formatPercent } from '../shared/format';
import { neighbours, nextStep, stepPath } from '../shared/next-step';
import { resumePosition } from './progress-rules';
import { useLectureProgress } from './use-lecture-progress';
import { VideoLecture } from './VideoLecture';
import '../shared/learning.css';

const LecturePageQuery = graphql(`
  query LecturePage($slug: String!, $lectureId: ID!) {
    course(slug: $slug) {
      id
      slug
      title
      viewerEnrollment {
        id
        status
        progress {
          percent
        }
        certificate {
          id
        }
      }
      ...CourseOutline_Course
    }
    lecture(id: $lectureId) {
      id
      title
      kind
      durationSeconds
      videoUrl
      transcript
      captions {
        language
        vtt
      }
      materials {
        id
        title
        url
      }
      slidesUrl
      notesUrl
      module {
        id
        title
      }
    }
  }
`);

export function LecturePage() {
  const { slug = '', lectureId = '' } = useParams();
  const { data, loading, error } = useQuery(LecturePageQuery, { variables: { slug, lectureId }, fetchPolicy: 'cache-and-network' });
  const progress = useLectureProgress(lectureId);

  if (loading && !data) return <Loading label="Loading the lecture…" />;
  if (error && !data) return <ErrorState error={error} />;
  const course = data?.course;
  const lecture = data?.lecture;
  if (!course || !lecture) {
    return (
      <>
        <h1>Lecture not found</h1>
        <p>
          This lecture does not exist or is not open to you. <Link to={`/courses/${slug}`}>Back to the course</Link>.
        </p>
      </>
    );
  }
  const enrollment = course.viewerEnrollment;
  if (!enrollment || enrollment.status === 'dropped') {
    return (
      <>
        <h1>{lecture.title}</h1>
        <Alert tone="info">
          Enroll in {course.title} to watch its lectures. <Link to={`/courses/${course.slug}`}>Go to the course</Link>
        </Alert>
      </>
    );
  }

  const outline = getFragmentData(CourseOutlineFragment, course);
  const { modules, completedLectureIds } = outlineProgress(outline);
  const saved = outline.viewerEnrollment?.lectureProgress.find((entry) => entry.lecture.id === lecture.id) ?? null;
  const completed = completedLectureIds.has(lecture.id);
  const { previous, next } = neighbours(modules, lecture.id);
  const after = next ? { kind: 'lecture' as const, id: next } : nextStep(modules, new Set([...completedLectureIds, lecture.id]));

  return (
    <>
      <p>
        <Link to={`/courses/${course.slug}`}>← {course.title}</Link>
      </p>
      <div className="learning-player">
        <div>
          <p className="muted">{lecture.module.title}</p>
          <h1>{lecture.title}</h1>
          {lecture.videoUrl ? (
            <VideoLecture
              key={lecture.id}
              title={lecture.title}
              videoUrl={lecture.videoUrl}
              captions={lecture.captions}
              transcript={lecture.transcript}
              resumeAtSeconds={resumePosition(saved, lecture.durationSeconds)}
              progress={progress}
            />
          ) : (
            <section aria-labelledby="lecture-text">
              <h2 id="lecture-text">Lecture text</h2>
              {lecture.transcript ? (
                <div className="learning-markdown">
                  {lecture.transcript.split(/\n{2,}/).map((paragraph, index) => (
                    <p key={index}>{paragraph}</p>
                  ))}
                </div>
              ) : (
                <p className="muted">This lecture has no text yet.</p>
              )}
            </section>
          )}

          {lecture.materials.length > 0 || lecture.slidesUrl || lecture.notesUrl ? (
            <section aria-labelledby="lecture-materials">
              <h2 id="lecture-materials">Materials</h2>
              <ul>
                {lecture.slidesUrl ? (
                  <li>
                    <a href={lecture.slidesUrl}>Slides (PDF)</a>
                  </li>
                ) : null}
                {lecture.notesUrl ? (
                  <li>
                    <a href={lecture.notesUrl}>Notes (PDF)</a>
                  </li>
                ) : null}
                {lecture.materials.map((material) => (
                  <li key={material.id}>
                    <a href={material.url} rel="noreferrer">
                      {material.title}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <div className="card">
            {completed ? (
              <p className="learning-done" role="status">
                <span aria-hidden="true">✓</span> Lecture completed. Course progress: {formatPercent(enrollment.progress.percent)}
              </p>
            ) : (
              <Button busy={progress.saving} onClick={() => void progress.save(lecture.durationSeconds, true)}>
                Mark as complete
              </Button>
            )}
            {enrollment.certificate ? (
              <p>
                <strong>You completed the course.</strong> <Link to={`/courses/${course.slug}/certificate`}>See your certificate</Link>
              </p>
            ) : null}
          </div>

          <nav className="learning-pager" aria-label="Lectures">
            {previous ? <Link to={`/courses/${course.slug}/lectures/${previous}`}>← Previous lecture</Link> : <span />}
            {after ? <Link to={stepPath(course.slug, after)}>{after.kind === 'lecture' ? 'Next lecture →' : 'Take the quiz →'}</Link> : null}
          </nav>
        </div>
        <aside aria-labelledby="course-outline">
          <h2 id="course-outline">Course outline</h2>
          <CourseOutline course={course} currentLectureId={lecture.id} />
        </aside>
      </div>
    </>
  );
}
