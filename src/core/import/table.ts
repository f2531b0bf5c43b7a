import type { IsoDate } from '../dates/index.ts';
import type { ItemKind } from '../model/entities.ts';
import type { Raw } from './raw-lines.ts';
import { WHAT_IT_SAID } from './stem-words.ts';
import { squash } from './text-util.ts';

/** One row of a laid-out table of items (a response table, a tracker), its cells re-assembled. */
export type TableRow = {
  kind: ItemKind;
  label: string | null;
  number: number | null;
  text: string;
  force: string | null;
  pcc: string | null;
  /** The deadline column as printed ("31/03/2025", "Oct-18", "Immediate"). */
  due: string | null;
  /** A date printed on the group row above ("final report issued 02/03/2018"): the anchor of "Immediate". */
  anchor: IsoDate | null;
  /** A "Sent to" / "Addressed to" column: who must act, when the table names them. */
  addressees: string[];
};

export type Table = {
  start: number;
  end: number;
  /** The column titles, to recognise the same table carried on after a page's furniture. */
  header: string;
  rows: { at: number; row: TableRow }[];
};

type Role = 'ref' | 'item' | 'kind' | 'force' | 'pcc' | 'due' | 'anchor' | 'addressees' | 'other';
export type Column = { start: number; role: Role; name: string };
type Chunk = { start: number; text: string };

export const RULE_ROW = /^\s*[-=_]{3,}(?:\s+[-=_]{3,})+\s*$/;
// Cells are separated by two or more spaces; within a cell words are one space apart.
const CHUNK = /\S+(?: \S+)*/g;
// pdftotext places each cell fragment at its column's left edge, give or take a character or two.
const ALIGN = 3;

// The date a row's own report was issued: what "Immediate" or "within 56 days" counts from.
const ANCHOR_DATE =
  /^(?:published|issued|date published|date issued)$|^(?:report|source)\s+(?:published|issued)$|\b(?:report|source|issued?|publication|published|letter|page|decision)\s+date\b|^date\s+(?:of\s+)?(?:report|issue|publication|decision)\b/;
// Strong words for the deadline column; "target" or a bare "date" is only the deadline where none is named so.
export const STRONG_DUE = /\b(?:due|deadline|timescales?|by when)\b/;

