// Where uploaded bytes live. Metadata (owner, purpose) is recorded separately in platform.stored_file.

export interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

export interface Storage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** null when nothing is stored under `key`. */
  get(key: string): Promise<StoredObject | null>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}
