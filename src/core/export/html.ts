import type { Doc, DocBlock, Inline } from './document.ts';

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.1rem}h4{font-size:1rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}
figure{margin:1rem 0}figcaption{font-size:.9rem;color:#555}`;

/** A standalone HTML page (styles inline, charts as inline SVG) that opens anywhere and prints cleanly. */
export function toHtml(doc: Doc): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head>
<body>
${doc.blocks.map(block).join('\n')}
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(parts: Inline[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part);
      const text = part.bold ? `<strong>${escapeHtml(part.text)}</strong>` : escapeHtml(part.text);
      return part.link ? `<a href="${escapeHtml(part.link)}">${text}</a>` : text;
    })
    .join('');
}

function block(b: DocBlock): string {
  switch (b.type) {
    case 'title':
      return `<h1>${escapeHtml(b.text)}</h1>`;
    case 'heading':
      return `<h${b.level + 1}>${escapeHtml(b.text)}</h${b.level + 1}>`;
    case 'para':
      return `<p>${inline(b.text)}</p>`;
    case 'bullets':
      return `<ul>${b.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'fields':
      return `<dl>${b.fields.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${inline([f.value])}</dd>`).join('')}</dl>`;
    case 'table':
      return `<table><thead><tr>${b.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'chart':
      return `<figure>${b.svg}<figcaption>${escapeHtml(b.title)}</figcaption></figure>`;
  }
}
