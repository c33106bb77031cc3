// Public verification of a certificate by its code.
import { builder } from '../../builder';
import { certificateCodeRule } from '../../learning/input-rules';
import { verifyCertificateCode, type CertificateVerification } from '../../learning/certificates';
import { UserRef, userReference } from '../content/user';

export const CertificateVerificationType = builder.objectRef<CertificateVerification>('CertificateVerification').implement({
  description: 'The answer to verifyCertificate: every field but `valid` is null when the code is not a certificate’s.',
  fields: (t) => ({
    valid: t.exposeBoolean('valid'),
    code: t.exposeString('code', { nullable: true, description: 'The code in its canonical form.' }),
    courseTitle: t.exposeString('courseTitle', { nullable: true }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime', nullable: true }),
    finalGrade: t.exposeFloat('finalGrade', { nullable: true }),
    recipient: t.field({
      type: UserRef,
      nullable: true,
      resolve: (verification) => (verification.recipientId === null ? null : userReference(verification.recipientId)),
    }),
  }),
});

builder.queryFields((t) => ({
  verifyCertificate: t.field({
    type: CertificateVerificationType,
    description: 'Checks a certificate code (case, spaces and dashes do not matter). Public; an unknown code reveals nothing.',
    args: { code: t.arg.string({ required: true, validate: certificateCodeRule }) },
    resolve: (_root, args, context) => verifyCertificateCode(context.prisma, args.code),
  }),
}));
