import { daysBetween, formatDate, formatShortDate, type IsoDate } from '../dates/index.ts';
import { formatRef } from '../grammar/refs.ts';
import { describeDeadline, type Slippage, slippage } from '../model/deadline.ts';
import type { Deadline, Item, Member, Report, Update, Workspace } from '../model/entities.ts';
import { deriveRag, ragLabel } from '../model/rag.ts';
import { isClosed, statusLabel } from '../model/status.ts';
import type { Block, Choice, HistoryEntry, ItemLine } from '../reply/reply.ts';
import { formatInstant } from './when.ts';

const KIND_LABELS = {
  recommendation: 'Recommendation',
  area_for_improvement: 'Area for improvement',
  cause_of_concern: 'Cause of concern',
} as const;

export function summarise(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function dueText(item: Pick<Item, 'dueOn' | 'status'>, today: IsoDate): string {
  if (item.dueOn === null) return 'no date';
  const days = daysBetween(today, item.dueOn);
  if (isClosed(item.status)) return `was due ${formatShortDate(item.dueOn)}`;
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} overdue`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return days <= 60 ? `due in ${days} days` : `due ${formatShortDate(item.dueOn)}`;
}

/** Where a list shortened an item's text, how to read it whole. */
export function shortenedHint(lines: readonly ItemLine[]): Block[] {
  const cut = lines.find((l) => l.summary.endsWith('…'));
  return cut === undefined
    ? []
    : [
        {
          type: 'text',
          text: `Texts ending in … are shortened: type a reference (${cut.ref}) to read the item whole.`,
        },
      ];
}

/** On an item's own card, an overdue count comes with the date it counts from. */
function dueDetail(item: Pick<Item, 'dueOn' | 'status'>, today: IsoDate): string {
  const text = dueText(item, today);
  const overdue = item.dueOn !== null && !isClosed(item.status) && daysBetween(today, item.dueOn) < 0;
  return overdue && item.dueOn !== null ? `${text} (was due ${formatDate(item.dueOn)})` : text;
}

/**
 * One item in a list. Given the item's deadlines (a report or a list a committee reads), the line
 * also says the due date in full and how far it has slipped from the original one.
 */
export function itemLine(
  item: Item,
  reportKey: string,
  owners: ReadonlyMap<string, Member>,
  workspace: Workspace,
  today: IsoDate,
  deadlines?: readonly Deadline[],
): ItemLine {
  const line: ItemLine = {
    ref: formatRef(reportKey, item.ref),
    summary: summarise(item.text),
    rag: deriveRag({ status: item.status, dueOn: item.dueOn, today, dueSoonDays: workspace.dueSoonDays }),
    status: item.status,
    owner: item.ownerId ? (owners.get(item.ownerId)?.displayName ?? 'someone') : null,
    dueOn: item.dueOn,
    dueText: dueText(item, today),
  };
  if (item.ownerTeam) line.team = item.ownerTeam;
  if (deadlines === undefined) return line;
  const slip = slippage(deadlines);
  if (slip) line.slippage = slippageText(slip);
  // "12 days overdue" says how late but not since when; a committee paper needs the date too.
  if (item.dueOn !== null && !line.dueText.includes(formatShortDate(item.dueOn)))
    line.dueText += ` (${formatShortDate(item.dueOn)})`;
  return line;
}

export function slippageText({ days, revisions }: Slippage): string {
  const span = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  const moved =
    days > 0 ? `slipped ${span(days)}` : days < 0 ? `brought forward ${span(-days)}` : 'on original date';
  return revisions > 1 ? `${moved}, ${revisions} revisions` : moved;
}

/** The full card for one item: what it says, who owns it, its deadlines, the latest news, and actions. */
export function itemCard(input: {
  item: Item;
  report: Report;
  owner: Member | null;
  deadlines: readonly Deadline[];
  history: readonly Update[];
  people: ReadonlyMap<string, Member>;
  workspace: Workspace;
  today: IsoDate;
}): Block[] {
  const { item, report, owner, deadlines, history, workspace, today } = input;
  const ref = formatRef(report.key, item.ref);
  const rag = deriveRag({
    status: item.status,
    dueOn: item.dueOn,
    today,
    dueSoonDays: workspace.dueSoonDays,
  });
  const label = itemLabel(item);
  const fields = [
    {
      label: 'Status',
      value: statusLabel(item.status) + (item.blockedReason ? `: ${item.blockedReason}` : ''),
    },
    { label: 'RAG', value: ragLabel(rag) },
    {
      label: 'Owner',
      value: owner ? owner.displayName + (item.ownerTeam ? ` (${item.ownerTeam})` : '') : 'nobody yet',
    },
    { label: 'Due', value: dueDetail(item, today) },
  ];
  if (item.addressees.length > 0) fields.push({ label: 'Addressed to', value: item.addressees.join('; ') });
  if (item.disposition) fields.push({ label: 'Disposition', value: item.disposition.replace(/_/g, ' ') });
  const blocks: Block[] = [
    { type: 'heading', text: `${ref} · ${label}` },
    { type: 'text', text: item.text },
    { type: 'fields', fields },
  ];
  const dated = deadlines.filter((d) => d.kind !== 'none');
  if (dated.length > 0) {
    // Several deadlines each get a line of their own, numbered as "deadline 2" in a revision names them.
    const described = dated.map((d) => describeDeadline(d, formatDate));
    const text =
      described.length === 1
        ? `Deadline: ${described.join('')}`
        : `Deadlines:\n${described.map((line, i) => `  ${i + 1}. ${line}`).join('\n')}`;
    blocks.push({ type: 'text', text });
  }
  if (item.forceResponse) blocks.push({ type: 'text', text: `Force response: ${item.forceResponse}` });
  if (item.pccResponse) blocks.push({ type: 'text', text: `PCC response: ${item.pccResponse}` });
  const latest = history.at(-1);
  if (latest && latest.kind !== 'created') {
    blocks.push({ type: 'history', entries: [historyEntry(latest, input.people, workspace.timeZone)] });
  }
  blocks.push({ type: 'choices', choices: itemActions(ref, item) });
  return blocks;
}

/** An item's actions; a closed item offers only its history, which only reads. */
export function itemActions(ref: string, item: Pick<Item, 'status'>): Choice[] {
  const history: Choice = { label: 'History', command: `history ${ref}`, readOnly: true };
  if (isClosed(item.status)) return [history];
  const choices: Choice[] = [];
  if (item.status !== 'in_progress') choices.push({ label: 'Start', command: `${ref} in progress` });
  choices.push({ label: 'Done', command: `${ref} done`, style: 'primary' });
  if (item.status !== 'blocked')
    choices.push({ label: 'Blocked', command: `${ref} blocked`, asks: 'reason' });
  choices.push(history);
  return choices;
}

export function historyEntry(
  update: Update,
  people: ReadonlyMap<string, Member>,
  timeZone: string,
): HistoryEntry {
  const name = (id: string | null) => (id ? (people.get(id)?.displayName ?? 'someone') : 'nobody');
  return {
    at: update.at,
    when: formatInstant(update.at, timeZone),
    who: name(update.actorId),
    text: describeUpdate(update, name),
  };
}

function describeUpdate(update: Update, name: (id: string | null) => string): string {
  const note = update.note ? `: ${update.note}` : '';
  const evidence = update.evidence.length > 0 ? ` (evidence: ${update.evidence.join(', ')})` : '';
  switch (update.kind) {
    case 'created':
      return `created${note}`;
    case 'status':
      return `${update.fromStatus ? statusLabel(update.fromStatus) : '?'} → ${update.toStatus ? statusLabel(update.toStatus) : '?'}${note}${evidence}`;
    case 'comment':
      return `commented${note}${evidence}`;
    case 'assigned':
      return `assigned to ${name(update.ownerTo)}${update.ownerTeam ? ` (${update.ownerTeam})` : ''}${update.ownerFrom ? `, was ${name(update.ownerFrom)}` : ''}`;
    case 'deadline_revised':
      return `deadline ${update.dueFrom ? formatShortDate(update.dueFrom) : 'none'} → ${update.dueTo ? formatShortDate(update.dueTo) : 'none'}${note}`;
    case 'event_recorded':
      return `event happened${note}; now due ${update.dueTo ? formatShortDate(update.dueTo) : '?'}`;
    case 'response':
      return `response recorded${note}`;
  }
}

/** As the source printed it ("Recommendation 5"), or made from the kind and number for an item typed in. */
export function itemLabel(item: Pick<Item, 'label' | 'kind' | 'number'>): string {
  return item.label ?? `${KIND_LABELS[item.kind]}${item.number === null ? '' : ` ${item.number}`}`;
}
