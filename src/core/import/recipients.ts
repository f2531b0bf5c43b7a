import type { Line } from './clean-text.ts';
import { LIST_MARK } from './clean-text.ts';
import { continuationOf } from './fields.ts';
import { readPrintedDate } from './printed-date.ts';
import { squash, wordCount } from './text-util.ts';

// "THIS REPORT IS BEING SENT TO:", "Addressed to:", "Recipients: Oakhurst Police; College of Policing".
// "| Sent to | University Hospitals Birmingham NHS Foundation Trust |": a page's table of details.
// "Report sent to (recipients):": a note in brackets between the key and its colon.
const TRIGGER =
  /\b(?:sent to|addressed to|recipients?|distribution)(?:\s*\([^()]*\))?\s*(?::|\s\|)\s*(.*?)(?:\s*\|)?$/i;
// "Who was the report sent to?": a web form's question stands for the key.
// "3. Recipients of the report": a paper's section over the list.
const KEY_ALONE =
  /^(?:\d{1,2}\.?\s+)?(?:this report is being sent to|sent to|recipients?(?: of (?:the|this) report)?|addressed to|who was (?:the|this) report sent to\??)$/i;
// The coroner's own heading outranks a cover sheet's "Addressed to: Medicines Optimisation Team" above it.
const CORONER_KEY = /^this report is being sent to\b/i;
const COUNTED = /\b(?:two|three|four|five|six|\d)\s*$/i;
// "London SE5 8AZ", "London. SW17 0QT": a postal address ends with its postcode.
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\.?$/;
// The last part before a postcode that names a body: "..., Isle of Wight Council, Jubilee Stores, County
// Hall, Newport, PO30 1UD".
const BODY_WORD =
  /\b(?:trust|council|police|service|board|department|office|college|society|surgery|limited|ltd|plc|group|authority|agency|commission|ministry|university|hospital|practice|partnership)\b/i;
// Kept as printed ("Chief Executive, College of Policing"): the role says who answers, the body which.
// "(in respect of paragraphs 5.1, 2 & 3)": which concerns the recipient must answer, not part of its name.
// "(Deputy Chief Constable A. Person QPM, National Armed Policing Working Group)": who answers for the body.
const OFFICER_IN_BRACKETS =
  /,?\s*\((?:(?:deputy|assistant|temporary|acting)\s+)?(?:chief constable|chief executive|chief officer|director|head|mr|mrs|ms|dr|rt hon|sir|dame)\b[^()]*\)/i;
// "... as the responsible officer for the joint Armed Policing Unit": why this recipient, not its name.
const IN_ROLE = /,?\s+as\s+(?:the\s+)?(?:responsible|lead|accountable)\b.*$/i;
const IN_RESPECT = /,?\s*\((?:in respect|in relation|regarding|re:?)\b[^)]*\)?\s*$/i;

// "Rt Hon A. Person KC, MP, Lord Chancellor and Secretary of State for the Ministry of Justice".
const MAX_NAME_WORDS = 18;
// "..., Western Way, Thamesmead, London, SE28 0EB": the postal address after the name, from its first part
// that is a street, a building or a number.
const ADDRESS_PART =
  /^(?:\d|flat\b)|\b(?:street|road|way|lane|avenue|house|court|place|square|floor|building|centre|quay)$/i;

function withoutAddress(name: string): string {
  const parts = name.split(/\s*,\s*/);
  const at = parts.findIndex((p, k) => k > 0 && ADDRESS_PART.test(p));
  if (at > 0) return parts.slice(0, at).join(', ');
  if (!POSTCODE.test(name)) return name;
  const body = parts.findLastIndex((p) => BODY_WORD.test(p));
  return body >= 0 && body < parts.length - 1 ? parts.slice(0, body + 1).join(', ') : name;
}

