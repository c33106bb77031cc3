// Cuts a lecture transcript or a Markdown reading into passages small enough to rank and quote one at a
// time, yet long enough to carry a whole thought: passages end where a paragraph or sentence ends, and
// a Markdown heading starts a new passage when the current one is already long enough.

export interface TextChunk {
  /** Order within the source, from 0. */
  position: number;
  text: string;
}

export interface ChunkOptions {
  /** `markdown` strips heading hashes, link and emphasis syntax, code fences and HTML tags. @default 'plain' */
  format?: 'plain' | 'markdown';
  /** A passage this long ends at the next paragraph end rather than growing further. @default 600 */
  minChars?: number;
  /** No passage grows past this by adding a sentence; a longer sentence is cut between words. @default 900 */
  maxChars?: number;
}

type BlockKind = 'heading' | 'paragraph';

interface Block {
  kind: BlockKind;
  text: string;
}

const PARAGRAPH_SEPARATOR = '\n\n';

/** Splits `source` into passages of about `minChars`–`maxChars` characters, the same way every time. */
export function chunkText(source: string, options: ChunkOptions = {}): TextChunk[] {
  const minChars = options.minChars ?? 600;
  const maxChars = options.maxChars ?? 900;
  if (minChars > maxChars) throw new Error(`chunkText: minChars (${minChars}) exceeds maxChars (${maxChars}).`);
  const blocks = options.format === 'markdown' ? markdownBlocks(source) : plainBlocks(source);

  const chunks: string[] = [];
  let current = '';
  // A heading waits here and is glued to the text after it, so no passage ends with a bare heading.
  let pendingHeading = '';
  const flush = () => {
    if (current) chunks.push(current);
    current = '';
  };
  const append = (piece: string, separator: string) => {
    if (current && current.length + separator.length + piece.length > maxChars) flush();
    current = current ? current + separator + piece : piece;
  };

  for (const block of blocks) {
    if (block.kind === 'heading') {
      // A heading opens a new passage when the one in hand is long enough.
      if (current.length >= minChars) flush();
      pendingHeading = pendingHeading ? pendingHeading + PARAGRAPH_SEPARATOR + block.text : block.text;
      continue;
    }
    splitSentences(block.text).forEach((sentence, sentenceIndex) => {
      fitToLength(sentence, maxChars).forEach((piece, pieceIndex) => {
        const separator = sentenceIndex === 0 && pieceIndex === 0 ? PARAGRAPH_SEPARATOR : ' ';
        if (pendingHeading) {
          const glued = pendingHeading + PARAGRAPH_SEPARATOR + piece;
          if (glued.length <= maxChars) append(glued, PARAGRAPH_SEPARATOR);
          else {
            append(pendingHeading, PARAGRAPH_SEPARATOR);
            append(piece, PARAGRAPH_SEPARATOR);
          }
          pendingHeading = '';
        } else {
          append(piece, separator);
        }
      });
    });
    if (current.length >= minChars) flush();
  }
  if (pendingHeading) append(pendingHeading, PARAGRAPH_SEPARATOR);
  // A short tail joins the passage before it when both fit, rather than standing alone.
  if (current && chunks.length > 0 && current.length < minChars / 2) {
    const previous = chunks[chunks.length - 1]!;
    if (previous.length + PARAGRAPH_SEPARATOR.length + current.length <= maxChars) {
      chunks[chunks.length - 1] = previous + PARAGRAPH_SEPARATOR + current;
      current = '';
    }
  }
  flush();
  return chunks.map((text, position) => ({ position, text }));
}

/** Paragraphs of a transcript: blank lines separate them; line breaks inside one are just spaces. */
function plainBlocks(source: string): Block[] {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => collapseWhitespace(paragraph))
    .filter((text) => text.length > 0)
    .map((text) => ({ kind: 'paragraph' as const, text }));
}

/** Headings, paragraphs and list items of a Markdown reading, as readable text. */
function markdownBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    const text = collapseWhitespace(paragraph.join(' '));
    if (text) blocks.push({ kind: 'paragraph', text });
    paragraph = [];
  };
  let inFence = false;
  let inQuote = false;
  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      // Code keeps its words (they are searchable) but loses the fence markers.
      endParagraph();
      inFence = !inFence;
      continue;
    }
    const line = inFence ? rawLine : rawLine.trim();
    if (!inFence) {
      if (line === '') {
        endParagraph();
        continue;
      }
      if (/^(\*\s*){3,}$|^(-\s*){3,}$|^(_\s*){3,}$/.test(line)) {
        endParagraph();
        continue;
      }
      if (/^\[[^\]]+\]:\s*\S+/.test(line)) continue; // reference-style link definition
      if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line)) continue; // table rule
      // A block quote starts (or ends) its own paragraph.
      const quoted = line.startsWith('>');
      if (quoted !== inQuote) endParagraph();
      inQuote = quoted;
      const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (heading) {
        endParagraph();
        const text = collapseWhitespace(inlineMarkdownToText(heading[1] ?? ''));
        if (text) blocks.push({ kind: 'heading', text });
        continue;
      }
      const listItem = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line.replace(/^>\s?/, ''));
      if (listItem) {
        endParagraph();
        paragraph.push(inlineMarkdownToText(listItem[1] ?? ''));
        continue;
      }
    }
    paragraph.push(inlineMarkdownToText(line.replace(/^(>\s?)+/, '').replace(/^\||\|$/g, '').replace(/\s\|\s/g, ' — ')));
  }
  endParagraph();
  return blocks;
}

/** Link, image, emphasis, inline code and HTML syntax removed; the words a reader sees stay. */
function inlineMarkdownToText(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Sentences of one paragraph: a sentence ends at `.`, `!` or `?` (with any closing quotes or brackets)
 * followed by white space and a capital letter, digit or opening quote. A lower-case continuation
 * ("e.g. this") does not end one.
 */
function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    sentences.push(paragraph.slice(start, end));
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** A sentence longer than `maxChars` cut between words; a single word is never cut. */
function fitToLength(sentence: string, maxChars: number): string[] {
  if (sentence.length <= maxChars) return [sentence];
  const pieces: string[] = [];
  let piece = '';
  for (const word of sentence.split(' ')) {
    if (piece && piece.length + 1 + word.length > maxChars) {
      pieces.push(piece);
      piece = word;
    } else {
      piece = piece ? `${piece} ${word}` : word;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}
