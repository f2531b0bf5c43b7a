/*
 * Bodies a force or its commissioner does not answer for. A recommendation addressed only to them
 * (the seed's recommendation 15: the NPCC lead, the chief officers of the regional organised crime
 * units and the NCA's director general) is imported as "not for us", like the force's own response
 * calls it. One of ours among the addressees ("Chief Constables and the College of Policing") keeps it.
 */
const OTHER_BODY = new RegExp(
  [
    'NPCC',
    "National Police Chiefs['’]? Council",
    'College of Policing',
    'Home Office',
    'Home Secretary',
    'Secretary of State',
    'NCA',
    'National Crime Agency',
    'regional organised crime units?',
    'ROCUs?',
    'Ministry of',
    'Department (?:for|of)',
    'Cabinet Office',
    'HM Treasury',
    'HM Government',
    'government',
  ]
    .map((name) => `\\b${name}\\b`)
    .join('|'),
  'i',
);

/**
 * "addressed to the College of Policing, not this force" when every addressee is another body;
 * null when any is ours, or when nobody is named (then nothing says it is someone else's).
 */
export function otherBodiesOnly(addressees: readonly string[]): string | null {
  if (addressees.length === 0 || !addressees.every((a) => OTHER_BODY.test(a))) return null;
  return `addressed to ${listOf(addressees.map(withArticle))}, not this force`;
}

// "College of Policing" reads as "the College of Policing"; "NPCC", "HM Treasury" and plural roles
// ("Chief Officers with responsibilities for ...") take no article.
function withArticle(name: string): string {
  const head = name.split(/\s+(?:with|of|for|in|at)\s+/)[0] ?? name;
  if (/^(?:the|HM)\b|^[A-Z]{2,}\b/.test(name) || /[^'’s]s$/i.test(head)) return name;
  return `the ${name}`;
}

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
