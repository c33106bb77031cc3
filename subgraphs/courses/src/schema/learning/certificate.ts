// A certificate of completion: its verification code, grade and (once rendered) a signed PDF link.
import { signFileUrl } from '../../../../kit/src/storage';
import { builder } from '../../builder';
import { UserRef, userReference } from '../content/user';

/** Signed links to certificate PDFs live an hour. */
export const CERTIFICATE_URL_TTL_SECONDS = 3600;

export const CertificateType = builder.prismaObject('Certificate', {
  description: 'Issued once per completed enrollment. Anyone can check one with verifyCertificate(code).',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'The verification code, e.g. SF-7KQ2-MZ9D-XH4P.' }),
    course: t.relation('course'),
    holder: t.field({ type: UserRef, resolve: (certificate) => userReference(certificate.userId) }),
    finalGrade: t.exposeFloat('finalGrade', { description: 'Percent with one decimal.' }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
    recipientName: t.exposeString('recipientName', { nullable: true, description: 'The name printed on the PDF; null until it is rendered.' }),
    pdfUrl: t.string({
      nullable: true,
      description: 'A signed link to the PDF, valid for an hour. Null until the PDF is rendered (User.certificates renders it).',
      resolve: (certificate, _args, context) =>
        certificate.pdfFileKey ? signFileUrl(context.fileSigningSecret, certificate.pdfFileKey, CERTIFICATE_URL_TTL_SECONDS) : null,
    }),
  }),
});
