// Editing one's own profile: the fields, and the avatar picture.
import { z } from 'zod';
import { badInput } from '../../../kit/src/errors';
import { builder } from '../builder';
import { updateProfile } from '../accounts';
import { decodeBase64Upload, setAvatar } from '../avatar';
import { countryRule, displayNameRule, gradeRule, localeRule, phoneRule, provinceRule, timezoneRule } from '../input-rules';
import { signedInUserId } from './signed-in';
import { removeFileQuietly } from './remove-file-quietly';
import { UserType } from './user';


const UpdateProfileInput = builder.inputType('UpdateProfileInput', {
  description: 'Leave a field out to keep it; send null to clear phone, grade, country or province.',
  fields: (t) => ({
    displayName: t.string().validate(displayNameRule.nullish()),
    phone: t.string({ description: 'With country code, e.g. +1 416 555 0100.' }).validate(phoneRule.nullish()),
    grade: t.int({ description: 'School grade, 6 to 12.' }).validate(gradeRule.nullish()),
    country: t.string({ description: 'Two-letter country code, e.g. CA.' }).validate(countryRule.nullish()),
    province: t.string().validate(provinceRule.nullish()),
    locale: t.string({ description: 'Language tag, e.g. en-CA.' }).validate(localeRule.nullish()),
    timezone: t.string({ description: 'IANA time zone, e.g. America/Toronto.' }).validate(timezoneRule.nullish()),
  }),
});

/** Fields every account must have may be replaced or left out (undefined), never cleared (null). */
function requiredIfGiven<T>(value: T | null | undefined, field: string, instead: string): T | undefined {
  if (value === null) throw badInput(`${field} cannot be cleared; send ${instead} or leave it out.`, `input.${field}`);
  return value;
}

builder.mutationFields((t) => ({
  updateProfile: t.field({
    type: UserType,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateProfileInput, required: true }) },
    resolve: (_root, { input }, context) =>
      updateProfile(context.prisma, signedInUserId(context), {
        displayName: requiredIfGiven(input.displayName, 'displayName', 'a new display name'),
        phone: input.phone,
        grade: input.grade,
        country: input.country,
        province: input.province,
        locale: requiredIfGiven(input.locale, 'locale', 'a language tag such as en-CA'),
        timezone: requiredIfGiven(input.timezone, 'timezone', 'an IANA time zone such as America/Toronto'),
      }),
  }),
  uploadAvatar: t.field({
    type: UserType,
    description: 'Sets your picture: PNG, JPEG or WebP up to 2 MB, sent as base64.',
    authScopes: { authenticated: true },
    args: {
      contentType: t.arg.string({ required: true }).validate(z.string().max(100, 'That is not a content type; use image/png, image/jpeg or image/webp.')),
      dataBase64: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const bytes = decodeBase64Upload(args.dataBase64);
      const { user, replacedKey } = await setAvatar(context.prisma, context.storage, {
        userId: signedInUserId(context),
        contentType: args.contentType,
        bytes,
      });
      if (replacedKey) await removeFileQuietly(context, replacedKey);
      return user;
    },
  }),
}));
