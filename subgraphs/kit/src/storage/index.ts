// Public API of the kit's file storage: byte stores, signed download links and upload checks.
export type { Storage, StoredObject } from './storage';
export { createLocalDiskStorage } from './local-disk-storage';
export { createS3Storage, type S3StorageOptions } from './s3-storage';
export { signFileUrl, verifyFileUrl } from './signed-url';
export { checkUpload, type UploadRules, type UploadToCheck } from './check-upload';
export { sniffContentType } from './content-sniffing';
export { assertValidKey } from './object-key';
export { recordStoredFile, forgetStoredFile, ownedStoredFiles, type StoredFileRecord } from './stored-files';
export { decodeBase64Upload, type Base64UploadLimit } from './base64-upload';
