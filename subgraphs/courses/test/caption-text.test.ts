// Reading a lecture's words out of its WebVTT captions, for lectures that have no typed transcript.
import { captionCueText, preferredCaptionTrack } from '../src/authoring/caption-text';

const CAPTIONS = [
  '\uFEFFWEBVTT - Lecture 3',
  'Kind: captions',
  '',
  'NOTE exported by the recording studio',
  'and reviewed by hand',
  '',
  'STYLE',
  '::cue { color: yellow }',
  '',
  'intro-1',
  '00:00:01.000 --> 00:00:04.000 align:start position:10%',
  '<v Dr. Mensah>Grace is <i>unearned</i> favour,</v>',
  'not a wage.',
  '',
  '00:00:04.000 --> 00:00:06.500',
  'Paul &amp; James agree &lt;here&gt;.',
  '',
  '00:00:06.500 --> 00:00:08.000',
  'Paul &amp; James agree &lt;here&gt;.',
  '',
  '00:08.000 --> 00:10.000',
  'Faith <00:00:08.500>works <c.loud>through</c> love.',
].join('\r\n');

test('keeps only the spoken words of the cues, in order, without headers, notes, styles, timings or markup', () => {
  expect(captionCueText(CAPTIONS)).toBe('Grace is unearned favour, not a wage. Paul & James agree <here>. Faith works through love.');
});

test('a caption file without cues reads as empty text', () => {
  expect(captionCueText('WEBVTT\n\nNOTE nothing was said\n')).toBe('');
});

test('prefers the English track, then the first by language tag', () => {
  const track = (language: string) => ({ language, vtt: `WEBVTT\n\n00:01.000 --> 00:02.000\n${language}\n` });
  expect(preferredCaptionTrack([track('pt-BR'), track('en-GB'), track('de')])?.language).toBe('en-GB');
  expect(preferredCaptionTrack([track('pt-BR'), track('de')])?.language).toBe('de');
  expect(preferredCaptionTrack([])).toBeNull();
});
