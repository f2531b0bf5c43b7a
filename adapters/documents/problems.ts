import type { DocumentProblem } from '../../src/ports/documents.ts';

/** The sentences a user sees when a file can't be read: each says what was expected instead. */
export const SUPPORTED = '.txt, .md, .docx or .pdf';

// Word processors that can open these can save them as .docx, which is the shortest way through.
const SAVE_AS_DOCX = new Set(['.doc', '.rtf', '.odt', '.pages', '.wpd']);

export function unsupported(name: string, message?: string): DocumentProblem {
  const extension = extensionOf(name);
  const kind = extension ? `${extension} files` : `${name} has no extension, so it`;
  const hint = SAVE_AS_DOCX.has(extension) ? ' Open it in your word processor and save it as .docx.' : '';
  return {
    code: 'document.unsupported',
    message: message ?? `${kind} can't be imported; use a ${SUPPORTED} file.${hint}`,
  };
}

/** `why` is a sentence about this file; the expectation is added unless a better next step is given. */
export function empty(
  why: string,
  next = "Expected a document with the report's text in it.",
): DocumentProblem {
  return { code: 'document.empty', message: `${why} ${next}` };
}

export function encrypted(name: string, how: string): DocumentProblem {
  return {
    code: 'document.encrypted',
    message: `${name} is password-protected, so its text can't be read. ${how}`,
  };
}

export function corrupt(name: string, expected: string): DocumentProblem {
  return {
    code: 'document.corrupt',
    message: `${name} looks damaged or isn't what its name says: expected ${expected}. Try saving or exporting it again.`,
  };
}

/** A file whose bytes say it is another supported format than its name says. */
export function misnamed(name: string, actual: string, extension: string): DocumentProblem {
  return {
    code: 'document.corrupt',
    message: `${name} is ${actual}, not what its name says: expected ${extensionOf(name)}. Rename it to ${extension} and try again.`,
  };
}

export function tooLarge(name: string, size: number, limit: number): DocumentProblem {
  return {
    code: 'document.too_large',
    message: `${name} is ${megabytes(size)}; files up to ${megabytes(limit)} can be imported. Split the document or remove images.`,
  };
}

export function extensionOf(name: string): string {
  const match = /(\.[^./\\]+)$/.exec(name);
  return match?.[1] ? match[1].toLowerCase() : '';
}

function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
