// Moderation of what students send and what the tutor answers. This is the first line: rule-based phrase
// matching over folded text (see moderation-rules.ts), cheap enough to run on every message and every
// streamed answer. An external moderation service can later sit behind the same `moderateText` contract
// (returning the same categories), with these rules kept as its fallback when it is unreachable.
import { foldForMatching } from './fold-text';
import { MODERATION_RULES, type ModerationCategory, type ModerationDirection } from './moderation-rules';
import { findPersonalData } from './personal-data';

export type { ModerationCategory, ModerationDirection } from './moderation-rules';

export type ModerationVerdict =
  | { allowed: true }
  | {
      allowed: false;
      category: ModerationCategory;
      /** Why, in words for the instructors and parents who see the flag. */
      reason: string;
    };

/** Checks a student's message (`input`) or the tutor's answer (`output`) against the blocked categories. */
export function moderateText(text: string, direction: ModerationDirection): ModerationVerdict {
  const folded = foldForMatching(text);
  for (const rule of MODERATION_RULES) {
    if (rule.directions && !rule.directions.includes(direction)) continue;
    if (rule.pattern.test(folded)) return { allowed: false, category: rule.category, reason: rule.reason };
  }
  if (direction === 'output') {
    const detail = findPersonalData(text);
    if (detail) return { allowed: false, category: 'personal_data', reason: `the answer contained ${detail}` };
  }
  return { allowed: true };
}

const REFUSALS: Record<ModerationCategory, string> = {
  self_harm:
    "I'm really sorry you're feeling this way, and I'm glad you said something. You deserve support right now from a " +
    'person, not a tutor: please talk to someone you trust today — a friend, a family member, a teacher or a counsellor. ' +
    'If you might act on these thoughts or are in danger, call your local emergency number now, or reach a crisis line ' +
    '(in the US, call or text 988; elsewhere, findahelpline.com lists free, confidential lines near you). ' +
    "You don't have to go through this alone.",
  violence:
    "I can't help with hurting anyone. If someone is in danger, please contact your local emergency number. If something " +
    'is making you angry or scared, talking it over with someone you trust can really help — and I am here for your ' +
    'studies whenever you want to carry on.',
  sexual: "That's not something I can help with. I'm here for your studies — let's get back to your course whenever you're ready.",
  hate:
    "I can't help with words that attack people for who they are. If you're studying this topic, I'm glad to look at its " +
    'history, causes or effects with you in a respectful way.',
  weapons:
    "I can't give instructions for making weapons or explosives. If it's the history or the science behind them you're " +
    "studying, I'm happy to talk about that in general terms.",
  personal_data: "I left that out because it looked like someone's private details. Let's keep personal information out of our chat.",
};

/** What the tutor says instead of answering: short and kind, and for self-harm, where to get help now. */
export function refusalFor(category: ModerationCategory): string {
  return REFUSALS[category];
}
