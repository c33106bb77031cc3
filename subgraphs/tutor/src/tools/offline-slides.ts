// A slide outline without a model: the transcript in consecutive sections, each a slide named after the
// term it dwells on, with its most central sentences (3–5) as bullets.
import { rankedTermsOf, type LectureSentence, type LectureText } from './lecture-text';
import type { SlidePoint } from './slide-markdown';

const MIN_BULLETS = 3;
const MAX_BULLETS = 5;
/** Sentences that make one section (and so one slide) before the most central are picked. */
const SENTENCES_PER_SECTION = 6;
const MAX_POINT_SLIDES = 8;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The section's most used term, or its first words when it repeats none. */
function sectionTitle(section: readonly LectureSentence[], lecture: LectureText): string {
  const counts = new Map<string, number>();
  for (const sentence of section) for (const term of rankedTermsOf(sentence, lecture)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (lecture.termCounts.get(b[0])! - lecture.termCounts.get(a[0])!))[0];
  if (best) return capitalise(best[0]);
  return section[0]!.text.split(/\s+/).slice(0, 5).join(' ').replace(/[.,;:!?]+$/, '');
}

export function offlineSlidePoints(lecture: LectureText): SlidePoint[] {
  const sentences = lecture.sentences;
  if (sentences.length === 0) return [];
  const sectionCount = Math.min(MAX_POINT_SLIDES, Math.max(1, Math.floor(sentences.length / SENTENCES_PER_SECTION) || 1));
  const size = Math.ceil(sentences.length / sectionCount);
  const sections: LectureSentence[][] = [];
  for (let start = 0; start < sentences.length; start += size) sections.push(sentences.slice(start, start + size));
  // A short tail section joins the one before it, so every slide can carry at least three bullets.
  const last = sections.at(-1);
  if (sections.length > 1 && last && last.length < MIN_BULLETS) sections[sections.length - 2]!.push(...sections.pop()!);
  return sections.map((section) => ({
    title: sectionTitle(section, lecture),
    bullets: [...section]
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, MAX_BULLETS)
      .sort((a, b) => a.index - b.index)
      .map((sentence) => sentence.text),
  }));
}
