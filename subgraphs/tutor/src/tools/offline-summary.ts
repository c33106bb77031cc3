// A lecture summary without a model: the lecture's most central sentences, quoted in the order it says
// them, and the terms it keeps returning to. Extractive on purpose — it never says what the lecture did not.
import { keySentences, type LectureText } from './lecture-text';

export interface LectureSummaryContent {
  /** Markdown. */
  summary: string;
  keyPoints: string[];
}

/** Sentences in the summary paragraph and in the key points. */
const SUMMARY_SENTENCES = 3;
const KEY_POINTS = 5;
const KEY_TERMS_SHOWN = 6;

export function offlineSummary(lecture: LectureText, lectureTitle: string): LectureSummaryContent {
  const keyPoints = keySentences(lecture, KEY_POINTS).map((sentence) => sentence.text);
  const opening = keySentences(lecture, SUMMARY_SENTENCES).map((sentence) => sentence.text);
  const terms = lecture.keyTerms.filter((term) => lecture.termCounts.get(term)! > 1).slice(0, KEY_TERMS_SHOWN);
  const summary = [
    `## ${lectureTitle}`,
    opening.length > 0 ? opening.join(' ') : 'The transcript of this lecture is too short to summarise.',
    ...(terms.length > 0 ? [`**Key terms:** ${terms.join(', ')}`] : []),
    '_Offline summary: the sentences are quoted from the lecture transcript._',
  ].join('\n\n');
  return { summary, keyPoints };
}
