// Step 4: the documents of the application. Files are read in the browser and sent as base64; each is
// uploaded and removed at once (no "Save draft" needed for them).
import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import type { ApplicationDocumentKind } from '../../../../gql/graphql';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { messageOf } from '../../../../ui/error-message';
import { SelectField } from '../../../../ui/SelectField';
import { fieldProblemsOf } from '../../shared/field-errors';
import { formatDateTime } from '../../shared/format';

export const DocumentsStepFragment = graphql(`
  fragment DocumentsStep_Application on Application {
    id
    documents {
      id
      kind
      fileName
      contentType
      sizeBytes
      uploadedAt
      url
    }
  }
`);

const UploadDocumentMutation = graphql(`
  mutation UploadApplicationDocument($applicationId: ID!, $kind: ApplicationDocumentKind!, $fileName: String!, $contentType: String!, $dataBase64: String!) {
    uploadApplicationDocument(applicationId: $applicationId, kind: $kind, fileName: $fileName, contentType: $contentType, dataBase64: $dataBase64) {
      id
    }
  }
`);

const RemoveDocumentMutation = graphql(`
  mutation RemoveApplicationDocument($documentId: ID!) {
    removeApplicationDocument(documentId: $documentId) {
      id
      ...DocumentsStep_Application
      missingForSubmission {
        field
        message
      }
    }
  }
`);

export const DOCUMENT_KIND_LABELS: Record<ApplicationDocumentKind, string> = {
  identity: 'Identity document (passport or national ID)',
  transcript: 'Transcript of your most recent studies',
  recommendation: 'Letter of recommendation',
  other: 'Other',
};
const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
const MAX_BYTES = 2.5 * 1024 * 1024;

const formatSize = (bytes: number): string => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('The file could not be read. Choose it again.'));
    reader.readAsDataURL(file);
  });
}

interface Props {
  application: FragmentType<typeof DocumentsStepFragment>;
  /** A document of this kind is now uploaded. */
  onUploaded(kind: ApplicationDocumentKind): void;
}

export function DocumentsStep(props: Props) {
  const application = getFragmentData(DocumentsStepFragment, props.application);
  const [kind, setKind] = useState<ApplicationDocumentKind>('identity');
  const [fileError, setFileError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [upload, uploading] = useMutation(UploadDocumentMutation, { refetchQueries: ['ApplicationPage'], awaitRefetchQueries: true });
  const [remove, removing] = useMutation(RemoveDocumentMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFileError(null);
    setNotice(null);
    const file = fileInput.current?.files?.[0];
    if (!file) return setFileError('Choose a file to upload.');
    if (!ACCEPTED_TYPES.includes(file.type)) return setFileError('Choose a PDF, PNG or JPEG file.');
    if (file.size > MAX_BYTES) return setFileError('The file is larger than 2.5 MB. Upload a smaller scan or compress the PDF.');
    try {
      const dataBase64 = await readAsBase64(file);
      await upload({ variables: { applicationId: application.id, kind, fileName: file.name, contentType: file.type, dataBase64 } });
      if (fileInput.current) fileInput.current.value = '';
      setNotice(`Uploaded ${file.name}.`);
      props.onUploaded(kind);
    } catch (error) {
      setFileError(fieldProblemsOf(error)[0]?.message ?? messageOf(error));
    }
  };

  const removeDocument = async (documentId: string, fileName: string) => {
    setRemoveError(null);
    setNotice(null);
    try {
      await remove({ variables: { documentId } });
      setNotice(`Removed ${fileName}.`);
    } catch (error) {
      setRemoveError(messageOf(error));
    }
  };

  const errorId = fileError ? `${fileId}-error` : undefined;
  return (
    <>
      <p>An identity document and a transcript are needed to submit. Upload PDF, PNG or JPEG files of at most 2.5 MB.</p>
      <h3>Your documents</h3>
      {application.documents.length === 0 ? (
        <p className="muted">No documents uploaded yet.</p>
      ) : (
        <ul className="admissions-list" aria-label="Uploaded documents">
          {application.documents.map((document) => (
            <li key={document.id}>
              <a href={document.url} target="_blank" rel="noreferrer">
                {document.fileName}
              </a>{' '}
              <span className="badge">{DOCUMENT_KIND_LABELS[document.kind]}</span>
              <br />
              <span className="muted">
                {formatSize(document.sizeBytes)} · uploaded {formatDateTime(document.uploadedAt)}
              </span>
              <div className="actions">
                <Button variant="secondary" busy={removing.loading} onClick={() => void removeDocument(document.id, document.fileName)} aria-label={`Remove ${document.fileName}`}>
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {removeError && <Alert>{removeError}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
      <form className="admissions-fieldset" onSubmit={(event) => void submit(event)} noValidate>
        <h3>Upload a document</h3>
        <SelectField label="Kind of document" value={kind} onChange={(event) => setKind(event.target.value as ApplicationDocumentKind)}>
          {(Object.keys(DOCUMENT_KIND_LABELS) as ApplicationDocumentKind[]).map((value) => (
            <option key={value} value={value}>
              {DOCUMENT_KIND_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label htmlFor={fileId}>File</label>
          <p id={`${fileId}-hint`} className="field__hint">
            PDF, PNG or JPEG, at most 2.5 MB.
          </p>
          <input
            ref={fileInput}
            id={fileId}
            className="admissions-file"
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[`${fileId}-hint`, errorId].filter(Boolean).join(' ')}
            onChange={() => setFileError(null)}
          />
          {fileError && (
            <p id={errorId} className="field__error" role="alert">
              {fileError}
            </p>
          )}
        </div>
        <Button type="submit" busy={uploading.loading}>
          Upload
        </Button>
      </form>
    </>
  );
}
