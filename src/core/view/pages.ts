import type { Page } from '../../ports/store.ts';
import type { Block } from '../reply/reply.ts';

/*
 * Every list answers one page: a reply stays within Block Kit's and Adaptive Cards' limits, and its
 * cost does not grow with the workspace. Below a page that is not the last go how many there are and a
 * More button that sends the list's own words with the next page (src/core/grammar/paging.ts).
 */

export const PAGE_SIZE = 25;

export function pageOf(page: number | undefined, size = PAGE_SIZE): Page {
  return { offset: ((page ?? 1) - 1) * size, limit: size };
}

export type PageShown = {
  /** The page asked for (absent: the first). */
  page: number | undefined;
  /** Items on this page and in the whole list. */
  shown: number;
  total: number;
  /** The list's words without a page, as a person would type them: `overdue team Safeguarding`. */
  again: string;
  size?: number;
};

/** Says which part of the list this is and offers the next page; nothing when the list fits one page. */
export function moreBlocks({ page, shown, total, again, size = PAGE_SIZE }: PageShown): Block[] {
  const current = page ?? 1;
  const pages = Math.ceil(total / size);
  if (total <= size && current === 1) return [];
  const first = (current - 1) * size;
  if (shown === 0) {
    return [
      {
        type: 'text',
        text: `Page ${current} is past the end: ${pages === 1 ? 'there is 1 page' : `there are ${pages} pages`} (${total} items). The first: ${again}`,
      },
      { type: 'choices', choices: [{ label: 'First page', command: again, readOnly: true }] },
    ];
  }
  const range = `${first + 1}–${first + shown} of ${total}`;
  if (current >= pages) return [{ type: 'text', text: `Items ${range}, the last page.` }];
  const next = `${again} page ${current + 1}`;
  return [
    { type: 'text', text: `Items ${range}. The next ${Math.min(size, total - first - shown)}: ${next}` },
    {
      type: 'choices',
      choices: [{ label: `More (page ${current + 1} of ${pages})`, command: next, readOnly: true }],
    },
  ];
}
