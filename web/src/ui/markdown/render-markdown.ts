// Markdown written by people or a model (course text, messages, tutor answers) as safe HTML: rendered
// by marked, then sanitised by DOMPurify, because none of it is trusted as HTML. With a typesetter,
// $…$ and $$…$$ outside code are typeset before Markdown runs, so underscores and asterisks inside
// formulas are not read as emphasis. Works on a partial text too (a streaming answer): an unclosed `$`
// or code fence simply stays text until its end arrives.
import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** Typesets one formula as HTML (display maths on its own line, or inline). */
export type Typeset = (tex: string, displayMode: boolean) => string;

export interface RenderOptions {
  /** A single line break becomes <br> (chat messages), instead of joining lines (documents). */
  breaks?: boolean;
  /** Typesets maths; without it, dollar signs are plain text. */
  typeset?: Typeset;
}

const DISPLAY_MATHS = /\$\$([\s\S]+?)\$\$/g;
const INLINE_MATHS = /(^|[^\\$])\$(?!\s)([^$\n]+?)(?<!\s)\$(?!\d)/g;
const CODE = /(```[\s\S]*?(?:```|$)|`[^`\n]*`)/g;

/** True when the text may hold maths worth loading a typesetter for. */
export const mayHoldMaths = (markdown: string): boolean => {
  DISPLAY_MATHS.lastIndex = 0;
  INLINE_MATHS.lastIndex = 0;
  return DISPLAY_MATHS.test(markdown) || INLINE_MATHS.test(markdown);
};

/** Replaces maths outside code with placeholders, returning the text and the typeset pieces. */
function extractMaths(markdown: string, typeset: Typeset): { text: string; pieces: string[] } {
  const pieces: string[] = [];
  const hold = (html: string) => `@@MATH${pieces.push(html) - 1}@@`;
  const text = markdown
    .split(CODE)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      return part
        .replace(DISPLAY_MATHS, (_, tex: string) => hold(typeset(tex.trim(), true)))
        .replace(INLINE_MATHS, (_, before: string, tex: string) => before + hold(typeset(tex, false)));
    })
    .join('');
  return { text, pieces };
}

export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const { text, pieces } = options.typeset ? extractMaths(markdown, options.typeset) : { text: markdown, pieces: [] };
  const html = marked.parse(text, { async: false, gfm: true, breaks: options.breaks ?? false });
  const withMaths = pieces.length ? html.replace(/@@MATH(\d+)@@/g, (_, index: string) => pieces[Number(index)] ?? '') : html;
  return DOMPurify.sanitize(withMaths, { USE_PROFILES: { html: true, mathMl: pieces.length > 0 } });
}
