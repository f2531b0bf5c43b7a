import { addDays, type IsoDate } from '../dates/index.ts';
import { numberFromWords } from '../text/number-words.ts';
import type { Line } from './clean-text.ts';
import { REGULATION_28 } from './coroner.ts';
import { fields } from './fields.ts';
import { findPublished } from './published-date.ts';
import { findLink, findPublisher, mentionsSection55 } from './publisher.ts';
import type { Raw } from './raw-lines.ts';
import { findTitle } from './title.ts';

export type Metadata = {
  title: string | null;
  publisher: string | null;
  publishedOn: IsoDate | null;
  link: string | null;
  section55: boolean;
  section55Due: IsoDate | null;
  /** "There were 17 recommendations": what the document says it holds, to compare with what was found. */
  stated: { recommendations: number | null; areasForImprovement: number | null };
  warnings: string[];
};

// Metadata sits at the start of a document and, in reports, on the last page: scanning more costs time.
const HEAD_LINES = 150;
const TAIL_LINES = 60;
const STATED =
  /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty)\s+(recommendations|areas\s+for\s+improvement)\b/gi;

function statedCount(text: string, kind: RegExp): number | null {
  for (const match of text.matchAll(STATED)) {
    if (match[2] !== undefined && kind.test(match[2]) && match[1] !== undefined)
      return numberFromWords(match[1]);
  }
  return null;
}

export function extractMetadata(raws: readonly Raw[], lines: readonly Line[], text: string): Metadata {
  const edges = [
    ...lines.slice(0, HEAD_LINES),
    ...lines.slice(Math.max(HEAD_LINES, lines.length - TAIL_LINES)),
  ];
  // Lines of one paragraph joined, paragraphs on their own lines: wrapped phrases read whole.
  const edgeText = edges
    .map((l, i) => (i > 0 && l.gapBefore === 0 && !l.pageBreakBefore ? ' ' : '\n') + l.text)
    .join('');
  const all = fields(edges);
  const warnings: string[] = [];

  const { title, prefix } = findTitle(all, lines, edgeText, raws);
  const published = findPublished({
    coroner: REGULATION_28.test(text),
    raws,
    lines,
    edges,
    edgeText,
    fields: all,
  });
  const publishedOn = published.date;
  if (published.month !== null)
    warnings.push(
      `the publication date is printed as a month only (${published.month}): give the day, e.g. import published 15 ${published.month}`,
    );
  else if (publishedOn === null) warnings.push('no publication date found: relative deadlines have no date');
  else if (published.guessed) warnings.push('publication date taken from the first lines; check it');

  const publisher = findPublisher(edgeText, all, prefix);
  const section55 = mentionsSection55(text, publisher, title);
  let section55Due: IsoDate | null = null;
  if (section55 && publishedOn !== null) {
    try {
      section55Due = addDays(publishedOn, 56);
    } catch {
      warnings.push('publication date out of range');
    }
  }
  if (section55 && publishedOn === null)
    warnings.push('section 55 applies but its due date needs the publication date');
  return {
    title: title === '' ? null : title,
    publisher,
    publishedOn,
    link: findLink(all, lines, raws),
    section55,
    section55Due,
    stated: {
      recommendations: statedCount(edgeText, /^recommendations$/i),
      areasForImprovement: statedCount(edgeText, /^areas/i),
    },
    warnings,
  };
}
