// Video avatars: the local provider is text-only and says so; hosted providers the platform has no
// account with refuse clearly instead of reaching the internet.
import { AvatarProviderNotConfiguredError, LocalAvatarProvider, speakingSeconds } from '../src/tutors/avatar-provider';
import { avatarProviderFor, UnconfiguredAvatarProvider } from '../src/tutors/hosted-avatar-providers';

const tutor = { id: '5b0b7d1e-8a36-4d0e-9d39-0c7b8e0f4a11', name: 'Ada Ferris', avatarProvider: 'none' as const, avatarId: null, voice: null };

test('the local provider opens a session that expires in the future and produces no video', async () => {
  const provider = new LocalAvatarProvider();
  const before = Date.now();
  const session = await provider.createSession(tutor);
  expect(session.provider).toBe('local');
  expect(session.sessionToken).toContain(tutor.id);
  expect(session.expiresAt.getTime()).toBeGreaterThan(before);
  expect(provider.producesVideo).toBe(false);
  const speech = await provider.speak(session.sessionToken, 'Which colour of light does chlorophyll reflect, do you think?');
  expect(speech).toEqual({ videoUrl: null, durationSeconds: speakingSeconds('Which colour of light does chlorophyll reflect, do you think?') });
  await expect(provider.endSession(session.sessionToken)).resolves.toBeUndefined();
});

test('speaking time grows with the words at a calm pace', () => {
  expect(speakingSeconds('')).toBe(0);
  expect(speakingSeconds('Hello')).toBe(1);
  expect(speakingSeconds(Array.from({ length: 150 }, () => 'word').join(' '))).toBe(60);
});

test('a tutor without an avatar is spoken by the local provider', () => {
  expect(avatarProviderFor(tutor, new LocalAvatarProvider()).name).toBe('local');
});

test('a tutor naming an unconfigured hosted provider gets one that refuses every call with a clear error', async () => {
  const provider = avatarProviderFor({ avatarProvider: 'did' }, new LocalAvatarProvider());
  expect(provider).toBeInstanceOf(UnconfiguredAvatarProvider);
  expect(provider.name).toBe('did');
  await expect(provider.createSession({ ...tutor, avatarProvider: 'did', avatarId: 'amy' })).rejects.toThrow(AvatarProviderNotConfiguredError);
  await expect(provider.speak('token', 'Hello')).rejects.toThrow('The did video avatar provider is not configured on this platform; tutors answer in text only.');
  await expect(provider.endSession('token')).rejects.toThrow(AvatarProviderNotConfiguredError);
});
