import { type DateContext, parseDate } from '../dates/index.ts';
import { type S55Stage, stageCommand } from '../model/section55.ts';
import { firstUrl } from './normalize.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';

/*
 * The section 55 response's stages, said after the report's key: `OSAEC23 comments received`,
 * `OSAEC23 approved`, `OSAEC23 sent on 26 May 2023`, `OSAEC23 published https://...`, and
 * `OSAEC23 stage` to see where it is. A stage may carry the day it happened (today when it doesn't)
 * and `confirmed` (approving although some items have no response yet).
 */

type Rule = { pattern: RegExp; parse: (match: RegExpExecArray, ctx: DateContext) => ParseOutcome };

const KEY = '([A-Za-z][A-Za-z0-9]{1,15})';
const LEAD = '(?:s55\\s+|section\\s*55\\s+)?(?:response\\s+)?(?:is\\s+|was\\s+|has\\s+been\\s+)?';
const BODIES = '(?:hmicfrs|hmic|the\\s+home\\s+secretary|home\\s+secretary|the\\s+home\\s+office)';

const STAGE_WORDS: { stage: S55Stage; words: string }[] = [
  {
    stage: 'comments_received',
    words:
      "(?:(?:the\\s+)?(?:chief\\s+constable'?s?|cc'?s?|force'?s?)\\s+)?comments?\\s+(?:are\\s+|were\\s+|have\\s+been\\s+)?(?:received|in|back)",
  },
  { stage: 'approved', words: '(?:approved|signed\\s+off)(?:\\s+by\\s+the\\s+(?:commissioner|pcc))?' },
  { stage: 'sent', words: `sent(?:\\s+to\\s+${BODIES}(?:\\s+and\\s+${BODIES})?)?` },
  { stage: 'published', words: '(?:published|online|on\\s+the\\s+website)' },
];

export const S55_RULES: Rule[] = [
  {
    pattern: new RegExp(
      `^${KEY}\\s+(?:stages?|s55|section\\s*55|response\\s+stages?)$|^(?:stages?|s55|section\\s*55)\\s+${KEY}$`,
      'i',
    ),
    parse: (m) => accept({ type: 's55_show', key: (m[1] ?? m[2] ?? '').toUpperCase() }),
  },
  ...STAGE_WORDS.map(
    ({ stage, words }): Rule => ({
      pattern: new RegExp(`^${KEY}\\s+${LEAD}${words}\\b(.*)$`, 'i'),
      parse: (m, ctx) => parseStage((m[1] ?? '').toUpperCase(), stage, m[2] ?? '', ctx),
    }),
  ),
];

function parseStage(key: string, stage: S55Stage, rest: string, ctx: DateContext): ParseOutcome {
  const confirmed = /\b(?:confirmed|confirm|anyway)\b/i.test(rest);
  let left = rest.replace(/\b(?:confirmed|confirm|anyway)\b/gi, ' ');
  const url = firstUrl(left);
  if (url) left = left.replace(url, ' ');
  left = left
    .replace(/^[\s,:;-]*(?:on|at|dated)?\b/i, '')
    .replace(/[\s,:;-]+$/, '')
    .trim();
  const example = stageCommand(key, stage);
  if (stage === 'published' && !url) {
    const looksLikeLink = /\b[\w-]+\.[a-z]{2,}\b/i.test(left);
    return reject(
      's55.no_url',
      looksLikeLink
        ? `Give the published response's full web address, starting with https://.`
        : `Say where the response was published: its web address.`,
      example,
    );
  }
  if (stage !== 'published' && url) {
    return reject(
      's55.unexpected_link',
      `Only "published" takes a web address (where the response is online). Record the ${stage === 'sent' ? 'sending' : 'step'} without it.`,
      example,
    );
  }
  let on: string | null = null;
  if (left !== '') {
    const parsed = parseDate(left, ctx, 'past');
    if (!parsed) {
      return reject(
        's55.date_unreadable',
        `I couldn't read "${left}" as the day it happened. Leave it out for today, or give a date.`,
        `${key} sent on 26 May 2023`,
      );
    }
    on = parsed.date;
  }
  return accept({ type: 's55_stage', key, stage, on, url, confirmed });
}
