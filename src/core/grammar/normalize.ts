/**
 * Cleans what people actually type or paste: curly quotes, non-breaking spaces, a leading
 * "/recs" or bot name, "please", and trailing punctuation that carries no meaning.
 */
export function normalize(input: string): string {
  // Curly double quotes become straight ones, unless straight ones are already there: then the curly ones
  // are inside a title (report new "Review of “Operation Soteria”" ...) and must not end it.
  const curly = input.includes('"') ? input : input.replace(/[\u201C\u201D]/g, '"');
  let text = curly
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\u00A0\u2000-\u200B\t\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  text = text.replace(/^(?:\/recs|@?rectrack|hey rectrack|hi rectrack)\b[\s,:]*/i, '');
  text = withoutCourtesy(text);
  // A lone "?" asks for help, so only punctuation that follows words is dropped.
  text = /^[\s?]+$/.test(text) ? '?' : text.replace(/[\s?!.]+$/u, '');
  return text.trim();
}

// Courtesies around a request carry no meaning for the bot, and stored as a note they would read oddly
// ("thanks" as the reason an item closed).
const LEADING_COURTESY =
  /^(?:(?:hi|hello|hey|morning|cheers|thanks|ta)\s*[,!.-]+\s*)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|pls\s+|plz\s+|kindly\s+)?/i;
const TRAILING_COURTESY =
  /(?:[\s,.!-]+(?:please|pls|plz|thanks(?: a lot| very much)?|thank you(?: very much)?|many thanks|thx|ta|cheers|ty))+[\s.!]*$/i;

function withoutCourtesy(text: string): string {
  const stripped = text.replace(LEADING_COURTESY, '').replace(TRAILING_COURTESY, '');
  // "thanks" alone, or "please" alone, is still something said: leave it for the parser to answer.
  return stripped.trim() === '' ? text : stripped;
}

/** Splits a leading quoted string ("..." or '...') from the rest. */
export function takeQuoted(text: string): { quoted: string; rest: string } | null {
  const match = /^\s*(["'])(.*?)\1\s*(.*)$/s.exec(text);
  if (!match) return null;
  return { quoted: (match[2] ?? '').trim(), rest: (match[3] ?? '').trim() };
}

export function firstUrl(text: string): string | null {
  return /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/i.exec(text)?.[0] ?? null;
}

export function allUrls(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/gi)].map((m) => m[0]);
}
