import { formatDate } from '../dates/index.ts';
import type { ItemKind } from '../model/entities.ts';
import { itemLabel } from '../view/item-view.ts';
import { type Doc, type DocBlock, heading, type Inline, para, textBlocks } from './document.ts';
import type { ReportRecord } from './snapshot.ts';

// Causes of concern head an inspection's list; areas for improvement follow its recommendations.
const SECTIONS: { kind: ItemKind; title: string }[] = [
  { kind: 'cause_of_concern', title: 'Causes of concern' },
  { kind: 'recommendation', title: 'Recommendations' },
  { kind: 'area_for_improvement', title: 'Areas for improvement' },
];

/**
 * The section 55 response in the shape of the seed (the Norfolk PCC's response): the report's
 * details, each item in source order followed by the Chief Constable's and the Commissioner's
 * responses, then the overall responses. Its headings are the ones the importer reads, so the
 * document imported again gives the same items and responses.
 */
export function responseDocument(record: ReportRecord): Doc {
  const { report } = record;
  const title = `Police and Crime Commissioner's response to ${report.title}`;
  const blocks: DocBlock[] = [{ type: 'title', text: title }];
  if (report.section55) {
    blocks.push(
      para(
        'Section 55 of the Police Act 1996 (as amended by section 37 of the Policing and Crime Act 2017) requires local policing bodies to respond to recommendations in inspectors reports within 56 days.',
      ),
    );
  }
  const fields: { label: string; value: Inline }[] = [{ label: 'Inspection Title', value: report.title }];
  if (report.publishedOn) fields.push({ label: 'Published On', value: formatDate(report.publishedOn) });
  if (report.publisher) fields.push({ label: 'Publisher', value: report.publisher });
  if (report.link) fields.push({ label: 'Link to Report', value: { text: report.link, link: report.link } });
  blocks.push({ type: 'fields', fields });
  for (const section of SECTIONS) {
    const items = record.items.filter((r) => r.item.kind === section.kind);
    if (items.length === 0) continue;
    blocks.push(heading(1, section.title));
    for (const { item } of items) {
      blocks.push(heading(2, itemLabel(item)), ...textBlocks(item.text));
      blocks.push(...response("Chief Constable's response", item.forceResponse));
      blocks.push(...response("Commissioner's response", item.pccResponse));
    }
  }
  blocks.push(...response('Chief Constable response to report', report.forceResponse, 1));
  blocks.push(...response('PCC response to report', report.pccResponse, 1));
  return { title, blocks };
}

/**
 * A response under its heading; none recorded leaves the heading out, so the document never says
 * something nobody wrote and imports again with the response still missing.
 */
function response(title: string, text: string | null, level: 1 | 3 = 3): DocBlock[] {
  return text === null || text.trim() === '' ? [] : [heading(level, title), ...textBlocks(text)];
}
