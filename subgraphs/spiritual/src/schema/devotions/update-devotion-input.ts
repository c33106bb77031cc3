// Changes to a scheduled devotion; fields left out stay as they are.
import { builder } from '../../builder';
import { actionStepRule, audioUrlRule, isoDateRule, prayerPromptRule, reflectionRule, titleRule } from '../../devotions/devotion-rules';
import { PassageInput } from './passage-input';

export const UpdateDevotionInput = builder.inputType('UpdateDevotionInput', {
  fields: (t) => ({
    date: t.string({ description: 'Move it to another free date, YYYY-MM-DD.' }).validate(isoDateRule('devotion date').optional().nullable()),
    title: t.string().validate(titleRule.optional().nullable()),
    passage: t.field({ type: PassageInput }),
    reflection: t.string().validate(reflectionRule.optional().nullable()),
    prayerPrompt: t.string().validate(prayerPromptRule.optional().nullable()),
    actionStep: t.string().validate(actionStepRule.optional().nullable()),
    audioUrl: t.string({ description: 'null removes the audio; left out keeps it.' }).validate(audioUrlRule.optional().nullable()),
  }),
});
