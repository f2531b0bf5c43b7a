/**
 * A small document model the exports write once and render three ways (Markdown, HTML, Word), so
 * the section 55 response and the panel pack read the same in every format.
 */
export type Inline = string | { text: string; bold?: true; link?: string };

export type DocBlock =
  | { type: 'title'; text: string }
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'para'; text: Inline[] }
  | { type: 'bullets'; items: string[] }
  | { type: 'fields'; fields: { label: string; value: Inline }[] }
  | { type: 'table'; header: string[]; rows: string[][] }
  /** A chart: SVG for HTML, PNG (with the SVG alongside) for Word, described in words for Markdown. */
  | { type: 'chart'; title: string; svg: string; png: Uint8Array; width: number; height: number };

export type Doc = { title: string; blocks: DocBlock[] };

export const para = (...text: Inline[]): DocBlock => ({ type: 'para', text });
export const heading = (level: 1 | 2 | 3, text: string): DocBlock => ({ type: 'heading', level, text });

export function inlineText(part: Inline): string {
  return typeof part === 'string' ? part : part.text;
}

/**
 * A text as its paragraphs and bullet lists: an imported recommendation keeps its bullets inline as
 * "•" ("This should: • Improve ... • Provide ..."); a document shows them as a list again.
 */
export function textBlocks(text: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    const [lead = '', ...bullets] = paragraph.split(/\s*•\s*/);
    if (lead.trim() !== '') blocks.push(para(lead.trim()));
    const items = bullets.map((b) => b.trim()).filter((b) => b !== '');
    if (items.length > 0) blocks.push({ type: 'bullets', items });
  }
  return blocks;
}
