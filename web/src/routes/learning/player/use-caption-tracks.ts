// Captions come from the graph as WebVTT text. They are added to the video as text tracks built from
// their cues (no file URL needed, so the app's content security policy, which allows media from its own
// origin only, never blocks them). The first language is shown by default.
import { useEffect, type RefObject } from 'react';
import { languageName } from '../shared/format';
import { parseVtt } from './vtt';

export interface CaptionSource {
  language: string;
  vtt: string;
}

export function useCaptionTracks(video: RefObject<HTMLVideoElement | null>, captions: CaptionSource[]): void {
  useEffect(() => {
    const element = video.current;
    if (!element || typeof VTTCue === 'undefined') return;
    // Tracks added this way cannot be removed; the player is keyed by lecture, so each lecture gets a
    // fresh video element and these run once per element.
    if (element.dataset.captionsAdded === 'true') return;
    element.dataset.captionsAdded = 'true';
    captions.forEach((caption, index) => {
      const track = element.addTextTrack('captions', languageName(caption.language), caption.language);
      for (const line of parseVtt(caption.vtt)) track.addCue(new VTTCue(line.startSeconds, line.endSeconds, line.text));
      track.mode = index === 0 ? 'showing' : 'hidden';
    });
  }, [video, captions]);
}
