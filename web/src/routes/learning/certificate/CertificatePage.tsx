// /courses/:slug/certificate: the certificate the student earned in a course, with its PDF to download
// and a verification link anyone can open to check it.
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { useAuth } from '../../../auth/AuthProvider';
import { formatDate } from '../../../ui/dates';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { formatPercent } from '../shared/format';
import { ShareVerificationLink } from './ShareVerificationLink';
import '../shared/learning.css';

// User.certificates renders each PDF the first time it is asked for, so pdfUrl is read from there.
const MyCertificatesQuery = graphql(`
  query MyCertificates($slug: String!) {
    course(slug: $slug) {
      id
      slug
      title
    }
    me {
      id
      displayName
      certificates {
        id
        code
        finalGrade
        issuedAt
        recipientName
        pdfUrl
        course {
          id
        }
      }
    }
  }
`);

export function CertificatePage() {
  const { slug = '' } = useParams();
  const { session } = useAuth();
  const { data, loading, error } = useQuery(MyCertificatesQuery, { variables: { slug }, fetchPolicy: 'network-only', skip: !session });
  if (loading && !data) return <Loading label="Loading your certificate…" />;
  if (error && !data) return <ErrorState error={error} />;
  const course = data?.course;
  const certificate = data?.me?.certificates.find((candidate) => candidate.course.id === course?.id);
  if (!course || !certificate) {
    return (
      <>
        <h1>Certificate</h1>
        <Empty title="No certificate yet.">
          <p>A certificate is issued when you complete every requirement of the course.</p>
          {course ? <Link to={`/courses/${course.slug}`}>Back to {course.title}</Link> : <Link to="/courses">Browse the catalog</Link>}
        </Empty>
      </>
    );
  }
  const verifyPath = `/certificates/verify/${encodeURIComponent(certificate.code)}`;
  return (
    <>
      <p>
        <Link to={`/courses/${course.slug}`}>← {course.title}</Link>
      </p>
      <h1>Your certificate</h1>
      <section className="card learning-certificate" aria-labelledby="certificate-course">
        <p>This certifies that</p>
        <p className="learning-score">{certificate.recipientName ?? data?.me?.displayName}</p>
        <p>completed</p>
        <h2 id="certificate-course">{course.title}</h2>
        <p>
          with a final grade of {formatPercent(certificate.finalGrade)} on {formatDate(certificate.issuedAt)}.
        </p>
        <p>
          Verification code: <span className="learning-certificate__code">{certificate.code}</span>
        </p>
        <div className="actions" style={{ justifyContent: 'center' }}>
          {certificate.pdfUrl ? (
            <a className="button button--primary" href={certificate.pdfUrl} download={`certificate-${certificate.code}.pdf`}>
              Download PDF
            </a>
          ) : (
            <p className="muted">The PDF is being prepared; reload this page in a moment to download it.</p>
          )}
        </div>
      </section>
      <ShareVerificationLink path={verifyPath} />
    </>
  );
}
