// Token counts without a tokenizer. These are estimates (about four characters per token for English
// text), good enough for history budgets and for usage when a provider does not report it; they are
// never billed from.
import type { ChatMessage } from './chat-model';

const CHARACTERS_PER_TOKEN = 4;
// Chat formats wrap every message in a few tokens of role markup, and the reply is primed with a few more.
const TOKENS_PER_MESSAGE = 4;
const TOKENS_PRIMING_REPLY = 3;

/** Estimated tokens in `text`: characters / 4, rounded up. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARACTERS_PER_TOKEN);
}

/** Estimated prompt tokens for a whole conversation, including each message's role overhead. */
export function estimateMessageTokens(messages: readonly ChatMessage[]): number {
  if (messages.length === 0) return 0;
  let total = TOKENS_PRIMING_REPLY;
  for (const message of messages) total += TOKENS_PER_MESSAGE + estimateTokens(message.content);
  return total;
}
