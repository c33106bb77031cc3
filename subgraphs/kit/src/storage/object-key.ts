// Object keys end up in file paths and URLs, so only a conservative shape is accepted: slash-separated
// segments of letters, digits, `.`, `_` and `-`, none starting with a dot (no `..`, no hidden files).

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;

export function assertValidKey(key: string): void {
  const segments = key.split('/');
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !segments.every((segment) => SEGMENT.test(segment))) {
    throw new Error(
      `Invalid storage key "${key.slice(0, 80)}": use 1-${MAX_KEY_LENGTH} characters of letters, digits, ".", "_", "-" in "/"-separated parts that do not start with ".".`,
    );
  }
}
