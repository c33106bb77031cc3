// How the platform sends mail (verification codes, password resets, notices).

/** A file sent with a message, such as a calendar invite. */
export interface MailAttachment {
  filename: string;
  /** e.g. "text/calendar; method=REQUEST; charset=utf-8". */
  contentType: string;
  /** The file's text. */
  content: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** @default none */
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
