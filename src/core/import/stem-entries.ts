import type { Block } from './blocks.ts';
import type { Line } from './clean-text.ts';
import { listNumber } from './text-util.ts';

/*
 * "The MATTERS OF CONCERN are as follows:" over "(1) Inadequate signage giving guidance to pedestrians": a
 * coroner may write each concern as a short phrase with no full stop, which alone on its line reads as a
 * numbered title. Under a title that introduces the list, numbered 1, 2, 3 and with no paragraph of its own
 * below it, each is an entry of that list. A numbered title over paragraphs ("1. The system of placements at
 * transition") heads its concern, and the form's next section ("6 ACTION SHOULD BE TAKEN") breaks the count.
 */

const INTRODUCES_LIST =
  /\b(?:matters? of concern|concerns|recommendations)\b[^.]*\b(?:as follows|following)\b/i;

function explained(next: Block | undefined): boolean {
  return next?.type === 'para' && !next.list && !next.bullet;
}

/** The numbered titles under a title introducing a list, made entries of that list again. */
export function entriesUnderStem(blocks: readonly Block[], lines: readonly Line[]): Block[] {
  let count: number | null = null;
  return blocks.map((block, k) => {
    if (block.type === 'para' && block.list && count !== null) {
      count = listNumber(block.text) ?? count;
      return block;
    }
    if (block.type !== 'heading') {
      count = null;
      return block;
    }
    const line = lines[block.index];
    if (count !== null && block.number === count + 1 && line !== undefined && !explained(blocks[k + 1])) {
      count = block.number;
      return {
        type: 'para',
        text: line.text,
        bullet: false,
        list: true,
        index: block.index,
        end: block.index,
        indented: line.indented,
      };
    }
    count = INTRODUCES_LIST.test(block.text) ? 0 : null;
    return block;
  });
}
