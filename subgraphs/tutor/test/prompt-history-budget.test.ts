// Fitting a conversation into a token budget: oldest turns go first, turns stay whole, the latest
// question always stays.
import { estimateTokens } from '../src/model/token-estimate';
import { fitHistory, type ConversationTurn } from '../src/prompt/history-budget';

/** A turn of about `tokens` estimated tokens (plus the per-turn overhead). */
function turn(role: ConversationTurn['role'], label: string, tokens: number): ConversationTurn {
  const filler = ' lorem'.repeat(tokens * 4);
  return { role, content: `${label}${filler}`.slice(0, tokens * 4) };
}

const conversation = [
  turn('user', 'q1', 100),
  turn('assistant', 'a1', 100),
  turn('user', 'q2', 100),
  turn('assistant', 'a2', 100),
  turn('user', 'q3', 100),
];
const labels = (turns: ConversationTurn[]) => turns.map((item) => item.content.slice(0, 2));

test('everything is kept when it fits', () => {
  expect(fitHistory(conversation, 10_000)).toEqual({ kept: conversation, dropped: 0, truncated: false });
});

test('the oldest turns are dropped first and the newest kept, in order', () => {
  const fitted = fitHistory(conversation, 330);
  expect(labels(fitted.kept)).toEqual(['q2', 'a2', 'q3']);
  expect(fitted.dropped).toBe(2);
});

test('a turn is never cut in half: one that does not fit is left out whole, and so is everything older', () => {
  const history = [turn('user', 'q1', 20), turn('assistant', 'a1', 500), turn('user', 'q2', 50), turn('assistant', 'a2', 50), turn('user', 'q3', 50)];
  const fitted = fitHistory(history, 300);
  expect(labels(fitted.kept)).toEqual(['q2', 'a2', 'q3']);
  // The small oldest turn would fit in what is left, but keeping it would skip the turn between.
  expect(fitted.kept.every((kept) => history.includes(kept))).toBe(true);
  expect(fitted.dropped).toBe(2);
});

test('the latest user turn is kept even when it alone is over the budget, shortened from its start', () => {
  const question = `${'background words '.repeat(200)}so what is the actual question here?`;
  const fitted = fitHistory([...conversation, { role: 'user' as const, content: question }], 50);
  expect(fitted.kept).toHaveLength(1);
  expect(fitted.dropped).toBe(conversation.length);
  expect(fitted.truncated).toBe(true);
  const [kept] = fitted.kept;
  expect(kept!.role).toBe('user');
  expect(kept!.content.endsWith('so what is the actual question here?')).toBe(true);
  expect(estimateTokens(kept!.content)).toBeLessThanOrEqual(50);
  // It starts at a whole word after the mark that says it was shortened.
  expect(kept!.content).toMatch(/^… (background|words|so|what|is|the|actual|question|here\?) /);
});

test('the latest user turn is counted first and older turns fill what is left', () => {
  const history = [turn('user', 'q1', 50), turn('assistant', 'a1', 50), turn('user', 'q2', 150)];
  expect(labels(fitHistory(history, 220).kept)).toEqual(['a1', 'q2']);
});

test('an empty conversation and a zero budget are handled', () => {
  expect(fitHistory([], 100)).toEqual({ kept: [], dropped: 0, truncated: false });
  const fitted = fitHistory([turn('assistant', 'a1', 10)], 0);
  expect(fitted).toEqual({ kept: [], dropped: 1, truncated: false });
});
