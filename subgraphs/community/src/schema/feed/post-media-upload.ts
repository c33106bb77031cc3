// Uploading a picture for a post: returns the key createPost takes in `media`.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { POST_MEDIA_MAX_BYTES, uploadPostMedia } from '../../feed/posts';
import { decodeBase64Upload } from '../../../../kit/src/storage/base64-upload';
import { fileNameRule } from './rules';

interface PostMediaUpload {
  key: string;
  contentType: string;
  size: number;
}

export const PostMediaUploadType = builder.objectRef<PostMediaUpload>('PostMediaUpload').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Pass it to createPost(input: { media: [{ key }] }).' }),
    contentType: t.exposeString('contentType'),
    size: t.exposeInt('size'),
  }),
});

builder.mutationFields((t) => ({
  uploadPostMedia: t.field({
    type: PostMediaUploadType,
    description: 'A PNG, JPEG, GIF or WebP picture of at most 1 MB, as base64. Errors: BAD_USER_INPUT.',
    authScopes: { authenticated: true },
    args: {
      fileName: t.arg.string({ required: true }).validate(fileNameRule),
      contentType: t.arg.string({ required: true }),
      dataBase64: t.arg.string({ required: true }),
    },
    resolve: (_root, args, context) =>
      uploadPostMedia(context.prisma, context.storage, {
        userId: signedInUserId(context),
        contentType: args.contentType,
        bytes: decodeBase64Upload(args.dataBase64, { maxBytes: POST_MEDIA_MAX_BYTES, tooLarge: `The file is larger than ${Math.round(POST_MEDIA_MAX_BYTES / 1024)} KB. Upload a smaller picture.` }),
      }),
  }),
}));
