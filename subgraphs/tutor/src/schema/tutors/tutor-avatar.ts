// How a tutor appears on video: the hosted provider (or none) and which of its avatars and voices.
import { builder } from '../../builder';
import type { AvatarProviderName } from '../../tutors/persona-rules';

export const TutorAvatarProviderEnum = builder.enumType('TutorAvatarProvider', {
  description: 'Who renders the tutor on video. NONE: the tutor answers in text only.',
  values: {
    NONE: { value: 'none' },
    DID: { value: 'did', description: 'D-ID talking heads.' },
    SYNTHESIA: { value: 'synthesia' },
    CUSTOM: { value: 'custom', description: 'A school’s own renderer.' },
  } as const,
});

export interface TutorAvatarView {
  provider: AvatarProviderName;
  avatarId: string | null;
  voice: string | null;
}

export const TutorAvatarType = builder.objectRef<TutorAvatarView>('TutorAvatar').implement({
  description: 'The tutor’s video avatar settings.',
  fields: (t) => ({
    provider: t.field({ type: TutorAvatarProviderEnum, resolve: (avatar) => avatar.provider }),
    avatarId: t.exposeString('avatarId', { nullable: true, description: 'The avatar as the provider knows it; null without a provider.' }),
    voice: t.exposeString('voice', { nullable: true, description: 'The provider’s voice id; null for its default.' }),
  }),
});
