import { statusLabel } from '../../src/core/model/status.ts';
import type { Block, Choice, ItemLine, Reply } from '../../src/core/reply/reply.ts';

export type RenderOptions = { color: boolean };

const ANSI = { red: '31', amber: '33', green: '32', grey: '90', bold: '1', dim: '2', cyan: '36' } as const;
const RAG_WORDS = { red: 'RED  ', amber: 'AMBER', green: 'GREEN', grey: 'GREY ', none: 'OPEN ' } as const;

/**
 * A Reply as terminal text: RAG as words (coloured on a colour terminal), item lists aligned in
 * columns, and a question's choices numbered so typing the number sends the command, like pressing a button.
 */
export function renderReply(reply: Reply, options: RenderOptions): { text: string; choices: Choice[] } {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  const choices: Choice[] = [];
  const lead =
    reply.kind === 'problem'
      ? paint(ANSI.red, '✗ ')
      : reply.kind === 'success'
        ? paint(ANSI.green, '✓ ')
        : '';
  const hasText = reply.blocks.some((b) => b.type === 'heading' || b.type === 'text' || b.type === 'items');
  if (!hasText || reply.kind !== 'info') out.push(lead + reply.text);
  // Only a question's choices are numbered: after an item card, "2" means item 2 of the report (as the README
  // says), never the card's second button, which could close an item nobody named.
  const numbered = reply.kind === 'question';
  for (const block of reply.blocks) out.push(...renderBlock(block, paint, numbered ? choices : null));
  return { text: out.join('\n'), choices };
}

function renderBlock(
  block: Block,
  paint: (code: string, s: string) => string,
  choices: Choice[] | null,
): string[] {
  switch (block.type) {
    case 'heading':
      return [paint(ANSI.bold, block.text)];
    case 'text':
      return [block.text];
    case 'fields': {
      const width = Math.max(...block.fields.map((f) => f.label.length));
      return block.fields.map((f) => `  ${paint(ANSI.dim, `${f.label}:`.padEnd(width + 1))} ${f.value}`);
    }
    case 'items': {
      const lines = block.title ? [paint(ANSI.bold, block.title)] : [];
      if (block.items.length === 0) return [...lines, `  ${block.empty ?? 'Nothing to show.'}`];
      return [...lines, ...itemTable(block.items, paint)];
    }
    case 'history':
      return block.entries.map((e) => `  ${paint(ANSI.dim, e.when)}  ${e.who}: ${e.text}`);
    case 'choices':
      if (choices === null) {
        // A card's buttons, as the commands that do the same.
        return [block.choices.map((c) => `[${c.label}: ${c.command}]`).join('  ')];
      }
      return [
        block.choices
          .map((c) => {
            choices.push(c);
            return `[${choices.length}] ${c.label}`;
          })
          .join('  '),
      ];
  }
}

/** Items in aligned columns: RAG, reference, owner (and team), due date, status, slippage, text. */
function itemTable(items: readonly ItemLine[], paint: (code: string, s: string) => string): string[] {
  const columns = items.map((i) => [
    i.ref,
    i.team ? `${i.owner ?? '-'} (${i.team})` : (i.owner ?? '-'),
    i.dueText,
    statusLabel(i.status),
    i.slippage ?? '',
  ]);
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...columns.map((row) => (row[c] ?? '').length)));
  return items.map((i, n) => {
    const rag = paint(ANSI[i.rag === 'none' ? 'cyan' : i.rag], RAG_WORDS[i.rag]);
    const cells = (columns[n] ?? [])
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .filter((cell) => cell !== '');
    return `  ${rag}  ${cells.join('  ')}  ${i.summary}`;
  });
}
