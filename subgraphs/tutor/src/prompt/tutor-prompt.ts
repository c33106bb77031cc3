// The messages sent to the model for one question: a system message (platform rules first, then the
// tutor's persona, then the course material in fenced blocks), the recent conversation within a token
// budget, and the student's question as the final user message.
import { citationsFor } from '../content/retrieval';
import type { Citation, RetrievedPassage } from '../content/passage';
import type { ChatMessage } from '../model/chat-model';
import type { ActiveQuiz } from '../safety/active-quiz';
import { fenceBlock, sanitizeFencedText, sanitizeLabel } from './fence';
import { fitHistory, type ConversationTurn } from './history-budget';
import { platformRules } from './platform-rules';

export interface TutorPromptPersona {
  name: string;
  specialty: string;
  personaPrompt: string;
  /** 1 (explains freely) to 5 (answers only with guiding questions). */
  socraticStrength: number;
}

export interface TutorPromptInput {
  tutor: TutorPromptPersona;
  /** The course the session is about, if any. @default null */
  course?: { title: string } | null;
  /** The lecture the session was opened from, if any. @default null */
  lectureTitle?: string | null;
  /** Retrieved material, best first; every passage goes into the prompt. */
  passages: readonly RetrievedPassage[];
  /** Earlier turns of the session, oldest first, without the question being asked now. */
  history: readonly ConversationTurn[];
  question: string;
  /** Quiz attempts in progress; their questions must not be answered. */
  activeQuizzes: readonly ActiveQuiz[];
  /** Tokens the conversation (history and question) may take. @default 3000 */
  budgetTokens?: number;
}

export interface TutorPrompt {
  messages: ChatMessage[];
  /** The sources of the passages in the prompt, best first. */
  citations: Citation[];
  /** Earlier turns left out to stay within the budget. */
  droppedTurns: number;
}

export const DEFAULT_HISTORY_BUDGET_TOKENS = 3000;

export function buildTutorPrompt(input: TutorPromptInput): TutorPrompt {
  const system = [
    platformRules({ socraticStrength: input.tutor.socraticStrength, activeQuizzes: input.activeQuizzes }),
    personaSection(input.tutor),
    courseSection(input),
  ].join('\n\n');

  // The question counts as the latest user turn, so it is always kept (shortened only if it alone is
  // over the budget) and the older turns give way to it.
  const fitted = fitHistory([...input.history, { role: 'user', content: input.question }], input.budgetTokens ?? DEFAULT_HISTORY_BUDGET_TOKENS);
  const conversation: ChatMessage[] = fitted.kept.map((turn) => ({ role: turn.role, content: turn.content }));

  return {
    messages: [{ role: 'system', content: system }, ...conversation],
    citations: citationsFor(input.passages),
    droppedTurns: fitted.dropped,
  };
}

function personaSection(tutor: TutorPromptPersona): string {
  return [
    '# Your persona',
    'Within the platform rules above, speak as this tutor:',
    `Name: ${sanitizeLabel(tutor.name)}`,
    `Specialty: ${sanitizeLabel(tutor.specialty)}`,
    sanitizeFencedText(tutor.personaPrompt).trim(),
  ].join('\n');
}

function courseSection(input: TutorPromptInput): string {
  const lines = ['# Course material'];
  if (input.course) lines.push(`Course: ${sanitizeLabel(input.course.title)}`);
  if (input.lectureTitle) lines.push(`The student opened this session from the lecture "${sanitizeLabel(input.lectureTitle)}".`);
  if (input.passages.length === 0) {
    lines.push('No course material matched this question. Say so if you answer from general knowledge, and cite no lecture.');
    return lines.join('\n');
  }
  lines.push('Passages found for this question, most relevant first:');
  for (const passage of input.passages) {
    lines.push(
      fenceBlock(
        'course-material',
        { source: `${passage.lectureId ? 'Lecture' : 'Reading'}: ${passage.sourceTitle}`, module: passage.moduleTitle },
        passage.text,
      ),
    );
  }
  return lines.join('\n');
}
