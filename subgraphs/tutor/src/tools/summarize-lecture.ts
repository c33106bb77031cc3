// summarizeLecture: a Markdown summary and key points of one lecture, for its instructors.
import { z } from 'zod';
import type { ChatModel } from '../model/chat-model';
import { readLectureText } from './lecture-text';
import type { LectureMaterial } from './lecture-material';
import { askModelForJson } from './model-json';
import { MATERIAL_IS_DATA, lectureForModel } from './model-material';
import { offlineSummary, type LectureSummaryContent } from './offline-summary';

export interface LectureSummary extends LectureSummaryContent {
  lectureId: string;
  offline: boolean;
  model: string | null;
}

const summarySchema = z.object({
  summary: z.string().trim().min(20).max(8000),
  keyPoints: z.array(z.string().trim().min(1).max(500)).min(1).max(10),
});

const SUMMARY_INSTRUCTIONS = [
  'You summarise one university lecture for its instructor.',
  MATERIAL_IS_DATA,
  'Say only what the transcript says; do not add facts of your own.',
  'Reply with one JSON object and nothing else: {"summary": string, "keyPoints": [string]}.',
  '"summary" is Markdown of 120–250 words: a one-line heading with the lecture title, then short paragraphs. "keyPoints" lists the 3–7 ideas a student must take away, one sentence each.',
].join('\n');

export async function summarizeLecture(model: ChatModel | null, material: LectureMaterial): Promise<LectureSummary> {
  if (!model) {
    return { lectureId: material.lectureId, ...offlineSummary(readLectureText(material.transcript), material.lectureTitle), offline: true, model: null };
  }
  const { value, model: modelName } = await askModelForJson({
    model,
    tool: 'summary',
    system: SUMMARY_INSTRUCTIONS,
    user: lectureForModel(material),
    schema: summarySchema,
    maxTokens: 900,
    textOf: (summary) => [summary.summary, ...summary.keyPoints].join('\n'),
  });
  return { lectureId: material.lectureId, summary: value.summary, keyPoints: value.keyPoints, offline: false, model: modelName };
}
