import type { Status } from '../model/status.ts';

/**
 * Words people use for each status, longest first so "not started" wins over "started".
 * Shared by the parser and by help, so what help promises is what the parser accepts.
 */
export const STATUS_WORDS: ReadonlyArray<readonly [string, Status]> = (
  [
    ['not started', 'not_started'],
    ['not yet started', 'not_started'],
    ['in progress', 'in_progress'],
    ['under way', 'in_progress'],
    ['underway', 'in_progress'],
    ['started', 'in_progress'],
    ['starting', 'in_progress'],
    ['working on it', 'in_progress'],
    ['wip', 'in_progress'],
    ['begun', 'in_progress'],
    ['ongoing', 'in_progress'],
    ['on track', 'in_progress'],
    ['reopened', 'in_progress'],
    ['reopen', 'in_progress'],
    ['start', 'in_progress'],
    ['blocked', 'blocked'],
    ['stuck', 'blocked'],
    ['on hold', 'blocked'],
    ['pending sign-off', 'pending_signoff'],
    ['pending sign off', 'pending_signoff'],
    ['pending signoff', 'pending_signoff'],
    ['ready for sign-off', 'pending_signoff'],
    ['ready for sign off', 'pending_signoff'],
    ['awaiting sign-off', 'pending_signoff'],
    ['awaiting sign off', 'pending_signoff'],
    ['for sign-off', 'pending_signoff'],
    ['for sign off', 'pending_signoff'],
    ['signed off', 'done'],
    ['sign off', 'done'],
    ['done', 'done'],
    ['complete', 'done'],
    ['completed', 'done'],
    ['finished', 'done'],
    ['closed', 'done'],
    ['implemented', 'done'],
    ['achieved', 'done'],
    ['delivered', 'done'],
    ['not adopted', 'not_adopted'],
    ["won't be adopted", 'not_adopted'],
    ['will not be adopted', 'not_adopted'],
    ['not being adopted', 'not_adopted'],
    ['not going ahead', 'not_adopted'],
    ['not proceeding', 'not_adopted'],
    ['not being taken forward', 'not_adopted'],
    ['rejected', 'not_adopted'],
    ['declined', 'not_adopted'],
    ['not for us', 'not_for_us'],
    ['not applicable', 'not_for_us'],
    ['n/a', 'not_for_us'],
    ['not ours', 'not_for_us'],
    ['for another body', 'not_for_us'],
    ['awaiting allocation', 'awaiting_allocation'],
    ['unassigned', 'awaiting_allocation'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

export type StatusMatch = { status: Status; rest: string };

/** Matches a status phrase at the start of text, at a word boundary; a slip of one letter is forgiven. */
export function matchStatusWords(text: string): StatusMatch | null {
  const lower = text.toLowerCase();
  for (const [words, status] of STATUS_WORDS) {
    if (!lower.startsWith(words)) continue;
    const next = lower.charAt(words.length);
    if (next !== '' && /[\p{L}\p{N}]/u.test(next)) continue;
    return { status, rest: text.slice(words.length).trim() };
  }
  return misspelt(text);
}

// Short words are too close to other words ("dome", "don"): only phrases this long forgive a slip.
const MIN_TYPO_LENGTH = 6;

/** "in progres", "blokced", "compelte": the status whose words are one edit away. */
function misspelt(text: string): StatusMatch | null {
  const words = text.split(/\s+/);
  for (const [phrase, status] of STATUS_WORDS) {
    if (phrase.length < MIN_TYPO_LENGTH) continue;
    const count = phrase.split(' ').length;
    const typed = words.slice(0, count).join(' ');
    // A slip is in the letters; "sign-off" is a different word from "sign off", not a typo of it.
    if (!/^[a-z' ]+[.,:;!]*$/i.test(typed)) continue;
    if (editDistance(typed.toLowerCase().replace(/[.,:;!]+$/, ''), phrase) <= 1) {
      return { status, rest: words.slice(count).join(' ').trim() };
    }
  }
  return null;
}

/** Edits between two strings, a swap of neighbours counting as one (optimal string alignment). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] ?? 2;
}
