// Slides as Markdown: a title slide, then one slide per main point with its bullets, separated by
// `---` lines (the separator Marp, reveal.js and most Markdown slide tools read).

export interface SlidePoint {
  title: string;
  bullets: string[];
}

export const SLIDE_SEPARATOR = '\n\n---\n\n';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function slidesMarkdown(title: string, subtitle: string | null, points: readonly SlidePoint[]): { markdown: string; slideCount: number } {
  const titleSlide = [`# ${oneLine(title)}`, ...(subtitle ? [oneLine(subtitle)] : [])].join('\n\n');
  const pointSlides = points.map((point) => [`## ${oneLine(point.title)}`, point.bullets.map((bullet) => `- ${oneLine(bullet)}`).join('\n')].join('\n\n'));
  const slides = [titleSlide, ...pointSlides];
  return { markdown: slides.join(SLIDE_SEPARATOR), slideCount: slides.length };
}
