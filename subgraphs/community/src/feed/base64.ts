// Uploads arrive as base64 inside GraphQL; anything that is not strict base64 is refused, not skipped.
import { badInput } from '../../../kit/src/errors';

const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes standard base64 (a data: URL prefix is tolerated); throws BAD_USER_INPUT otherwise. */
export function decodeBase64(dataBase64: string, maxBytes: number): Buffer {
  const payload = dataBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  // Base64 inflates by 4/3; refusing longer strings before decoding keeps a hostile payload cheap.
  if (payload.length > Math.ceil(maxBytes / 3) * 4 + 4) {
    throw badInput(`The file is larger than ${Math.round(maxBytes / 1024)} KB. Upload a smaller picture.`, 'dataBase64');
  }
  if (payload.length % 4 !== 0 || !BASE64_PATTERN.test(payload)) {
    throw badInput('dataBase64 is not valid base64. Send the file bytes encoded as standard base64.', 'dataBase64');
  }
  return Buffer.from(payload, 'base64');
}
