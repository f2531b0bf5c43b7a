/*
 * Recognising a document imported before. The hash is of the text with its layout taken out, so the
 * same document pasted from a PDF viewer or uploaded as a file is still the same document. FNV-1a is
 * written out here because the core may not import node:crypto; it only has to tell documents apart
 * within one workspace, not resist anyone forging a collision.
 */

const encoder = new TextEncoder();

/** Text as compared for "the same document": typographic variants folded, whitespace collapsed. */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201F]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2022\u25CF\u25AA\u2023\u2043]/g, '•')
    .replace(/[\s\u00A0\u200B\uFEFF]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** FNV-1a, 64 bits, as 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
  // The 64-bit state as two 32-bit halves, since numbers are doubles and BigInt is slow per byte.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(text)) {
    lo ^= byte;
    // Multiply by the FNV prime 2^40 + 0x1b3: h * 0x1b3 + (h << 40), modulo 2^64.
    const low16 = (lo & 0xffff) * 0x1b3;
    const high16 = (lo >>> 16) * 0x1b3 + (low16 >>> 16);
    const nextLo = (((high16 & 0xffff) << 16) | (low16 & 0xffff)) >>> 0;
    hi = (Math.imul(hi, 0x1b3) + (high16 >>> 16) + (lo << 8)) >>> 0;
    lo = nextLo;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

export function sourceHash(text: string): string {
  return fnv1a64(normaliseForHash(text));
}
