// The lecture's transcript as timed lines: the line being spoken is highlighted (and kept in view) and
// any line can be pressed to jump the video there.
import { useEffect, useRef } from 'react';
import { formatClock } from '../shared/format';
import type { TranscriptLine } from './vtt';

interface TranscriptProps {
  lines: TranscriptLine[];
  currentIndex: number;
  onSeek(seconds: number): void;
}

export function Transcript({ lines, currentIndex, onSeek }: TranscriptProps) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const current = list.current?.querySelector<HTMLElement>('[aria-current="true"]');
    const container = list.current;
    if (!current || !container) return;
    // Scroll the list only (never the page), so reading along does not move what the student looks at.
    const top = current.offsetTop - container.offsetTop;
    if (top < container.scrollTop || top > container.scrollTop + container.clientHeight - current.offsetHeight) container.scrollTop = top - container.clientHeight / 3;
  }, [currentIndex]);

  return (
    <ol ref={list} className="learning-transcript" aria-label="Transcript lines">
      {lines.map((line, index) => (
        <li key={`${line.startSeconds}-${index}`}>
          <button type="button" aria-current={index === currentIndex ? 'true' : undefined} onClick={() => onSeek(line.startSeconds)}>
            <time>{formatClock(line.startSeconds)}</time>
            <span>{line.text}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
