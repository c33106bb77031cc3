// What a person gives to start a channel.
import { z } from 'zod';
import { builder } from '../../builder';
import { CHANNEL_DESCRIPTION_MAX, CHANNEL_NAME_MAX, CREATABLE_CHANNEL_KINDS } from '../../chat/channels';
import { ChannelKindEnum } from '../content/enums';

export const createChannelRule = z.object({
  kind: z.enum(CREATABLE_CHANNEL_KINDS, 'Create a public, private or study_group channel; course and direct channels are made for you.'),
  name: z.string().trim().min(1, 'Give the channel a name.').max(CHANNEL_NAME_MAX, `Keep the name under ${CHANNEL_NAME_MAX} characters.`),
  description: z.string().max(CHANNEL_DESCRIPTION_MAX, `Keep the description under ${CHANNEL_DESCRIPTION_MAX} characters.`).nullish(),
});

export const CreateChannelInput = builder.inputType('CreateChannelInput', {
  fields: (t) => ({
    kind: t.field({ type: ChannelKindEnum, required: true, description: 'public, private or study_group.' }),
    name: t.string({ required: true }),
    description: t.string(),
  }),
});
