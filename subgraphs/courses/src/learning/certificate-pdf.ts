// The printable certificate: one landscape A4 page with the holder's name, the course, the date, the
// final grade and the verification code.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export interface CertificateContent {
  recipientName: string;
  courseTitle: string;
  issuedAt: Date;
  finalGrade: number;
  code: string;
}

const PAGE_WIDTH = 841.89;
const PAGE_HEIGHT = 595.28;
const MARGIN = 60;
const INK = rgb(0.12, 0.14, 0.2);
const ACCENT = rgb(0.55, 0.38, 0.1);

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatCertificateDate(date: Date): string {
  return dateFormat.format(date);
}

/**
 * The standard fonts only cover Windows-1252; characters outside it (other scripts, emoji) would make
 * pdf-lib throw, so they print as "?". The stored recipient name keeps the exact text.
 */
function printable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/\s+/g, ' ').trim()].map((character) => (supported.has(character.codePointAt(0) ?? -1) ? character : '?')).join('');
}

/** Draws a centred line, shrinking the font until it fits between the margins. */
function centred(page: PDFPage, font: PDFFont, text: string, y: number, size: number, color = INK): void {
  const line = printable(font, text);
  const room = PAGE_WIDTH - 2 * MARGIN;
  let fitted = size;
  while (fitted > 8 && font.widthOfTextAtSize(line, fitted) > room) fitted -= 1;
  const width = font.widthOfTextAtSize(line, fitted);
  page.drawText(line, { x: (PAGE_WIDTH - Math.min(width, room)) / 2, y, size: fitted, font, color, maxWidth: room });
}

export async function renderCertificatePdf(content: CertificateContent): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setTitle(`Certificate ${content.code}`);
  document.setSubject(`${content.courseTitle}: certificate of completion`);
  document.setAuthor('ScrollForge');
  document.setCreator('ScrollForge');
  document.setProducer('ScrollForge');
  document.setCreationDate(content.issuedAt);
  document.setModificationDate(content.issuedAt);
  const [serif, serifBold, sans] = await Promise.all([
    document.embedFont(StandardFonts.TimesRoman),
    document.embedFont(StandardFonts.TimesRomanBold),
    document.embedFont(StandardFonts.Helvetica),
  ]);
  const page = document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  page.drawRectangle({ x: 24, y: 24, width: PAGE_WIDTH - 48, height: PAGE_HEIGHT - 48, borderColor: ACCENT, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: PAGE_WIDTH - 64, height: PAGE_HEIGHT - 64, borderColor: ACCENT, borderWidth: 0.75 });

  centred(page, sans, 'SCROLLFORGE', 500, 14, ACCENT);
  centred(page, serifBold, 'Certificate of Completion', 450, 38);
  centred(page, serif, 'This certifies that', 395, 16);
  centred(page, serifBold, content.recipientName, 345, 34);
  centred(page, serif, 'has completed the course', 300, 16);
  centred(page, serifBold, content.courseTitle, 258, 24);
  centred(page, serif, `on ${formatCertificateDate(content.issuedAt)} with a final grade of ${content.finalGrade.toFixed(1)}%`, 215, 16);
  centred(page, sans, `Verification code: ${content.code}`, 110, 12);
  centred(page, sans, 'Anyone can check this certificate with its code on ScrollForge (verifyCertificate).', 90, 9, rgb(0.4, 0.4, 0.45));

  return document.save();
}
