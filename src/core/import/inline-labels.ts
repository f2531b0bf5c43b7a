import type { Block } from './blocks.ts';
import { type LabelMatch, matchLabel } from './labels.ts';

// "... about calls for service. Recommendation: By 30 September 2021, Chief Constables should ...": a label
// after a finished sentence, inside a letter's paragraph, starts the item there.
const INLINE =
  /(?<=[.!?]["'”’)]?\s+)(?:Recommendation|Area for improvement|Cause of concern)(?:\s+\d{1,4})?\s*:\s+(?=[A-Z"“‘'])/;

/** Splits paragraphs at an inline label into the narrative before it and the labelled item after it. */
export function splitInlineLabels(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let underConclusions = false;
  for (const block of blocks) {
    if (block.type === 'heading') underConclusions = /\b(?:conclusions|recommendations)\b/i.test(block.text);
    if (block.type === 'label' && block.match.number === null && underConclusions) {
      // "1. The Department's hands-off approach ..." then "Recommendation: The Department should ...".
      // "2.Recommendation: The Department should ..." carries its number on its own line.
      const previous = out[out.length - 1];
      const own = block.match.paragraph;
      const match =
        own !== null
          ? { ...block.match, label: own, number: Number(own), key: own }
          : previous?.type === 'para'
            ? numberedBy(previous.text, block.match)
            : block.match;
      out.push({ ...block, match });
      continue;
    }
    const at = block.type === 'para' && !block.bullet ? INLINE.exec(block.text) : null;
    const label = at === null || block.type !== 'para' ? null : matchLabel(block.text.slice(at.index));
    if (at === null || label === null || block.type !== 'para') {
      out.push(block);
      continue;
    }
    out.push({ ...block, text: block.text.slice(0, at.index).trim() });
    // A committee's numbered conclusion ("1. ... Recommendation: The Department should ...") numbers the
    // recommendation it ends with; a letter's numbered paragraph that quotes a recommendation does not.
    const numbered = underConclusions ? numberedBy(block.text, label) : label;
    out.push({ type: 'label', match: numbered, index: block.index });
    out.push({ ...block, text: label.rest, list: false });
  }
  return out;
}

function numberedBy(paragraph: string, label: LabelMatch): LabelMatch {
  const digits = label.number === null ? /^(\d{1,3})\.\s/.exec(paragraph)?.[1] : undefined;
  return digits === undefined ? label : { ...label, label: digits, number: Number(digits), key: digits };
}
