import type { Raw } from './raw-lines.ts';
import { wordCount } from './text-util.ts';

/*
 * Lines a page puts around its text that a copy keeps: a browser's controls and print stamps, a picture's
 * description, a pointer to the evidence. None is words of the document.
 */

// A web page saved as text keeps its navigation, cookie banner and sharing links, and a list page its
// filter and sort controls ("Filter results", "Sort by: Newest first", "Showing 1 to 19 of 19 results"), and
// an expanded card its "Show less", a long page its reading bar ("Scroll progress: 50%").
const WEB_CHROME =
  /^(?:filter results$|sort by:|showing \d+ (?:to|-) \d+ of \d+\b|skip to (?:main )?content|share this (?:page|article)\b|back to top$|print this (?:page|document)$|search(?: this site)?$|menu$|is this page useful\b|accept (?:all )?cookies\b|we use cookies\b|cookie (?:settings|preferences)\b|show (?:more|less)$|read (?:more|less)$|rate this page$|(?:scroll|reading) progress:?\s*\d{1,3}%$)/i;
// "[Picture: two police officers talking to a young man]", "[Image: chart of response times]": where a page
// shows a picture, its copy keeps only the description.
const PICTURE = /^\[(?:picture|image|photo|photograph|graphic|illustration|icon|chart|figure)\b[^\]]*\]$/i;
// "(See paragraphs 3.14 to 3.22.)" alone under a finding: a pointer to the evidence, no words of the item.
const SEE_PARAGRAPHS = /^\(see (?:paragraphs?|pages?|sections?|chapters?)\s[^()]*\)\.?$/i;
// A browser's print header ("06/11/2023, 09:42    Title - Site") and footer ("https://...    1/3").
const BROWSER_PRINT =
  /^\d{1,2}\/\d{1,2}\/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s{2,}\S|^(?:https?:\/\/|www\.)\S+\s{2,}\d{1,4}\/\d{1,4}$/i;

// "CHECKED OUT  This document is checked out to you. ...  Check In": SharePoint's banner over a document.
const CHECKED_OUT = /^checked out\b.*\bcheck in$/i;
// "Jo Marsh is editing": a shared document's note of who else has it open, wherever the copy caught it.
const PRESENCE =
  /^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\s+is\s+(?:editing|viewing|typing|presenting)(?:\.{3}|…)?$/;

export function isPageChrome(raw: Raw): boolean {
  return (
    PRESENCE.test(raw.text) ||
    CHECKED_OUT.test(raw.text) ||
    WEB_CHROME.test(raw.text) ||
    PICTURE.test(raw.text) ||
    SEE_PARAGRAPHS.test(raw.text) ||
    BROWSER_PRINT.test(raw.layout.trim())
  );
}

// "Related pages" over "1. Section 55 responses 2014", "2. Police and Crime Panel meetings": a page's links to
// other pages, titles only, down to the next blank line: no words of the document.
const RELATED =
  /^(?:related (?:pages|links|content|articles|information)|see also|more in this section|useful links):?$/i;
const LINK_WORDS = 8;

export function markRelatedLinks(raws: readonly Raw[], marks: boolean[]): void {
  raws.forEach((raw, i) => {
    if (!RELATED.test(raw.text)) return;
    let j = i + 1;
    while (raws[j] !== undefined && !raws[j]?.blank) j++;
    const links = raws.slice(i + 1, j);
    const titles = links.every((l) => wordCount(l.text) <= LINK_WORDS && !/[.:;]$/.test(l.text));
    if (links.length === 0 || !titles) return;
    // The title stays: it still ends the section above it.
    for (let k = i + 1; k < j; k++) marks[k] = true;
  });
}

// A task card's "Checklist 1/3" over "[x] Ask force for ASB recording audit": the office's own steps towards
// the task, ticked or not, not words of what it tracks.
const CHECKLIST = /^checklist(?:\s+\d+\s*\/\s*\d+)?:?$/i;
const CHECKBOX = /^(?:[-*•]\s+)?\[[ xX✓✔]\]\s+\S/;

export function markChecklists(raws: readonly Raw[], marks: boolean[]): void {
  raws.forEach((raw, i) => {
    if (!CHECKLIST.test(raw.text)) return;
    let j = i + 1;
    while (raws[j] !== undefined && CHECKBOX.test(raws[j]?.text ?? '')) j++;
    if (j === i + 1) return;
    for (let k = i; k < j; k++) marks[k] = true;
  });
}
