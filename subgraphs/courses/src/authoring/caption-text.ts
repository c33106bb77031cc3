// The spoken words of a lecture as plain text, read from a WebVTT caption track: what a lecture without
// a typed transcript can still be searched and quoted by. Headers, notes, style and region blocks, cue
// identifiers, timings, cue settings and inline markup (voices, classes, timestamps) are dropped.

/** A caption track as stored: a BCP-47 language tag and its WebVTT file. */
export interface CaptionTrack {
  language: string;
  vtt: string;
}

const TIMING_ARROW = '-->';
const NON_CUE_BLOCK = /^(?:WEBVTT|NOTE|STYLE|REGION)(?:[ \t]|$)/;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(Number.parseInt(name.slice(2), 16)) ?? entity;
    if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10)) ?? entity;
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** The text of one cue block, or null when the block is not a cue (header, note, style, region). */
function cueText(block: string): string | null {
  const lines = block.split('\n');
  if (NON_CUE_BLOCK.test(lines[0] ?? '')) return null;
  // The timing line comes first, or second after an optional cue identifier.
  const timing = lines.findIndex((line) => line.includes(TIMING_ARROW));
  if (timing < 0) return null;
  const text = lines
    .slice(timing + 1)
    .join(' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/**
 * The cue text of a WebVTT file in order, joined by single spaces. A cue repeating the one before it
 * (roll-up captions re-show a line) is kept once.
 */
export function captionCueText(vtt: string): string {
  const blocks = vtt
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/);
  const cues: string[] = [];
  for (const block of blocks) {
    const text = cueText(block.replace(/^\n+/, ''));
    if (text === null || text.length === 0 || text === cues[cues.length - 1]) continue;
    cues.push(text);
  }
  return cues.join(' ');
}

/** The English track (`en` or `en-*`), else the first by language tag; null when there are none. */
export function preferredCaptionTrack<T extends CaptionTrack>(tracks: readonly T[]): T | null {
  const ordered = [...tracks].sort((a, b) => a.language.localeCompare(b.language));
  const english = ordered.find((track) => /^en(?:-|$)/i.test(track.language));
  return english ?? ordered[0] ?? null;
}
