import type { Block, Para } from './blocks.ts';
import { type LabelMatch, matchLabel, numberedLabel } from './labels.ts';
import { DIRECTIVE } from './stem-words.ts';

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
    // Only a recommendation: a "Cause of concern" title under a numbered section ("2. Surrey FRS") is not one.
    if (
      block.type === 'label' &&
      block.match.number === null &&
      block.match.kind === 'recommendation' &&
      underConclusions
    ) {
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
    const cited = block.type === 'para' && !block.bullet ? committeeParagraph(block) : null;
    if (cited !== null) {
      out.push(...cited);
      continue;
    }
    const listed = block.type === 'para' && !block.bullet ? inlineList(block) : null;
    if (listed !== null) {
      out.push(...listed);
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

// "5. We recommend that in future provision ... be made in the Main Estimates. (Paragraph 15)": a select
// committee's numbered conclusion, quoted anywhere, says where in its report it comes from. One that directs
// is a recommendation under its own number; one that only observes ("We welcome ...") is not.
const COMMITTEE_PARAGRAPH = /^["“]?(\d{1,3})\.\s+(.+\(Paragraphs?\s+\d{1,3}[^()]{0,30}\)[.]?["”]?)$/;

function committeeParagraph(block: Para): Block[] | null {
  const m = COMMITTEE_PARAGRAPH.exec(block.text);
  const [, digits, text] = m ?? [];
  if (digits === undefined || text === undefined || !DIRECTIVE.test(text)) return null;
  const match: LabelMatch = { ...numberedLabel('recommendation', digits, text), quoted: true };
  return [
    { type: 'label', match, index: block.index },
    { ...block, text: text.replace(/["”]$/, ''), list: false },
  ];
}

// "The matters of concern were: 1) There was a delay ... 2) The efficacy of ...": a list run into its
// paragraph. Entries are numbered from 1 without a gap, each after a colon or a sentence's end.
const INLINE_ENTRY = /(?<=[:.;]\s+|^)\(?(\d{1,2})\)\s+(?=[A-Z])/g;
const MIN_ENTRY_WORDS = 4;

function inlineList(block: Para): Block[] | null {
  const marks = [...block.text.matchAll(INLINE_ENTRY)];
  const run: RegExpMatchArray[] = [];
  for (const mark of marks) {
    if (Number(mark[1]) === run.length + 1) run.push(mark);
    else if (run.length < 2) run.length = 0;
  }
  const first = run[0];
  if (run.length < 2 || first?.index === undefined || !/:\s*$/.test(block.text.slice(0, first.index)))
    return null;
  const parts = run.map((mark, k) =>
    block.text.slice(mark.index ?? 0, run[k + 1]?.index ?? block.text.length).trim(),
  );
  if (parts.some((p) => p.split(' ').length < MIN_ENTRY_WORDS)) return null;
  const lead = block.text.slice(0, first.index).trim();
  return [
    ...(lead === '' ? [] : [{ ...block, text: lead, list: false }]),
    ...parts.map((text) => ({ ...block, text, list: true })),
  ];
}

function numberedBy(paragraph: string, label: LabelMatch): LabelMatch {
  const digits = label.number === null ? /^(\d{1,3})\.\s/.exec(paragraph)?.[1] : undefined;
  return digits === undefined ? label : { ...label, label: digits, number: Number(digits), key: digits };
}
