import { statusLabel } from '../model/status.ts';
import type { ListFilter } from './commands.ts';
import { describePerson } from './people.ts';

/**
 * The words that ask for this list again (`overdue owner @bob team "Safeguarding"`), for the More
 * button under its first page. The grammar reads them back as the same filter
 * (test/unit/grammar-list-text.test.ts).
 */
export function listText(filter: ListFilter): string {
  const parts: string[] = [];
  if (filter.overdue) parts.push('overdue');
  if (filter.dueSoon)
    parts.push(filter.dueSoon.days === null ? 'due soon' : `due soon ${filter.dueSoon.days} days`);
  if (filter.owner === 'me') parts.push('mine');
  else if (filter.owner) parts.push(`owner ${describePerson(filter.owner)}`);
  if (filter.team !== null) parts.push(`team "${filter.team}"`);
  if (filter.statuses) parts.push(`status ${filter.statuses.map(statusLabel).join(' or ')}`);
  if (filter.report !== null) parts.push(`report ${filter.report}`);
  return parts.join(' ');
}
