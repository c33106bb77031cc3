// /certificates/verify/:code: public check of a certificate code, for employers and anyone else, signed
// in or not. An unknown code says only that it is not valid.
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { formatDate } from '../../../ui/dates';
import { ErrorState, Loading } from '../../../ui/States';
import { formatPercent } from '../shared/format';
import '../shared/learning.css';

const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      valid
      code
      courseTitle
      issuedAt
      finalGrade
      recipient {
        id
        displayName
      }
    }
  }
`);

export function VerifyCertificatePage() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(VerifyCertificateQuery, { variables: { code } });
  return (
    <>
      <h1>Certificate verification</h1>
      {loading && !data ? (
        <Loading label="Checking the certificate…" />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : data?.verifyCertificate.valid ? (
        <section className="card learning-certificate" aria-labelledby="verified-title">
          <Alert tone="success">This certificate is genuine.</Alert>
          <h2 id="verified-title">{data.verifyCertificate.courseTitle}</h2>
          <dl className="learning-facts">
            <dt>Awarded to</dt>
            <dd>{data.verifyCertificate.recipient?.displayName ?? '—'}</dd>
            <dt>Issued</dt>
            <dd>{formatDate(data.verifyCertificate.issuedAt)}</dd>
            <dt>Final grade</dt>
            <dd>{data.verifyCertificate.finalGrade !== null && data.verifyCertificate.finalGrade !== undefined ? formatPercent(data.verifyCertificate.finalGrade) : '—'}</dd>
            <dt>Code</dt>
            <dd className="learning-certificate__code">{data.verifyCertificate.code}</dd>
          </dl>
        </section>
      ) : (
        <Alert>No certificate has the code “{code}”. Check the code for typing mistakes.</Alert>
      )}
      <p>
        <Link to="/courses">Browse ScrollForge courses</Link>
      </p>
    </>
  );
}
