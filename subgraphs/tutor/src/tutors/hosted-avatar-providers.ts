// The hosted video-avatar services a tutor may name (AITutor.avatar.provider): D-ID, Synthesia or a
// school's own. The platform holds no account with any of them, so each one here is the documented shape
// of the integration and refuses every call with AvatarProviderNotConfiguredError; nothing reaches the
// internet. Wiring one in means implementing these three calls against its API:
//   - D-ID (Talks streams): createSession → POST /talks/streams with the avatar's source image
//     (`avatarId`) → stream id + session id; speak → POST /talks/streams/{id} with the text and `voice`
//     (a Microsoft/ElevenLabs voice id) → the clip's URL; endSession → DELETE /talks/streams/{id}.
//   - Synthesia: createSession is bookkeeping; speak → POST /v2/videos with `avatar` = `avatarId`, the
//     script and `voice` → poll the video until complete → its download URL; endSession does nothing.
//   - custom: the same three calls against a school's own renderer at a configured base URL.
import type { TutorAvatarProvider } from '../../../kit/src/db';
import {
  AvatarProviderNotConfiguredError,
  LocalAvatarProvider,
  type AvatarSession,
  type AvatarSpeech,
  type AvatarTutor,
  type VideoAvatarProvider,
} from './avatar-provider';

/** A hosted provider that this deployment has not configured: every call says so. */
export class UnconfiguredAvatarProvider implements VideoAvatarProvider {
  readonly producesVideo = true;

  constructor(readonly name: Exclude<TutorAvatarProvider, 'none'>) {}

  async createSession(_tutor: AvatarTutor): Promise<AvatarSession> {
    throw new AvatarProviderNotConfiguredError(this.name);
  }

  async speak(_sessionToken: string, _text: string): Promise<AvatarSpeech> {
    throw new AvatarProviderNotConfiguredError(this.name);
  }

  async endSession(_sessionToken: string): Promise<void> {
    throw new AvatarProviderNotConfiguredError(this.name);
  }
}

/**
 * The provider that animates `tutor`: the local (text-only) one for tutors without an avatar, the
 * configured provider when the tutor names it, and otherwise one that explains it is not configured.
 */
export function avatarProviderFor(tutor: Pick<AvatarTutor, 'avatarProvider'>, configured: VideoAvatarProvider): VideoAvatarProvider {
  if (tutor.avatarProvider === 'none') return configured instanceof LocalAvatarProvider ? configured : new LocalAvatarProvider();
  if (configured.name === tutor.avatarProvider) return configured;
  return new UnconfiguredAvatarProvider(tutor.avatarProvider);
}
