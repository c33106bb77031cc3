// WebVTT caption text turned into timed lines for the interactive transcript. Only what a transcript
// needs: cue timings and text (voice and styling tags dropped); NOTE, STYLE and REGION blocks skipped.

export interface TranscriptLine {
  startSeconds: number;
  endSeconds: number;
  text: string;
}

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}\.\d{3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}\.\d{3})/;

/** "01:02.500" or "1:01:02.500" in seconds. */
export function secondsOfTimestamp(stamp: string): number {
  const parts = stamp.split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

export function parseVtt(vtt: string): TranscriptLine[] {
  const blocks = vtt.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const lines: TranscriptLine[] = [];
  for (const block of blocks) {
    const rows = block.split('\n');
    const timingIndex = rows.findIndex((row) => TIMING.test(row));
    if (timingIndex < 0) continue;
    const match = TIMING.exec(rows[timingIndex]!)!;
    const text = rows
      .slice(timingIndex + 1)
      .join(' ')
      .replace(/<[^>]*>/g, '')
      .trim();
    if (text) lines.push({ startSeconds: secondsOfTimestamp(match[1]!), endSeconds: secondsOfTimestamp(match[2]!), text });
  }
  return lines.sort((a, b) => a.startSeconds - b.startSeconds);
}

/** The index of the line being spoken at `seconds`: the last one started, or -1 before the first. */
export function currentLineIndex(lines: TranscriptLine[], seconds: number): number {
  let found = -1;
  for (const [index, line] of lines.entries()) {
    if (line.startSeconds <= seconds) found = index;
    else break;
  }
  return found;
}
