// What a mailed one-time code is for. Password-reset codes are requested through requestPasswordReset.
import { builder } from '../builder';

export const OtpPurposeEnum = builder.enumType('OtpPurpose', {
  values: {
    verify_email: { description: 'Proves the person owns the email they registered with.' },
  } as const,
});
