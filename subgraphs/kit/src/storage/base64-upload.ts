// Uploads arrive as base64 inside GraphQL bodies; every domain decodes them the same strict way.
import { badInput } from '../errors';

// Standard alphabet with padding; Buffer.from would silently skip anything else.
const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;

export interface Base64UploadLimit {
  /** Largest decoded size accepted. */
  maxBytes: number;
  /** What to tell the person when the file is larger, e.g. "The file is larger than 1 MB. Attach a smaller file." */
  tooLarge: string;
}

/** Decodes standard base64 (a data: URL prefix is tolerated); throws BAD_USER_INPUT for anything else. */
export function decodeBase64Upload(dataBase64: string, limit: Base64UploadLimit): Buffer {
  const payload = dataBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  // Base64 inflates by 4/3; refusing longer strings before decoding keeps a hostile payload cheap.
  if (payload.length > Math.ceil(limit.maxBytes / 3) * 4 + 4) throw badInput(limit.tooLarge, 'dataBase64');
  if (payload.length % 4 !== 0 || !BASE64_PATTERN.test(payload)) {
    throw badInput('dataBase64 is not valid base64. Send the file bytes encoded as standard base64.', 'dataBase64');
  }
  return Buffer.from(payload, 'base64');
}
