// Documents on an application: uploaded by the applicant while a draft, read (with an hour-long signed
// download link) by the applicant and the program's staff through the Application entity.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { signFileUrl } from '../../../../kit/src/storage';
import { builder } from '../../builder';
import { DOCUMENT_URL_TTL_SECONDS } from '../../documents/document-rules';
import { removeApplicationDocument } from '../../documents/remove-document';
import { uploadApplicationDocument } from '../../documents/upload-document';
import { ApplicationType } from '../applications/application';
import { ownApplication } from '../applications/viewer-access';
import { ApplicationDocumentKindEnum } from './enums';

builder.prismaObject('ApplicationDocument', {
  description: 'A file attached to an application: a PDF, PNG or JPEG of at most 2.5 MB.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ApplicationDocumentKindEnum, resolve: (document) => document.kind }),
    fileName: t.exposeString('fileName'),
    contentType: t.exposeString('contentType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
    url: t.string({ description: 'A signed download link valid for an hour.', resolve: (document, _args, context) => signFileUrl(context.fileSigningSecret, document.fileKey, DOCUMENT_URL_TTL_SECONDS) }),
  }),
});

builder.prismaObjectFields(ApplicationType, (t) => ({
  documents: t.relation('documents', {
    description: 'At most 20, oldest first.',
    query: { orderBy: [{ uploadedAt: 'asc' as const }, { id: 'asc' as const }] },
  }),
}));

builder.mutationFields((t) => ({
  uploadApplicationDocument: t.prismaField({
    type: 'ApplicationDocument',
    description:
      'Adds a document to your draft (base64 bytes). Errors: NOT_FOUND; CONFLICT (not a draft, 20 documents already); BAD_USER_INPUT (fileName, contentType, dataBase64, file: wrong type, empty, over 2.5 MB or not what it claims).',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }),
      kind: t.arg({ type: ApplicationDocumentKindEnum, required: true }),
      fileName: t.arg.string({ required: true, description: '1–200 characters.' }),
      contentType: t.arg.string({ required: true, description: 'application/pdf, image/png or image/jpeg.' }),
      dataBase64: t.arg.string({ required: true, description: 'The file, standard base64; at most 2.5 MB decoded.' }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await ownApplication(context, args.applicationId);
      const document = await uploadApplicationDocument(context.prisma, context.storage, {
        applicationId: application.id,
        applicantId: signedInUserId(context),
        kind: args.kind,
        fileName: args.fileName,
        contentType: args.contentType,
        dataBase64: args.dataBase64,
      });
      return context.prisma.applicationDocument.findUniqueOrThrow({ ...query, where: { id: document.id } });
    },
  }),
  removeApplicationDocument: t.prismaField({
    type: 'Application',
    description: 'Removes a document from your draft and returns the application. Errors: NOT_FOUND; CONFLICT (not a draft).',
    authScopes: { authenticated: true },
    args: { documentId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const application = await removeApplicationDocument(context.prisma, context.storage, { documentId: args.documentId, applicantId: signedInUserId(context) });
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
}));
