import type { CommandOf } from '../grammar/commands.ts';
import type { Item } from '../model/entities.ts';
import { type Block, info, type Reply } from '../reply/reply.ts';
import { moreBlocks, pageOf } from '../view/pages.ts';
import { searchTerm, snippet, termsIn } from '../view/snippet.ts';
import { type CommandContext, findReport } from './context.ts';
import { committeeLines } from './item-lines.ts';

/** One screen of results; the reply says how many more there are and how to narrow. */
export const SEARCH_LIMIT = 20;

/** `search body worn video`: items whose text, responses or notes hold every word, with the words in context. */
export async function searchItems(ctx: CommandContext, cmd: CommandOf<'search'>): Promise<Reply> {
  const report = cmd.key ? await findReport(ctx, cmd.key) : null;
  const terms = cmd.words.map(searchTerm).filter((term) => term !== '');
  const shown = cmd.words.map((word) => (word.includes(' ') ? `"${word}"` : word)).join(' ');
  const where = report ? ` in ${report.key}` : '';
  const found = await ctx.store.items.search(ctx.workspace.id, {
    terms,
    reportId: report?.id ?? null,
    ...pageOf(cmd.page, SEARCH_LIMIT),
  });
  if (found.total === 0) {
    const none = `No items match ${shown}${where}.`;
    return info(none, [
      {
        type: 'text',
        text: `${none} I look in each item's text, its force and PCC responses and its notes, and every word must be there. Try fewer words, or shorter ones (train finds training too).`,
      },
    ]);
  }
  const keys = new Map(found.items.map(({ item, reportKey }) => [item.id, reportKey]));
  const shownLines = await committeeLines(
    ctx,
    found.items.map(({ item }) => item),
    (item) => keys.get(item.id) ?? '?',
  );
  const lines = [];
  for (const [k, line] of shownLines.entries()) {
    const item = found.items[k]?.item;
    lines.push(item === undefined ? line : { ...line, summary: await matched(ctx, item, terms) });
  }
  const count = `${found.total} item${found.total === 1 ? ' matches' : 's match'} ${shown}${where}`;
  const blocks: Block[] = [{ type: 'items', title: count, items: lines }];
  const page = pageOf(cmd.page, SEARCH_LIMIT);
  const more = found.total - page.offset - lines.length;
  if (more > 0 && page.offset === 0) {
    const narrow = report
      ? 'add a word or quote a phrase'
      : `add a word, or keep to one report: search ${shown} report ${found.items[0]?.reportKey}`;
    blocks.push({
      type: 'text',
      text: `${more} more ${more === 1 ? 'matches' : 'match'}: shown first are items whose text holds every word, then the most recently updated. To narrow it, ${narrow}`,
    });
  }
  const again = `search ${shown}${report ? ` report ${report.key}` : ''}`;
  blocks.push(
    ...moreBlocks({ page: cmd.page, shown: lines.length, total: found.total, again, size: SEARCH_LIMIT }),
  );
  const cut = lines.find((line) => line.summary.includes('…'));
  if (cut) {
    blocks.push({
      type: 'text',
      text: `… marks where a text was cut: type a reference (${cut.ref}) to read the item whole.`,
    });
  }
  const part =
    page.offset === 0 ? `the first ${lines.length}` : `${page.offset + 1}–${page.offset + lines.length}`;
  return info(more > 0 || page.offset > 0 ? `${count}; ${part} are shown.` : `${count}.`, blocks);
}

/**
 * Where the words were found: the item's text if it holds the most of them, else a response or a note
 * (newest first), labelled. Response updates are left out, as in the store: the item holds the response.
 */
async function matched(ctx: CommandContext, item: Item, terms: readonly string[]): Promise<string> {
  const places: { label: string; text: string }[] = [{ label: '', text: item.text }];
  if (termsIn(item.text, terms) < terms.length) {
    if (item.forceResponse) places.push({ label: 'Force response: ', text: item.forceResponse });
    if (item.pccResponse) places.push({ label: 'PCC response: ', text: item.pccResponse });
    const history = await ctx.store.updates.listByItem(ctx.workspace.id, item.id);
    for (const update of history.reverse()) {
      if (update.note !== null && update.kind !== 'response')
        places.push({ label: 'Note: ', text: update.note });
    }
  }
  const best = places.reduce((a, b) => (termsIn(b.text, terms) > termsIn(a.text, terms) ? b : a));
  return `${best.label}${snippet(best.text, terms)}`;
}
