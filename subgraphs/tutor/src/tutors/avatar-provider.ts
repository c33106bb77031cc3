// Video avatars for tutors (D-ID, Synthesia or custom) sit behind one interface, so the tutor's answers
// stay the same whichever face (if any) speaks them. The platform ships only the local provider, which
// has no video: tutors answer in text. Hosted providers plug in here when someone configures one.
import type { AiTutor } from '../../../kit/src/db';

/** What a provider needs to know about the tutor it animates. */
export type AvatarTutor = Pick<AiTutor, 'id' | 'name' | 'avatarProvider' | 'avatarId' | 'voice'>;

export interface AvatarSession {
  /** Opaque to the platform; passed back to `speak` and `endSession`. */
  sessionToken: string;
  /** The provider that opened the session, e.g. `local`. */
  provider: string;
  expiresAt: Date;
}

export interface AvatarSpeech {
  /** Where the client plays the avatar speaking the text; null when the provider has no video. */
  videoUrl: string | null;
  /** How long the clip (or, without video, reading the text aloud) takes. */
  durationSeconds: number;
}

export interface VideoAvatarProvider {
  readonly name: string;
  /** True when `speak` can return video; clients fall back to text when it cannot. */
  readonly producesVideo: boolean;
  createSession(tutor: AvatarTutor): Promise<AvatarSession>;
  speak(sessionToken: string, text: string): Promise<AvatarSpeech>;
  endSession(sessionToken: string): Promise<void>;
}

/** A hosted provider was asked for but this deployment has no account with it. */
export class AvatarProviderNotConfiguredError extends Error {
  constructor(readonly provider: string) {
    super(`The ${provider} video avatar provider is not configured on this platform; tutors answer in text only.`);
    this.name = 'AvatarProviderNotConfiguredError';
  }
}

/** A local session lasts as long as a long tutoring conversation. */
const LOCAL_SESSION_MS = 2 * 3600 * 1000;
/** A calm speaking pace, for the time a text takes to read aloud. */
const WORDS_PER_MINUTE = 150;

/** Speaking time of `text` at a calm pace, in whole seconds (at least one for any words). */
export function speakingSeconds(text: string): number {
  const words = text.trim().split(/\s+/).filter((word) => word.length > 0).length;
  return words === 0 ? 0 : Math.max(1, Math.round((words / WORDS_PER_MINUTE) * 60));
}

/** No video and no network: sessions are bookkeeping so clients use one flow for every provider. */
export class LocalAvatarProvider implements VideoAvatarProvider {
  readonly name = 'local';
  readonly producesVideo = false;

  async createSession(tutor: AvatarTutor): Promise<AvatarSession> {
    return { sessionToken: `local:${tutor.id}:${Date.now().toString(36)}`, provider: this.name, expiresAt: new Date(Date.now() + LOCAL_SESSION_MS) };
  }

  async speak(_sessionToken: string, text: string): Promise<AvatarSpeech> {
    return { videoUrl: null, durationSeconds: speakingSeconds(text) };
  }

  async endSession(_sessionToken: string): Promise<void> {}
}
