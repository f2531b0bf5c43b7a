/*
 * Jira's and Confluence's wiki markup, as a ticket's description pastes from its text view or an export:
 * "h3. Recommendations" for a heading, "{quote}...{quote}" around words copied from elsewhere, "# " for a
 * numbered entry, "*Surrey Police*" in bold. The marks are the ticket's structure, so they become the
 * Markdown the rest of the reader knows: a heading line, a paragraph of its own, "1. ", "**bold**".
 */

const HEADING = /^h[1-6]\.\s+(.+)$/;
const BLOCK = /\{(?:quote|noformat|panel|code|color)(?::[^}\n]*)?\}/g;
// "{quote}" on a line of its own or wrapping a paragraph, "h3. Background": either shows the markup; a
// page that writes about "{quote}" once is not written in it.
const MIN_MARKS = 2;

export function unwiki(text: string): string {
  const lines = text.split(/\r?\n/);
  const marks = lines.filter((l) => HEADING.test(l.trim())).length + (text.match(BLOCK)?.length ?? 0);
  if (marks < MIN_MARKS) return text;
  let number = 0;
  return lines
    .map((line) => {
      const heading = HEADING.exec(line.trim());
      if (heading) return `\n## ${heading[1]}\n`;
      // "# Compare the SOP against each recommendation": the next of a numbered list.
      const entry = /^#\s+(.+)$/.exec(line);
      number = entry ? number + 1 : line.trim() === '' ? number : 0;
      if (entry) return `${number}. ${entry[1]}`;
      return line
        .replace(BLOCK, '\n\n')
        .replace(/^\*([^*\s][^*]*[^*\s])\*$/, '**$1**')
        .replace(/\[~([\w.-]+)\]/g, '@$1');
    })
    .join('\n');
}
