// Small text predicates shared by the extraction steps. Every regex here is linear: no nested quantifiers
// over overlapping classes, so a megabyte of garbage costs a megabyte of scanning.

/** Ends like a sentence or a clause that introduces what follows (a colon before bullets). */
export function endsSentence(text: string): boolean {
  return /[.!?;:]["'”’)\]]*$/.test(text);
}

/** "Should the force publish its times?": a question, which directs no one and is no part of an item. */
/** "4. What we should do now", "Work programme": a line short enough to title what follows, ending no sentence. */
export function shortTitle(text: string): boolean {
  return wordCount(text) <= 8 && !endsSentence(text);
}

export function isQuestion(text: string): boolean {
  return /\?["'”’)]?$/.test(text);
}

/** The number a list entry or numbered title opens with ("2.", "(3)", "4)"), or null. */
export function listNumber(text: string): number | null {
  const digits = /^\(?(\d{1,3})[.)]/.exec(text)?.[1];
  return digits === undefined ? null : Number(digits);
}

export function startsLower(text: string): boolean {
  return /^[a-z]/.test(text);
}

export function wordCount(text: string): number {
  // Counted without splitting: it runs on every line many times over, and a split allocates per word.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Collapses runs of whitespace into one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lowercase word tokens, with typographic apostrophes folded so "Chiefs’" and "Chiefs'" compare equal. */
export function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z0-9]+)*/g) ?? []
  );
}

/** Runs of three tokens: a copy shares nearly all of them, a reply naming the same bodies shares few. */
export function trigrams(text: string): Set<string> {
  const words = tokens(text);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (words.length > 0 && words.length < 3) out.add(words.join(' '));
  return out;
}

/** Share of `part`'s trigrams found in `whole`: 1 when `part` copies a stretch of the text `whole` came from. */
export function containment(part: string, whole: ReadonlySet<string>): number {
  const grams = trigrams(part);
  if (grams.size === 0) return 1;
  let hits = 0;
  for (const gram of grams) if (whole.has(gram)) hits++;
  return hits / grams.size;
}

/** Joins paragraphs into one normalised string, or null when there is nothing to say. */
export function joinParagraphs(paragraphs: readonly string[]): string | null {
  const text = squash(paragraphs.join(' '));
  return text === '' ? null : text;
}

// A line or clause cut off mid-phrase ends on a word like these: "... the death of" / "... to the".
export const FUNCTION_END =
  /\b(?:to|of|and|or|the|a|an|for|in|on|by|with|from|at|before|after|that|which|than|as|into|upon|within|between|their|its|his|her|our|this|these|is|are|was|were|be)$/;

/** The text stops mid-phrase: on a comma, an open bracket or a word that needs what follows it. */
export function endsOpen(text: string): boolean {
  return /[,(]$/.test(text) || FUNCTION_END.test(text);
}
