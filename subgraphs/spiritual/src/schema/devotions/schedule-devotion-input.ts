// What staff give to schedule the devotion of a day.
import { builder } from '../../builder';
import { actionStepRule, audioUrlRule, isoDateRule, prayerPromptRule, reflectionRule, titleRule } from '../../devotions/devotion-rules';
import { PassageInput } from './passage-input';

export const ScheduleDevotionInput = builder.inputType('ScheduleDevotionInput', {
  fields: (t) => ({
    date: t.string({ required: true, description: 'YYYY-MM-DD; one devotion per date.' }).validate(isoDateRule('devotion date')),
    title: t.string({ required: true }).validate(titleRule),
    passage: t.field({ type: PassageInput, required: true }),
    reflection: t.string({ required: true }).validate(reflectionRule),
    prayerPrompt: t.string({ required: true }).validate(prayerPromptRule),
    actionStep: t.string({ required: true }).validate(actionStepRule),
    audioUrl: t.string({ description: 'https:// address of a reading of the devotion.' }).validate(audioUrlRule.optional().nullable()),
  }),
});
