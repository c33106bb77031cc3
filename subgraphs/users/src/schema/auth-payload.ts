// Sessions and passwords: login, refresh, logout, password reset and change.
import { builder } from '../builder';
import {
  changePassword,
  login,
  logout,
  refreshSession,
  requestPasswordReset,
  resetPassword,
  type Session,
} from '../accounts';
import { emailRule, newPasswordRule, otpCodeRule, presentedPasswordRule, refreshTokenRule } from '../input-rules';
import { markProvenInRequest, signedInUserId } from './signed-in';
import { UserType } from './user';

export const AuthPayloadType = builder.objectRef<Session>('AuthPayload');

AuthPayloadType.implement({
  description: 'A new session: a short-lived access token and the refresh token that renews it.',
  fields: (t) => ({
    accessToken: t.exposeString('accessToken'),
    accessTokenExpiresAt: t.expose('accessTokenExpiresAt', { type: 'DateTime' }),
    refreshToken: t.exposeString('refreshToken', {
      description: 'Single use: each refresh returns a new one. Lives 30 days.',
    }),
    user: t.field({ type: UserType, resolve: (session) => session.user }),
  }),
});

builder.mutationFields((t) => ({
  login: t.field({
    type: AuthPayloadType,
    description: 'Signs in. Five failures in 15 minutes (per account and per address) answer RATE_LIMITED.',
    args: {
      email: t.arg.string({ required: true }).validate(emailRule),
      password: t.arg.string({ required: true }).validate(presentedPasswordRule),
    },
    resolve: async (_root, args, context) => {
      const session = await login(context, { ...args, ip: context.viewer.ip });
      markProvenInRequest(context, session.user.id);
      return session;
    },
  }),
  refreshToken: t.field({
    type: AuthPayloadType,
    description: 'Trades a refresh token for a new session. A token works once; reusing one ends the session.',
    args: { refreshToken: t.arg.string({ required: true }).validate(refreshTokenRule) },
    resolve: async (_root, args, context) => {
      const session = await refreshSession(context, args.refreshToken);
      markProvenInRequest(context, session.user.id);
      return session;
    },
  }),
  logout: t.boolean({
    description: 'Ends the session the refresh token belongs to. Always true.',
    args: { refreshToken: t.arg.string({ required: true }).validate(refreshTokenRule) },
    resolve: async (_root, args, context) => {
      await logout(context, args.refreshToken);
      return true;
    },
  }),
  requestPasswordReset: t.boolean({
    description: 'Mails a reset code if the email has an account. Always true.',
    args: { email: t.arg.string({ required: true }).validate(emailRule) },
    resolve: async (_root, args, context) => {
      await requestPasswordReset(context, args.email);
      return true;
    },
  }),
  resetPassword: t.boolean({
    description: 'Sets a new password with the mailed code and signs out every session.',
    args: {
      email: t.arg.string({ required: true }).validate(emailRule),
      code: t.arg.string({ required: true }).validate(otpCodeRule),
      newPassword: t.arg.string({ required: true }).validate(newPasswordRule),
    },
    resolve: async (_root, args, context) => {
      await resetPassword(context, args);
      return true;
    },
  }),
  changePassword: t.boolean({
    description: 'Changes your password and signs out every session; sign in again with the new one.',
    authScopes: { authenticated: true },
    args: {
      currentPassword: t.arg.string({ required: true }).validate(presentedPasswordRule),
      newPassword: t.arg.string({ required: true }).validate(newPasswordRule),
    },
    resolve: async (_root, args, context) => {
      await changePassword(context, { userId: signedInUserId(context), ...args });
      return true;
    },
  }),
}));
