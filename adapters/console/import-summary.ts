import { formatDate } from '../../src/core/dates/index.ts';
import type { ExtractedDue, ExtractedItem, Extraction } from '../../src/core/import/extraction.ts';

/**
 * The short, human-readable account `rectrack import --dry-run` prints: the report header, the count
 * by kind, one line per item with its deadline, and everything the extractor was unsure of.
 */
export function renderImportSummary(extraction: Extraction): string {
  const out: string[] = [extraction.title ?? '(no title found)'];
  const header = [
    extraction.publisher ? `Publisher: ${extraction.publisher}` : null,
    `Published: ${extraction.publishedOn ? formatDate(extraction.publishedOn) : 'not found'}`,
    extraction.section55
      ? `Section 55 response due: ${extraction.section55Due ? formatDate(extraction.section55Due) : 'date unknown'}`
      : null,
    extraction.link ? `Link: ${extraction.link}` : null,
  ];
  for (const line of header) if (line) out.push(`  ${line}`);
  out.push('');
  const groups: [string, string, readonly ExtractedItem[]][] = [
    ['recommendation', 'recommendations', extraction.recommendations],
    ['area for improvement', 'areas for improvement', extraction.areasForImprovement],
    ['cause of concern', 'causes of concern', extraction.causesOfConcern],
  ];
  out.push(
    groups.map(([one, many, items]) => `${items.length} ${items.length === 1 ? one : many}`).join(', '),
  );
  const all = groups.flatMap(([one, , items]) => items.map((item) => ({ item, name: labelOf(item, one) })));
  const width = Math.min(32, Math.max(0, ...all.map((a) => a.name.length)));
  for (const { item, name } of all) {
    const dues = [item.due, ...item.additionalDues].map(describeDue).join('; ');
    out.push(`  ${name.padEnd(width)}  ${dues}`);
  }
  const doubts = [
    ...extraction.warnings,
    ...all.flatMap(({ item, name }) => item.uncertain.map((doubt) => `${name}: ${doubt}`)),
  ];
  if (doubts.length > 0) {
    out.push('', 'Warnings:');
    for (const doubt of doubts) out.push(`  - ${doubt}`);
  }
  out.push('', 'Dry run: nothing was saved.');
  return out.join('\n');
}

function labelOf(item: ExtractedItem, kind: string): string {
  if (item.label) return item.label;
  return item.number === null ? `(unlabelled ${kind})` : `${kind} ${item.number}`;
}

function describeDue(due: ExtractedDue): string {
  switch (due.kind) {
    case 'date':
      return due.date ? `due ${formatDate(due.date)}` : `due "${due.phrase ?? '?'}" (no date found)`;
    case 'immediate':
      return 'due immediately';
    case 'none':
      return 'no deadline';
    default:
      // Relative and conditional deadlines: the words matter more than any date worked out from them.
      return `due "${due.phrase ?? due.kind}"${due.date ? ` (${formatDate(due.date)})` : ''}`;
  }
}
