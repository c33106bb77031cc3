// How much of a conversation goes back to the model: the newest turns that fit a token budget. Older
// turns go first, and a turn is kept whole or not at all — except the latest question, which is always
// kept and, if it alone is over the budget, shortened from its start (its end is usually the question).
import { estimateTokens } from '../model/token-estimate';

export interface ConversationTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface FittedHistory<T extends ConversationTurn> {
  /** The turns that fit, in conversation order. */
  kept: T[];
  /** How many turns were left out. */
  dropped: number;
  /** True when the latest user turn was shortened to fit on its own. */
  truncated: boolean;
}

// Chat formats wrap every message in a few tokens of role markup.
const TOKENS_PER_TURN = 4;
const TRUNCATION_MARK = '… ';

function turnTokens(turn: ConversationTurn): number {
  return TOKENS_PER_TURN + estimateTokens(turn.content);
}

/** The newest turns of `turns` whose estimated tokens add up to at most `budgetTokens`. */
export function fitHistory<T extends ConversationTurn>(turns: readonly T[], budgetTokens: number): FittedHistory<T> {
  const budget = Math.max(0, Math.floor(budgetTokens));
  const latestUserIndex = findLastIndex(turns, (turn) => turn.role === 'user');
  const keptIndexes = new Set<number>();
  let remaining = budget;
  let truncated = false;
  let latestUser: T | undefined;

  if (latestUserIndex >= 0) {
    const turn = turns[latestUserIndex]!;
    if (turnTokens(turn) <= budget) {
      latestUser = turn;
    } else {
      latestUser = { ...turn, content: keepEnd(turn.content, Math.max(1, budget - TOKENS_PER_TURN)) };
      truncated = true;
    }
    remaining -= turnTokens(latestUser);
    keptIndexes.add(latestUserIndex);
  }

  for (let index = turns.length - 1; index >= 0; index -= 1) {
    if (index === latestUserIndex) continue;
    const cost = turnTokens(turns[index]!);
    // Stop at the first turn that does not fit: keeping an older one past it would leave a hole.
    if (cost > remaining) break;
    remaining -= cost;
    keptIndexes.add(index);
  }

  const kept = turns
    .map((turn, index) => (index === latestUserIndex ? latestUser! : turn))
    .filter((_, index) => keptIndexes.has(index));
  return { kept, dropped: turns.length - kept.length, truncated };
}

/** The end of `text` within `budgetTokens`, starting at a word boundary, marked as shortened. */
function keepEnd(text: string, budgetTokens: number): string {
  // Estimates grow with length: search for the earliest start whose rest fits.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (estimateTokens(TRUNCATION_MARK + text.slice(middle)) <= budgetTokens) high = middle;
    else low = middle + 1;
  }
  let start = low;
  if (start > 0 && !/\s/.test(text[start - 1] ?? '')) {
    // Landed inside a word: skip to the next word rather than keep half of one.
    const nextSpace = text.slice(start).search(/\s/);
    if (nextSpace >= 0) start += nextSpace;
  }
  const rest = text.slice(start).trimStart();
  return start > 0 ? TRUNCATION_MARK + rest : rest;
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) if (predicate(items[index]!)) return index;
  return -1;
}
