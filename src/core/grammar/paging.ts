import { type Command, MAX_PAGE } from './commands.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';

/*
 * Long lists come a page at a time: `overdue page 2`, `report OSAEC23 page 3`, `search vetting page 2`,
 * `reports page 2`, `history OSAEC23-5 page 2`. The page is a clause at the end of any list's words, so
 * the "More" button under a page sends the same words a person could type.
 */

type Paged = Extract<Command, { page?: number }>;

const PAGED: ReadonlySet<Command['type']> = new Set<Paged['type']>([
  'list',
  'report_list',
  'report_show',
  'search',
  'item_history',
]);

const PAGE = /^(.+?)\s+page\s+(\d+)$/i;

export const PAGE_EXAMPLE = 'overdue page 2';

/** `more` alone can't know which list it goes on with: teach the page clause instead of guessing. */
export const MORE_RULE = {
  pattern: /^(?:(?:show |see )?more(?: please)?|next(?: page)?|(?:the )?next \d+|page \d+)$/i,
  parse: (): ParseOutcome =>
    reject(
      'page.which_list',
      'Say which list to go on with, and the page: the list as you typed it, then "page 2" (report OSAEC23 page 2, search vetting page 2). The More button under a long list does it for you.',
      PAGE_EXAMPLE,
    ),
};

/** The words without a final `page N`, and N; null when there is no such clause. */
export function splitPage(text: string): { rest: string; page: number } | null {
  const match = PAGE.exec(text);
  return match ? { rest: match[1] ?? '', page: Number(match[2]) } : null;
}

/**
 * The list `rest` names, on that page. When `rest` is no list, the whole text is read as it was typed:
 * a note may end in "see page 2".
 */
export function withPage(
  text: string,
  split: { rest: string; page: number },
  parse: (text: string) => ParseOutcome,
): ParseOutcome {
  const outcome = parse(split.rest);
  if (!outcome.ok || !PAGED.has(outcome.command.type)) return parse(text);
  if (split.page < 1 || split.page > MAX_PAGE) {
    return reject('page.range', `Pages are numbered from 1 to ${MAX_PAGE}.`, PAGE_EXAMPLE);
  }
  return accept({ ...(outcome.command as Paged), page: split.page });
}
