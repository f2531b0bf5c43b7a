/** A run of text where pdf.js placed it: x and y of its baseline start (PDF units, y grows upwards). */
export type PlacedText = { text: string; x: number; y: number; width: number; size: number };

type Line = { y: number; size: number; items: PlacedText[] };

/**
 * Rebuilds a page's lines from its text runs. PDF has no lines or paragraphs, only positioned runs,
 * so runs on the same baseline form a line, a wide horizontal gap (a table column) or a deep indent
 * becomes a tab, and a vertical gap clearly larger than the usual line spacing becomes a blank line (a paragraph).
 */
export function pageText(runs: readonly PlacedText[]): string {
  const lines = groupLines(runs.filter((r) => r.text.trim() !== ''));
  const normal = normalSpacing(lines);
  const margin = Math.min(...lines.map((line) => line.items[0]?.x ?? Number.POSITIVE_INFINITY));
  const out: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && previous.y - line.y > 1.5 * Math.min(normal, 1.25 * previous.size)) out.push('');
    // A line starting well right of the page's left margin continues a column (as a table cell does).
    const indented = (line.items[0]?.x ?? margin) - margin > 2 * line.size;
    out.push(`${indented ? '\t' : ''}${joinRuns(line.items)}`);
  });
  return out.join('\n');
}

function groupLines(runs: readonly PlacedText[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const current = lines[lines.length - 1];
    // Half a character's height keeps superscripts (footnote marks) on their line.
    if (current && current.y - run.y <= 0.5 * Math.min(current.size, run.size)) {
      current.items.push(run);
      current.size = Math.max(current.size, run.size);
    } else {
      lines.push({ y: run.y, size: run.size, items: [run] });
    }
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

function normalSpacing(lines: readonly Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [above, below] = [lines[i - 1], lines[i]];
    if (above && below) gaps.push(above.y - below.y);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? Number.POSITIVE_INFINITY;
}

function joinRuns(runs: readonly PlacedText[]): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    const gap = run.x - end;
    const size = run.size || 10;
    if (text !== '') {
      if (gap > 2 * size) text = `${text.trimEnd()}\t`;
      else if (gap > 0.15 * size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    }
    text += run.text;
    end = Math.max(end, run.x + run.width);
  }
  return text.trim();
}
