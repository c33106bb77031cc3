// What to say next to a question the tutor's safety check refused. Questions about harming oneself get
// a pointer to people who can help, before anything else; other refusals a kind word that it is not the
// student's fault and what the tutor can help with.
export type RefusalNote = { kind: 'support' } | { kind: 'outside-scope' } | null;

export function refusalNoteFor(question: { flagged: boolean; flagReason?: string | null }): RefusalNote {
  if (!question.flagged) return null;
  const reason = question.flagReason ?? '';
  if (/self[_ -]?harm/i.test(reason)) return { kind: 'support' };
  if (/^blocked/i.test(reason)) return { kind: 'outside-scope' };
  return null;
}
