// The prayer area's enums, lowercase as in the database.
import { builder } from '../../builder';

export const PrayerVisibilityEnum = builder.enumType('PrayerVisibility', {
  description: 'private: only you; partners: you and your accepted prayer partners; community: every signed-in person.',
  values: ['private', 'partners', 'community'] as const,
});

export const PartnerStatusEnum = builder.enumType('PartnerStatus', {
  values: ['pending', 'accepted', 'declined'] as const,
});
