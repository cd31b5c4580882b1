// Text of a Word document for review, read offline with mammoth.
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';

const MAX_DOCX_BYTES = 64 * 1024 * 1024;

export async function extractDocxText(path: string): Promise<{ text?: string; error?: string }> {
  try {
    const buffer = await readFile(path);
    if (buffer.length > MAX_DOCX_BYTES) return { error: 'the document is larger than 64 MB' };
    const result = await mammoth.extractRawText({ buffer });
    return { text: result.value };
  } catch (e) {
    return { error: `not a readable Word document (${(e as Error).message})` };
  }
}
