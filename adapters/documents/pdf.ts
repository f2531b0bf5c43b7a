import { getResolvedPDFJS } from 'unpdf';
import type { DocumentText } from '../../src/ports/documents.ts';
import { type PlacedText, pageText } from './pdf-lines.ts';
import { corrupt, empty, encrypted } from './problems.ts';
import { sniff } from './sniff.ts';

const PROTECTED_HOW = 'Save a copy without the password (or print it to PDF) and try again.';
/** Between pages, as pdftotext writes it, so the importer can drop running headers and page numbers. */
export const PAGE_BREAK = '\n\f';

/** Reads a PDF's text layer with pdf.js (through unpdf's dependency-free build). */
export async function readPdf(name: string, bytes: Uint8Array): Promise<DocumentText> {
  if (sniff(bytes) !== 'pdf') return { ok: false, ...corrupt(name, 'a PDF file, starting with "%PDF-"') };
  const pdfjs = await getResolvedPDFJS();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given, so it gets a copy and the caller keeps theirs.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    // Warnings would go to stdout, where `rectrack import --json` prints its result.
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  // Only pdf.js runs inside the try: whatever it throws on a malformed file means the file is bad,
  // while a mistake in the layout code below should surface as the bug it is.
  const pages: PlacedText[][] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.flatMap(placed));
      page.cleanup();
    }
  } catch (error) {
    if (errorName(error) === 'PasswordException') return { ok: false, ...encrypted(name, PROTECTED_HOW) };
    return { ok: false, ...corrupt(name, 'a complete PDF file that PDF readers can open') };
  } finally {
    await task.destroy();
  }
  const text = pages.map(pageText).join(PAGE_BREAK);
  if (text.replace(/\f/g, '').trim() === '') {
    const why = `${name} has no text layer, so it is probably a scanned image.`;
    return {
      ok: false,
      ...empty(why, 'Run it through OCR (most scanners and PDF editors can), or upload the original.'),
    };
  }
  return { ok: true, text };
}

function placed(item: object): PlacedText[] {
  if (!('str' in item) || typeof item.str !== 'string' || !('transform' in item)) return [];
  const matrix = Array.isArray(item.transform) ? item.transform.map(Number) : [];
  const [, , c = 0, d = 0, x = 0, y = 0] = matrix;
  const height = 'height' in item && typeof item.height === 'number' ? item.height : 0;
  const width = 'width' in item && typeof item.width === 'number' ? item.width : 0;
  return [{ text: item.str, x, y, width, size: height || Math.hypot(c, d) || 10 }];
}

function errorName(error: unknown): string {
  return error instanceof Error
    ? error.name
    : typeof error === 'object' && error && 'name' in error
      ? String(error.name)
      : '';
}
