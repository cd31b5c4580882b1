// Word and PDF drafts: their text is extracted locally (mammoth, unpdf; no network) and laid out so that
// a report line means something a reader can find: one line per Word paragraph, one line per PDF page.
import { InputError } from './input';

export interface ExtractedOffice {
  /** One line per paragraph (docx) or per page (pdf). */
  text: string;
  note: string;
}

/** Word: paragraph N of the document is line N of the report. */
export async function extractDocx(bytes: Buffer): Promise<ExtractedOffice> {
  const mammoth = await import('mammoth');
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: bytes }));
  } catch (e) {
    throw corrupt('Word document', e);
  }
  // mammoth ends every paragraph with a blank line; a line break inside a paragraph stays one line.
  const paragraphs = value.replace(/\r\n?/g, '\n').split('\n\n');
  if (paragraphs.length && paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
  return {
    text: paragraphs.map((p) => p.replace(/\n/g, ' ')).join('\n'),
    note: 'Word document: line numbers are paragraph numbers',
  };
}

/** PDF: page N is line N of the report; every finding on it is reported at column 1. */
export async function extractPdf(bytes: Buffer): Promise<ExtractedOffice> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    // Drafts can come from anyone: never evaluate code compiled from a PDF's fonts, and load no fonts.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
    });
    ({ text: pages } = await extractText(pdf, { mergePages: false }));
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException')
      throw new InputError('skipped: the PDF is password-protected; Caveat cannot read it without the password');
    throw corrupt('PDF', e);
  }
  if (!pages.some((p) => p.trim())) throw new InputError('skipped: the PDF has no text layer (a scanned image?); nothing could be read');
  return {
    text: pages.map((p) => p.replace(/\s*\n\s*/g, ' ')).join('\n'),
    note: 'PDF: line numbers are page numbers, and findings are reported at column 1 of their page',
  };
}

function corrupt(what: string, e: unknown): InputError {
  // Library messages can end with a pointer to the library's own documentation: not useful here.
  const detail = ((e as Error).message ?? String(e))
    .split('\n')[0]
    .replace(/[\s:]*(If it is, )?see https?:\/\/\S+/g, '')
    .replace(/\s*:\s*is this a zip file \?/, '; not a zip file')
    .slice(0, 160);
  return new InputError(`skipped: not a readable ${what} (${detail})`);
}
