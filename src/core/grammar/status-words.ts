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

/** Matches a status phrase at the start of text, at a word boundary. */
export function matchStatusWords(text: string): StatusMatch | null {
  const lower = text.toLowerCase();
  for (const [words, status] of STATUS_WORDS) {
    if (!lower.startsWith(words)) continue;
    const next = lower.charAt(words.length);
    if (next !== '' && /[\p{L}\p{N}]/u.test(next)) continue;
    return { status, rest: text.slice(words.length).trim() };
  }
  return null;
}
