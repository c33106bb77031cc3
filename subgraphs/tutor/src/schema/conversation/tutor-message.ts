// A message of a tutoring session: the student's question or the tutor's answer.
import { builder } from '../../builder';

export const TutorMessageRoleEnum = builder.enumType('TutorMessageRole', { values: ['user', 'assistant'] as const });

export const TutorMessageStatusEnum = builder.enumType('TutorMessageStatus', {
  values: {
    pending: { description: 'The tutor is still answering; the text arrives on tutorStream.' },
    complete: {},
    cancelled: { description: 'Stopped by the student; the content is what was said until then.' },
    failed: { description: 'No full answer came; `error` says why.' },
  } as const,
});

export interface CitationShape {
  lectureId: string | null;
  readingId: string | null;
  title: string;
}

export const TutorCitationType = builder.objectRef<CitationShape>('TutorCitation').implement({
  description: 'Course material an answer draws on.',
  fields: (t) => ({
    lectureId: t.exposeID('lectureId', { nullable: true }),
    readingId: t.exposeID('readingId', { nullable: true }),
    title: t.exposeString('title', { description: 'The lecture’s or reading’s title.' }),
  }),
});

/** Citations are stored as JSON written only by the tutor; anything else in the column is ignored. */
export function citationsOf(value: unknown): CitationShape[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { lectureId, readingId, title } = item as Record<string, unknown>;
    if (typeof title !== 'string') return [];
    return [{ lectureId: typeof lectureId === 'string' ? lectureId : null, readingId: typeof readingId === 'string' ? readingId : null, title }];
  });
}

export const TutorMessageType = builder.prismaObject('TutorMessage', {
  description: 'A question of the student or an answer of the tutor.',
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.field({ type: TutorMessageRoleEnum, resolve: (message) => message.role }),
    status: t.field({ type: TutorMessageStatusEnum, resolve: (message) => message.status }),
    content: t.exposeString('content', { description: 'Markdown. Empty while an answer is pending.' }),
    tokens: t.int({ description: 'Prompt plus completion tokens of an answer; 0 for questions.', resolve: (message) => message.promptTokens + message.completionTokens }),
    promptTokens: t.exposeInt('promptTokens'),
    completionTokens: t.exposeInt('completionTokens'),
    flagged: t.exposeBoolean('flagged', { description: 'The safety check refused or withheld it, or it looked like an attempt to subvert the tutor.' }),
    flagReason: t.exposeString('flagReason', { nullable: true }),
    offline: t.exposeBoolean('offline', { description: 'Answered by the offline tutor from the course material, without a language model.' }),
    model: t.exposeString('model', { nullable: true }),
    citations: t.field({ type: [TutorCitationType], resolve: (message) => citationsOf(message.citations) }),
    error: t.exposeString('error', { nullable: true, description: 'Why a failed answer did not come.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
  }),
});
