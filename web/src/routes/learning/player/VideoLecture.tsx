// The video of a lecture with its captions and interactive transcript. Playback resumes at the saved
// position; progress is saved as it plays, on pause and at the end.
import { useMemo, useRef, useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { messageOf } from '../../../ui/error-message';
import { formatClock } from '../shared/format';
import { Transcript } from './Transcript';
import type { LectureProgressSaver } from './use-lecture-progress';
import { useCaptionTracks, type CaptionSource } from './use-caption-tracks';
import { currentLineIndex, parseVtt } from './vtt';

interface VideoLectureProps {
  title: string;
  videoUrl: string;
  captions: CaptionSource[];
  transcript: string;
  resumeAtSeconds: number;
  progress: LectureProgressSaver;
}

export function VideoLecture({ title, videoUrl, captions, transcript, resumeAtSeconds, progress }: VideoLectureProps) {
  const video = useRef<HTMLVideoElement>(null);
  const resumed = useRef(false);
  const [seconds, setSeconds] = useState(resumeAtSeconds);
  const [playError, setPlayError] = useState<string | null>(null);
  useCaptionTracks(video, captions);
  const lines = useMemo(() => (captions[0] ? parseVtt(captions[0].vtt) : []), [captions]);
  const currentIndex = currentLineIndex(lines, seconds);

  const seek = (to: number) => {
    const element = video.current;
    if (!element) return;
    element.currentTime = to;
    setSeconds(to);
  };

  return (
    <>
      <video
        ref={video}
        className="learning-video"
        src={videoUrl}
        controls
        preload="metadata"
        aria-label={`Video: ${title}`}
        onLoadedMetadata={(event) => {
          if (resumed.current) return;
          resumed.current = true;
          if (resumeAtSeconds > 0) event.currentTarget.currentTime = resumeAtSeconds;
        }}
        onTimeUpdate={(event) => {
          const element = event.currentTarget;
          setSeconds(element.currentTime);
          if (!element.paused && !element.seeking) progress.saveIfDue(element.currentTime);
        }}
        onPause={(event) => {
          if (!event.currentTarget.ended) void progress.save(event.currentTarget.currentTime);
        }}
        onEnded={(event) => void progress.save(event.currentTarget.duration || event.currentTarget.currentTime, true)}
        onError={() => setPlayError('The video could not be played. Check your connection, or read the transcript below.')}
      />
      {playError ? <Alert>{playError}</Alert> : null}
      <p className="muted" aria-live="polite">
        {progress.saving ? 'Saving your place…' : progress.lastSavedSeconds !== null ? `Your place is saved at ${formatClock(progress.lastSavedSeconds)}.` : resumeAtSeconds > 0 ? `Resuming at ${formatClock(resumeAtSeconds)}.` : ''}
      </p>
      {progress.error ? <Alert>{messageOf(progress.error)}</Alert> : null}
      <section aria-labelledby="lecture-transcript">
        <h2 id="lecture-transcript">Transcript</h2>
        {lines.length > 0 ? (
          <>
            <p className="muted">Press a line to jump to it.</p>
            <Transcript lines={lines} currentIndex={currentIndex} onSeek={seek} />
          </>
        ) : transcript ? (
          <div className="learning-markdown">
            {transcript.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        ) : (
          <p className="muted">This lecture has no transcript.</p>
        )}
      </section>
    </>
  );
}