function organisation(entry: string): string | null {
  const name = withoutAddress(
    squash(entry.replace(/[|_]/g, ' ').trim().replace(LIST_MARK, '').replace(/^•\s*/, ''))
      .replace(IN_RESPECT, '')
      .replace(OFFICER_IN_BRACKETS, '')
      .replace(IN_ROLE, '')
      .replace(/[.;,]$/, ''),
  );
  if (name === '') return null;
  if (wordCount(name) <= MAX_NAME_WORDS) return name;
  // A long entry with a note in brackets: the body is what comes before it.
  const body = name.split(/,?\s*\(/)[0]?.trim() ?? '';
  return wordCount(body) >= 2 && wordCount(body) <= MAX_NAME_WORDS ? body : null;
}

/**
 * An entry's name from its printed lines: as many as make a name (a recipient's address runs on below it,
 * "Trust Headquarters", "9 Alie Street").
 */
function fitted(lines: readonly string[]): string | null {
  let name: string | null = null;
  for (let k = 1; k <= lines.length; k++) {
    const longer = organisation(lines.slice(0, k).join(' '));
    if (longer === null) break;
    name = longer;
  }
  return name;
}

/**
 * A letter's addressees: the lines above "Dear ...", back to its date ("Rt Hon Sajid Javid MP, Home
 * Secretary, Home Office"). Only for a coroner's letter, whose concerns go to everyone it is sent to.
 */
export function letterRecipients(lines: readonly Line[]): string[] {
  const dear = lines.slice(0, 80).findIndex((l) => /^dear\s/i.test(l.text));
  const out: string[] = [];
  for (let j = dear - 1; j >= Math.max(0, dear - 6); j--) {
    const text = lines[j]?.text ?? '';
    if (readPrintedDate(text) !== null || /^(?:our|your)\s+ref\b/i.test(text) || wordCount(text) > 15) break;
    const name = organisation(text);
    if (name !== null) out.unshift(name);
  }
  return out;
}

/** "Your report ... was sent to the Chief Constable of Sussex Police and to the NPCC Lead ...", said in a sentence. */
// "... report ... was sent to the Chief Constable of Sussex Police."
// "The report was written by N. Persaud, coroner for London East, dated 11 May 2018, and sent to ...".
const REPORT_SENT_TO =
  /\breport\b[^.]{0,60}?\bwas\s+(?:sent\s+(?:by\s+(?:[^.]|(?<=\b[A-Z])\.){1,120}?,?\s+)?|(?:written|made|issued)\s+(?:[^.]|(?<=\b[A-Z])\.){1,160}?,?\s+and\s+sent\s+)to\s+(.+?)(?:\s+(?:following|after)\s+the\s+(?:inquest|investigation)\b[^.]*)?\.(?:\s|$)/i;
// "The attached Regulation 28 report went to Lincolnshire County Council (Chief Operating Officer, ...) and not
// to us": a forward says where the report went.
const REPORT_WENT_TO =
  /\breport\b[^.]{0,60}?\b(?:went|was\s+addressed|is\s+addressed)\s+to\s+(.+?)\.(?:\s|$)/i;
// Only names: "went to the College and to WMP only, so we don't reply ..." is the writer's story.
const NAMES_ONLY = /^(?:(?:the|of|and|for|to|[-–—]|[A-Z][\w'’&.-]*)[,;]?\s*)+$/;

function wentTo(text: string): string | undefined {
  const list = REPORT_WENT_TO.exec(text)?.[1]
    ?.replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+and\s+not\b.*$/i, '');
  return list !== undefined && NAMES_ONLY.test(list) ? list : undefined;
}

// In a paper that carries a coroner's report: "sent to the Secretary of State ...", "sent a report to
// prevent future deaths to the Chief Executive of Oldham Council after the inquest ..."; not "it was not
// sent to us".
// "... issued by the coroner for ... (J. Adeley) on 12 February 2021 to East Lancashire Hospitals NHS Trust",
// "... issued a Regulation 28 report on 31 January 2014 to Lisa Rodrigues, Chief Executive, ...".
const CORONER_SENT_TO =
  /(?<!\b(?:not|never)\s+(?:been\s+)?)\b(?:sent\s+(?:(?:a|the|his|her|their)\s+(?:(?:regulation 28|prevention of future deaths|pfd)\s+)?report\b[^.]{0,60}?\s+)?|issued\s+(?:by\s+(?:[^.]|(?<=\b[A-Z])\.){1,160}?|(?:a|the|his|her)\s+(?:regulation 28|prevention of future deaths|pfd)\s+report)\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+)to\s+(?!prevent\b|us\b|you\b|me\b|each\s+of\b|all\s+of\b)(.+?)(?:,?\s+(?:after|following)\b[^.]*)?\.(?:\s|$)/gi;

// "... learning from reports sent to other mental health trusts has been considered": no names, a story.
// "It was sent to one body only: The Rt Hon Grant Shapps, ...": the names follow the count.
function coronerSentTo(text: string): string | undefined {
  for (const m of text.matchAll(CORONER_SENT_TO)) {
    const list = (m[1] ?? '').replace(/^[a-z][^:]{0,30}:\s+(?=[A-Z])/, '');
    if (/^(?:the\s+)?[A-Z]/.test(list)) return list;
  }
  return undefined;
}

export function sentenceRecipients(lines: readonly Line[], coroner = false): string[] {
  const text = lines
    .slice(0, 80)
    .map((l) => l.text)
    .join(' ');
  const list = REPORT_SENT_TO.exec(text)?.[1] ?? (coroner ? coronerSentTo(text) : undefined) ?? wentTo(text);
  if (list === undefined) return [];
  // "... sent to Walsall MBC, not to us or to the Council, and Walsall's response was due ...": the rest of
  // the sentence is about others.
  // "Lincolnshire County Council (Chief Operating Officer, Lincolnshire County Council)": the body, its
  // officer in brackets, whose comma parts no names ("(NPCC)" stays).
  return list
    .replace(/\s*\([^()]*,[^()]*\)/g, '')
    .replace(/(?:,|\s+and)\s+(?:not|but|and\s+(?:[\w'’]+\s+){0,3}(?:response|reply))\b.*$/i, '')
    .split(/\s*,\s*(?:and\s+)?(?:to\s+)?|\s+and\s+to\s+|\s+and\s+(?=the\s)/i)
    .map((name) => organisation(name.replace(/^(?:to\s+)?the\s+/i, '')))
    .filter((n): n is string => n !== null);
}

/** Who the whole document is addressed to: the recipients list of a coroner's report, a "Recipients:" field. */
export function documentRecipients(lines: readonly Line[]): string[] {
  const keys = lines.flatMap((l, i) => (TRIGGER.test(l.text) || KEY_ALONE.test(l.text) ? [i] : []));
  const rank = (i: number) => {
    const text = lines[i]?.text ?? '';
    if (CORONER_KEY.test(text)) return 0;
    // "1.2 The report was sent to three recipients: the Trust, ... (see section 3)": a sentence's summary,
    // read only when no field or list names them.
    return COUNTED.test(text.slice(0, TRIGGER.exec(text)?.index ?? 0)) ? 2 : 1;
  };
  for (const i of [...keys].sort((a, b) => rank(a) - rank(b))) {
    const names = recipientsAt(lines, i);
    if (names.length > 0) return names;
  }
  return [];
}

// "1. The Chief Executive of ... Trust 2. The Chief Executive ...": a numbered list run onto one line.
const RUN_ON_NUMBER = /\s+(?=\d{1,2}[.)]\s+[A-Z])/;

/** An unmarked line under the first recipient: the next recipient, or its address wrapped below it. */
function addressLine(text: string): boolean {
  const head = text.split(/\s*,\s*/)[0] ?? '';
  return ADDRESS_PART.test(head) || POSTCODE.test(head);
}

function recipientsAt(lines: readonly Line[], i: number): string[] {
  const text = lines[i]?.text ?? '';
  const match = TRIGGER.exec(text);
  // A form saved as text prints each field's name on a line and its value on the next ("Sent to").
  const inline = (match?.[1] ?? '').trim();
  // "Sent to:    (1) Rt Hon ...", then "(2) ..." under it: a numbered list that starts on the field's line.
  const listed = LIST_MARK.test(inline);
  if (inline !== '' && !listed) {
    const named = [inline, ...continuationOf(lines, i).map((l) => l.text)]
      .join(' ')
      .split(/\s*;\s*|\s+\|\s+/)
      .map(organisation)
      .filter((n): n is string => n !== null);
    // A web page's summary line runs the names together with commas; the report's own list follows.
    return named;
  }
  // Entries as printed, wrapped lines joined; read as names once whole.
  const out: string[][] = listed ? [[inline]] : [];
  // "1" alone on a line then "Chief Constable [REDACTED]": pdftotext splits a form's numbered row.
  let afterNumber = false;
  let listStyle: 'bullet' | 'number' | null = null;
  let first = i + 1;
  for (let j = i + 1; j < lines.length && out.length < 12; j++) {
    const line = lines[j];
    if (line === undefined) break;
    // "|    |": an empty row of a form's box, between the field's name and its value.
    if (/^[|\s]*$/.test(line.text)) {
      if (first === j) first++;
      continue;
    }
    if (/^\d{1,2}[.)]?$/.test(line.text)) {
      afterNumber = true;
      continue;
    }
    // "• Ms A McNab, Chief Executive, Camden & Islington NHS Foundation Trust" / "  (C&I)": a wrapped entry.
    // "5.1 & 2)" under "(in respect of paragraphs": the wrapped reference, however it starts, names no one.
    const wordless = !/[A-Za-z]{2}/.test(line.text);
    if (
      out.length > 0 &&
      line.indented &&
      line.gapBefore === 0 &&
      !line.bullet &&
      (!line.listMark || wordless)
    ) {
      out[out.length - 1]?.push(line.text);
      continue;
    }
    const straightAfter = out.length === 0 && j === first && line.gapBefore === 0;
    // "Who was the report sent to?" then one recipient a line, unmarked, each with its address.
    // Only under a key that starts its own block: in a form printed without blank lines, the line after
    // the value is the next key.
    const unmarkedNext =
      out.length > 0 &&
      listStyle === null &&
      (lines[i]?.gapBefore ?? 0) > 0 &&
      !line.listMark &&
      !line.bullet &&
      line.gapBefore === 0;
    if (unmarkedNext && addressLine(line.text)) {
      out[out.length - 1]?.push(line.text);
      continue;
    }
    if (!(line.listMark || line.bullet || afterNumber || straightAfter || unmarkedNext)) break;
    // "- Chief Constable ..." entries, then the letter's own "2. The recipients must ...": another list.
    const style = line.bullet ? 'bullet' : line.listMark ? 'number' : null;
    if (style !== null && listStyle !== null && style !== listStyle) break;
    listStyle ??= style;
    // "1" then "CORONER": the form's first numbered section, after the last recipient.
    if (afterNumber && /^[A-Z'’ ]+$/.test(line.text)) break;
    afterNumber = false;
    out.push([line.text]);
  }
  // "A | B | C" on the line under the field: a web page's recipients run together on one line.
  const entries = out.flatMap((parts) => {
    const whole = parts.join(' ');
    if (whole.includes(' | ')) return whole.split(/\s+\|\s+/).map((part) => [part]);
    if (whole.includes('; ')) return whole.split(/\s*;\s+/).map((part) => [part]);
    return LIST_MARK.test(whole) && RUN_ON_NUMBER.test(whole)
      ? whole.split(RUN_ON_NUMBER).map((part) => [part])
      : [parts];
  });
  const names = entries.map(fitted).filter((n): n is string => n !== null);
  // "THIS REPORT IS BEING SENT TO:", a blank line, then the one recipient on a line of its own.
  const single = lines[i + 1];
  if (names.length === 0 && single !== undefined && !single.listMark && wordCount(single.text) <= 15) {
    const name = organisation(single.text);
    if (name !== null && !/^\d/.test(name)) names.push(name);
  }
  return names;
}
