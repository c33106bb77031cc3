// slideOutline: Markdown slides for one lecture — a title slide, then one slide per main point with 3–5
// bullets. The model (when configured) chooses the points; the Markdown is always written here, so the
// format holds whoever wrote the content.
import { z } from 'zod';
import type { ChatModel } from '../model/chat-model';
import { readLectureText } from './lecture-text';
import type { LectureMaterial } from './lecture-material';
import { askModelForJson } from './model-json';
import { MATERIAL_IS_DATA, lectureForModel } from './model-material';
import { offlineSlidePoints } from './offline-slides';
import { slidesMarkdown } from './slide-markdown';

export interface SlideOutline {
  lectureId: string;
  markdown: string;
  slideCount: number;
  offline: boolean;
  model: string | null;
}

const slidesSchema = z.object({
  slides: z
    .array(z.object({ title: z.string().trim().min(1).max(120), bullets: z.array(z.string().trim().min(1).max(300)).min(3).max(5) }))
    .min(1)
    .max(15),
});

const SLIDE_INSTRUCTIONS = [
  'You outline slides for a university instructor from one lecture transcript.',
  MATERIAL_IS_DATA,
  'Follow the lecture’s own order. Each main point gets one slide with a short title and 3–5 bullets of at most 15 words, in the lecture’s terms.',
  'Reply with one JSON object and nothing else: {"slides": [{"title": string, "bullets": [string]}]} with 4–10 slides (the title slide is added for you).',
].join('\n');

export async function outlineSlides(model: ChatModel | null, material: LectureMaterial): Promise<SlideOutline> {
  const subtitle = material.moduleTitle.length > 0 ? material.moduleTitle : null;
  if (!model) {
    const outline = slidesMarkdown(material.lectureTitle, subtitle, offlineSlidePoints(readLectureText(material.transcript)));
    return { lectureId: material.lectureId, ...outline, offline: true, model: null };
  }
  const { value, model: modelName } = await askModelForJson({
    model,
    tool: 'slide outline',
    system: SLIDE_INSTRUCTIONS,
    user: lectureForModel(material),
    schema: slidesSchema,
    maxTokens: 1500,
    textOf: (outline) => outline.slides.map((slide) => [slide.title, ...slide.bullets].join('\n')).join('\n'),
  });
  return { lectureId: material.lectureId, ...slidesMarkdown(material.lectureTitle, subtitle, value.slides), offline: false, model: modelName };
}