export function roleOf(name: string): Role {
  // "RecommendationText", "ForceResponse", "S55DueDate": a database export runs a title's words together.
  const n = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  // "Rec", "PAC rec", "IOPC rec no.": the body's own number for its recommendation; "Conc." a committee's for
  // its conclusion.
  if (
    /^(?:ref(?:erence)?\.?|no\.?|number|#|id|rec\.?|conc\.|rec(?:ommendation)?\s*(?:no\.?|number|ref))$/.test(
      n,
    ) ||
    /^(?:pac|nao|committee|iopc|hmicfrs|hmic)\s+(?:rec\.?(?:\s*(?:no\.?|number|ref))?|ref(?:erence)?\.?)$/.test(
      n,
    )
  )
    return 'ref';
  // "Concern no.", "Action #", "Item number": the item's own number ("PFD ref" names the report instead).
  if (/^(?:concern|item|action|finding|afi|area|matter|point)s?\s*(?:no\.?|number|#|ref\.?)$/.test(n))
    return 'ref';
  // "Log ref", "Register ref", "Our ref": the log's own reference for the row.
  if (
    /^(?:log|register|tracker|plan|our|local|internal|opcc|force)\s+(?:ref(?:erence)?\.?|no\.?|id)$/.test(n)
  )
    return 'ref';
  // "Type": Recommendation / Area for improvement / Cause of concern, row by row.
  if (/^(?:(?:item|finding|entry|record)\s+)?(?:type|kind|category)$/.test(n)) return 'kind';
  // "Force" beside a read-across item: the force it was given to; so is a grid's "Receiver" beside a coroner's
  // concern. "Response due (recipient)" is a deadline.
  if (
    /\b(?:sent to|addressed to|made to|addressees?|recipients?|receivers?|for the attention of)\b|^(?:source |lead )?(?:force|service|council|organisation|body)$/.test(
      n,
    ) &&
    !STRONG_DUE.test(n)
  )
    return 'addressees';
  // "Where Marchshire stands" beside the item: the office's answer to it.
  if (
    /\b(?:response|responses|comments?|reply|update|progress|position|self-assessment|assurance|read-across(?!\s+(?:lead|owner)))\b|^(?:evidence|update)\s+(?:submitted|provided|given)\s+by\b|^where\s+(?:[\w'’]+\s+){1,3}stands?(?:\s+now)?$|^(?:pcc|opcc|commissioner['’]?s?)\s+view$|(?<!\b(?:auditor|inspectorate|hmicfrs|hmic|iopc|committee|nao)\s)\bassessment\b/.test(
      n,
    ) &&
    !STRONG_DUE.test(n) &&
    // "Assurance status", "Response status": where the answer stands, not the answer ("Status / progress
    // update" is the answer).
    !/\bstatus$/.test(n.trim())
  ) {
    // "Force response and PCC comment": both in one cell, split by their markers (bySpeaker).
    const both = /\b(?:force|chief constable|constabulary)\b/.test(n);
    return /\b(?:pcc|opcc|commissioner'?s?|mayor)\b/.test(n) && !both ? 'pcc' : 'force';
  }
  // "Our action", "Marchshire action taken" beside the inspectorate's finding: what the office will do or did
  // about it, its answer. So is a closure paper's "Evidence of completion".
  if (
    /^(?:our|local)\s+actions?(?:\s+taken)?$|^(?:[\w']+\s+)?actions?\s+taken$|^evidence(?:\s+of\s+(?:completion|implementation|progress))?$/.test(
      n,
    )
  )
    return 'force';
  if (ANCHOR_DATE.test(n)) return 'anchor';
  // "Sum of Open actions", "Count of Action ID", "Number of actions": a pivot table's figure, no item's words.
  if (/^(?:sum|count|number|no\.?|total|average)\s+of\b/.test(n)) return 'other';
  // "s55 deadline": when the commissioner's reply to the report was due, not the item's deadline.
  if (/\bs(?:ection)?\s?55\b/.test(n)) return 'other';
  // "Start time", "Completion time": when a form was filled in, a response sheet's own stamps.
  if (/^(?:start|completion|submission|last modified|modified|created)\s+(?:time|date)$/.test(n))
    return 'other';
  // "Review date", "Next review": when the office looks at the item again, not when it falls due.
  if (/^(?:(?:next|last)\s+)?review(?:\s+date)?$/.test(n)) return 'other';
  // "Revised date", "Actual completion": not the deadline set; "Agreed action" is the item. An audit's
  // "Agreed date" is the one agreed for its action: the deadline.
  if (
    /\b(?:revised|actual|completed|agreed|current)\b/.test(n) &&
    !/\b(?:actions?|recommendations?)\b/.test(n) &&
    !/^agreed(?:\s+(?:implementation|completion))?\s+date$/.test(n)
  )
    return 'other';
  // "Wessex target", "our target": the office's own date for its own work, not a deadline set for the item.
  if (/^(?!(?:completion|implementation|delivery)\b)[\w']+ target(?: date)?$/.test(n) && !STRONG_DUE.test(n))
    return 'other';
  if (STRONG_DUE.test(n) || /\b(?:target|completion|date)\b/.test(n)) return 'due';
  // "Where the cause of concern is stated", "Source of the recommendation": where the item was read, not it.
  // "Action owner", "Recommendation lead": who does it.
  if (/^(?:where|source|report|document|publication)\b|\b(?:owners?|leads?)$/.test(n)) return 'other';
  if (
    /\b(?:recommendations?|areas? for improvement|afi|findings?|actions?|issues?|concerns?|conclusions?|remed(?:y|ies)|wording|text|narrative)\b/.test(
      n,
    ) ||
    // "Item (as published)": the column of the items themselves; so is "What the committee said".
    /^items?(?:\s*\(.*\))?$/.test(n) ||
    WHAT_IT_SAID.test(n)
  )
    return 'item';
  return 'other';
}

export function chunksOf(layout: string): Chunk[] {
  return [...layout.matchAll(CHUNK)].map((m) => ({ start: m.index, text: m[0] }));
}

function columnOf(start: number, columns: readonly Column[]): number {
  let k = 0;
  columns.forEach((column, i) => {
    if (column.start <= start + ALIGN) k = i;
  });
  return k;
}

export function aligned(chunk: Chunk, columns: readonly Column[]): boolean {
  return columns.some((c) => Math.abs(c.start - chunk.start) <= ALIGN);
}

/** A line's text per column; a chunk that runs over a column edge at a space is cut there. */
export function cellsOf(layout: string, columns: readonly Column[]): Map<number, string> {
  const cells = new Map<number, string>();
  for (const chunk of chunksOf(layout)) {
    let pieceStart = chunk.start;
    const end = chunk.start + chunk.text.length;
    for (const column of columns) {
      if (column.start > pieceStart + ALIGN && column.start < end && layout[column.start - 1] === ' ') {
        add(cells, columnOf(pieceStart, columns), layout.slice(pieceStart, column.start));
        pieceStart = column.start;
      }
    }
    add(cells, columnOf(pieceStart, columns), layout.slice(pieceStart, end));
  }
  return cells;
}

function add(cells: Map<number, string>, column: number, text: string): void {
  const t = text.trim();
  if (t === '') return;
  const before = cells.get(column);
  cells.set(column, before === undefined ? t : `${before} ${t}`);
}

/** A table header at line i: the column titles above a rule, or one line of short titles. */
export function header(
  raws: readonly Raw[],
  furniture: readonly boolean[],
  i: number,
): { columns: Column[]; first: number; body: number } | null {
  const raw = raws[i];
  if (raw === undefined || furniture[i]) return null;
  if (RULE_ROW.test(raw.layout)) {
    const runs = [...raw.layout.matchAll(/[-=_]{3,}/g)].map((m) => m.index);
    let first = i;
    while (first > 0 && first > i - 3 && raws[first - 1]?.blank === false && !furniture[first - 1]) first--;
    if (first === i) return null;
    const columns: Column[] = runs.map((start) => ({ start, role: 'other', name: '' }));
    for (let j = first; j < i; j++) {
      for (const [k, text] of cellsOf(raws[j]?.layout ?? '', columns)) {
        const column = columns[k];
        if (column) column.name = squash(`${column.name} ${text}`);
      }
    }
    return finish(columns, first, i + 1);
  }
  // Without a rule: a line of three or more short column titles, one of them naming the items.
  const chunks = chunksOf(raw.layout);
  // Two titles over one long rule ("Recommendation      Force response and PCC comment" / "------").
  const ruled = /^\s*[-=_]{20,}\s*$/.test(raws[i + 1]?.layout ?? '');
  if (chunks.length < (ruled ? 2 : 3) || chunks.some((c) => c.text.split(' ').length > 7)) return null;
  const columns: Column[] = chunks.map((c) => ({ start: c.start, role: 'other', name: c.text }));
  if (ruled) return finish(columns, i, i + 2);
  // "Original  Revised" over "date  date": a title may wrap onto a second line under its column.
  const below = raws[i + 1];
  const second = below === undefined || below.blank ? [] : chunksOf(below.layout);
  const wraps =
    second.length > 0 &&
    second.length < columns.length &&
    second.every((c) => c.text.split(' ').length <= 2 && aligned(c, columns) && !/\d/.test(c.text));
  if (wraps && below !== undefined) {
    for (const [k, text] of cellsOf(below.layout, columns)) {
      const column = columns[k];
      if (column) column.name = squash(`${column.name} ${text}`);
    }
  }
  return finish(columns, i, wraps ? i + 2 : i + 1);
}

/**
 * "Minute  Action  Owner  Due": a meeting's action log lists what the meeting asked of its own officers, each
 * tied to a minute; those are the meeting's tasks, not recommendations made to it.
 */
function meetingActions(columns: readonly Column[]): boolean {
  const minute = columns.some((c) =>
    /^(?:minute|min\.?)(?:\s+(?:no\.?|ref\.?|number))?$/i.test(c.name.trim()),
  );
  // "Action No. | Action | Owner | Due" under "ACTION LOG": a meeting's own numbered actions.
  const actionNumber = columns.some((c) => /^actions?\s*(?:no\.?|#|ref\.?|number)$/i.test(c.name.trim()));
  const actions = columns.some((c) => c.role === 'item' && /^(?:agreed\s+)?actions?$/i.test(c.name.trim()));
  // "# | Action | Owner | Due | Status" with nothing naming a recommendation or concern: the office's own
  // actions (a page's, a briefing's), not the items it tracks.
  const owner = columns.some((c) =>
    /^(?:action\s+)?owners?$|^lead(?:\s+officer)?$|^who$/i.test(c.name.trim()),
  );
  const namesItems = columns.some((c) => /recommend|concern|finding|improvement|afi\b|issue/i.test(c.name));
  // "Ref | Meeting | Minute | Agreed action" under an audit report's title, or "Ref | Source | Action": its refs
  // name another report's actions, which the committee tracks.
  const refs = columns.some((c) => /^ref(?:erence)?\.?$/i.test(c.name.trim()) && c.role === 'ref');
  const sourced =
    /^agreed\b/i.test(actionName(columns)) || columns.some((c) => /^source$/i.test(c.name.trim()));
  return actions && !(refs && sourced) && (minute || actionNumber || (owner && !namesItems));
}

function actionName(columns: readonly Column[]): string {
  return columns.find((c) => c.role === 'item')?.name.trim() ?? '';
}

const GENERIC_REPLY_WORD =
  /^(?:force|chief|constabulary|management|agreed|status|progress|update|latest|current|action|response|comments?|reply|evidence|the)\b/i;

/** "Wessex position", "Our response", "Partnership response": the reply of an office other than the addressee. */
function officesOwn(name: string): boolean {
  const trimmed = name.trim();
  return (
    /\b(?:our|partnership|partners)\b/i.test(trimmed) ||
    (/^[A-Z]/.test(trimmed) && !GENERIC_REPLY_WORD.test(trimmed))
  );
}

// "Ref" (RA-01) outranks a list's row counter ("No."), and a bare "ID" (a system number) comes last.
function refRank(name: string): number {
  // "HMICFRS ref", "HMICFRS rec no.": the inspectorate's own number for its item, before a register's.
  if (/\b(?:hmicfrs|hmic|iopc|pac|nao|committee|inspectorate)\b/i.test(name)) return -1;
  if (/\bref(?:erence)?\b/i.test(name)) return 0;
  return /^id$/i.test(name.trim()) ? 2 : 1;
}

export function finish(
  columns: Column[],
  first: number,
  body: number,
): { columns: Column[]; first: number; body: number } | null {
  for (const column of columns) column.role = roleOf(column.name);
  // "Description" beside a "Type" for each row: a workbook's one column for every kind of entry's words; and
  // where an "Action ref" keys each record, its description is the action.
  const keyed = columns.some((c) => c.role === 'kind' || (c.role === 'ref' && /\bactions?\b/i.test(c.name)));
  if (keyed && !columns.some((c) => c.role === 'item')) {
    for (const c of columns) if (/^description$/i.test(c.name.trim())) c.role = 'item';
  }
  // "Response due (coroner)" beside "Our target": the named deadline wins, the internal target is not one.
  if (columns.some((c) => c.role === 'due' && STRONG_DUE.test(c.name.toLowerCase()))) {
    for (const c of columns) if (c.role === 'due' && !STRONG_DUE.test(c.name.toLowerCase())) c.role = 'other';
  }
  // "Report" then "Date": the date the report was issued, which its deadlines count from.
  const reportColumn = columns.some((c) =>
    /^(?:report|source(?: report)?|pfd(?: ref)?)$/i.test(c.name.trim()),
  );
  if (reportColumn) for (const c of columns) if (/^date$/i.test(c.name.trim())) c.role = 'anchor';
  // "Recommendation" beside "HMIC text": the first holds the labels ("Recommendation 1"), the second the words.
  const copied = columns.find(
    (c) =>
      c.role === 'item' && /\b(?:text|wording|narrative|verbatim|as published|as written)\b/i.test(c.name),
  );
  if (copied !== undefined && !columns.some((c) => c.role === 'ref'))
    for (const c of columns)
      if (
        c.role === 'item' &&
        /^(?:recommendations?|rec\.?|areas? for improvement|afi|concerns?|items?)$/i.test(c.name.trim())
      )
        c.role = 'ref';
  // "HMICFRS finding (verbatim)" beside "Wessex action": the column that says it copies the words holds the
  // items, and an action beside it answers them.
  if (copied !== undefined)
    for (const c of columns)
      if (c !== copied && c.role === 'item') c.role = /\bactions?\b/i.test(c.name) ? 'force' : 'other';
  // "Finding" beside "Recommendation": the finding explains, the recommendation is the item.
  const named = columns.filter(
    (c) =>
      c.role === 'item' &&
      /\brecommend|\bactions?\b|\bconcern|\bareas? for improvement\b|\bafis?\b/i.test(c.name),
  );
  if (named.length > 0)
    for (const c of columns) if (c.role === 'item' && !named.includes(c)) c.role = 'other';
  // "Coroner's concern" beside "Thamesmere action": the action answers the concern; so beside "Area for
  // improvement (Gwent Police)" does "Marchshire action".
  const concern = named.find((c) => /\b(?:concern|recommend|areas? for improvement|afis?\b)/i.test(c.name));
  if (concern !== undefined)
    for (const c of named) if (c !== concern && /^[\w'’ ]*\bactions?$/i.test(c.name.trim())) c.role = 'force';
  // "Evidence" beside "Force update": the documents behind the answer, not the answer.
  const evidence = (c: Column) => c.role === 'force' && /^evidence\b/i.test(c.name.trim());
  if (columns.some((c) => c.role === 'force' && !evidence(c)))
    for (const c of columns) if (evidence(c)) c.role = 'other';
  // "Marchshire response / action", "Our self-assessment", "Partnership response" then "Target" or "Due": an office
  // reading across another body's items dates its own action, not a deadline set for the item. A "Force
  // response" or an audit's "Management response" beside "Target" is the deadline agreed for the item.
  if (columns.some((c) => c.role === 'force' && officesOwn(c.name))) {
    for (const c of columns)
      if (c.role === 'due' && /^(?:target|due)(?: date)?$/i.test(c.name.trim())) c.role = 'other';
  }
  // "Ref" beside "HMICFRS rec" and no column of words: the tracker numbers its rows itself, so the body's "rec"
  // column holds the recommendation, not its number.
  const plainRef = columns.some(
    (c) => c.role === 'ref' && /^(?:ref(?:erence)?\.?|no\.?|#)$/i.test(c.name.trim()),
  );
  if (plainRef && !columns.some((c) => c.role === 'item'))
    for (const c of columns)
      if (c.role === 'ref' && /^(?:pac|nao|committee|iopc|hmicfrs|hmic)\s+rec\.?$/i.test(c.name.trim()))
        c.role = 'item';
  // "ID" and "Concern no.": the register's own ref names the row; the source's numbering is a detail.
  // A bare "ID" is a list's system number (a SharePoint export's 112, 113): another ref column comes first.
  const refs = columns.filter((c) => c.role === 'ref').sort((a, b) => refRank(a.name) - refRank(b.name));
  for (const c of refs.slice(1)) c.role = 'other';
  // A SharePoint list's "ID" beside its "Item Type" and "Path" columns numbers the list's rows, not the items.
  const sharePoint = columns.some((c) => /^(?:item type|path|modified by|created by)$/i.test(c.name.trim()));
  const described = columns.some((c) => ['force', 'pcc', 'due', 'anchor', 'addressees'].includes(c.role));
  if (sharePoint && described) for (const c of refs) if (/^id$/i.test(c.name.trim())) c.role = 'other';
  const roles = new Set(columns.map((c) => c.role));
  if (
    !roles.has('item') ||
    meetingActions(columns) ||
    !['force', 'pcc', 'due', 'ref', 'anchor', 'addressees'].some((r) => roles.has(r as Role))
  ) {
    return null;
  }
  return { columns, first, body };
}

/** "Chief Constable, Wiltshire Police; Home Office": one addressee a name between semicolons or lines. */
export function splitAddressees(cell: string | null): string[] {
  if (cell === null) return [];
  return cell
    .split(/\s*(?:;|\n|\s\|\s|\s\/\s)\s*/)
    .flatMap(forcesListed)
    .map((a) => squash(a).replace(/[.,]$/, ''))
    .filter((a) => a !== '');
}

// "Cleveland Police, Kent Police and West Mercia Police": bodies listed with commas, each named whole; a
// comma may also part a role from its body ("Chief Executive, College of Policing"), which stays one.
const BODY_NAME =
  /^(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*\s+(?:police|constabulary|service|council|authority|trust|commissioner|office)$/i;

function forcesListed(cell: string): string[] {
  if (!cell.includes(',')) return [cell];
  const parts = cell.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=[A-Z])/);
  return parts.length > 1 && parts.every((p) => BODY_NAME.test(p.trim())) ? parts : [cell];
}
