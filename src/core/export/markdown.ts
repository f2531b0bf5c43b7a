import type { Doc, DocBlock, Inline } from './document.ts';

/** Markdown as GitHub and most editors read it; the words are written as given, never rephrased. */
export function toMarkdown(doc: Doc): string {
  return `${doc.blocks.map(block).join('\n\n')}\n`;
}

function inline(parts: Inline[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const text = part.bold ? `**${part.text}**` : part.text;
      return part.link ? `[${text}](${part.link})` : text;
    })
    .join('');
}

function block(b: DocBlock): string {
  switch (b.type) {
    case 'title':
      return `# ${b.text}`;
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${b.text}`;
    case 'para':
      return inline(b.text);
    case 'bullets':
      return b.items.map((item) => `- ${item}`).join('\n');
    case 'fields':
      return b.fields.map((f) => `${f.label}:\t${inline([f.value])}`).join('\n');
    case 'table':
      return [
        row(b.header),
        row(b.header.map(() => '---')),
        ...b.rows.map((r) => row(r.map((cell) => cell.replace(/\n/g, ' ')))),
      ].join('\n');
    case 'chart':
      return `*Chart: ${b.title} (in the HTML and Word versions).*`;
  }
}

function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}
