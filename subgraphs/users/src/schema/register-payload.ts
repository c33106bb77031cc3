// Sign-up: register, (re)send the verification code, verify the email.
import { builder } from '../builder';
import { register, requestEmailVerification, verifyEmail, type RegisterResult } from '../accounts';
import {
  countryRule,
  displayNameRule,
  emailRule,
  gradeRule,
  localeRule,
  newPasswordRule,
  otpCodeRule,
  provinceRule,
  timezoneRule,
} from '../input-rules';
import { OtpPurposeEnum } from './otp-purpose';

export const RegisterPayloadType = builder.objectRef<RegisterResult>('RegisterPayload');

RegisterPayloadType.implement({
  description: 'The same answer whether or not the email already had an account, so accounts cannot be discovered.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    message: t.exposeString('message'),
  }),
});

const RegisterInput = builder.inputType('RegisterInput', {
  fields: (t) => ({
    email: t.string({ required: true }).validate(emailRule),
    password: t.string({ required: true, description: 'At least 8 characters with an uppercase letter, a lowercase letter and a digit.' }).validate(newPasswordRule),
    displayName: t.string({ required: true }).validate(displayNameRule),
    grade: t.int({ description: 'School grade, 6 to 12.' }).validate(gradeRule.optional().nullable()),
    country: t.string({ description: 'Two-letter country code, e.g. CA.' }).validate(countryRule.optional().nullable()),
    province: t.string().validate(provinceRule.optional().nullable()),
    locale: t.string({ description: 'Language tag, e.g. en-CA. Defaults to en.' }).validate(localeRule.optional().nullable()),
    timezone: t.string({ description: 'IANA time zone, e.g. America/Toronto. Defaults to UTC.' }).validate(timezoneRule.optional().nullable()),
  }),
});

builder.mutationFields((t) => ({
  register: t.field({
    type: RegisterPayloadType,
    description: 'Creates an account and mails a verification code.',
    args: { input: t.arg({ type: RegisterInput, required: true }) },
    resolve: (_root, { input }, context) => register(context, input),
  }),
  requestOtp: t.boolean({
    description: 'Mails a new email-verification code if the address has an unverified account. Always true.',
    args: {
      email: t.arg.string({ required: true }).validate(emailRule),
      purpose: t.arg({ type: OtpPurposeEnum, required: true, defaultValue: 'verify_email' }),
    },
    resolve: async (_root, args, context) => {
      await requestEmailVerification(context, args.email);
      return true;
    },
  }),
  verifyEmail: t.boolean({
    description: 'Confirms the email address with the mailed 6-digit code.',
    args: {
      email: t.arg.string({ required: true }).validate(emailRule),
      code: t.arg.string({ required: true }).validate(otpCodeRule),
    },
    resolve: async (_root, args, context) => {
      await verifyEmail(context, args);
      return true;
    },
  }),
}));
