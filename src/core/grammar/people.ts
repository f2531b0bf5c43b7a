import type { PersonToken } from './commands.ts';

/**
 * A person as adapters hand them to the core: Slack's `<@U123>` or `<@U123|alice>` (Teams mentions are
 * translated to the same shape by the Teams adapter), or a plain `@alice`.
 */
const PERSON = /^(?:<@([A-Za-z0-9:._-]+)(?:\|([^>]+))?>|@([\p{L}\p{N}._'-]+))/u;

export function parsePerson(text: string): { person: PersonToken; rest: string } | null {
  const match = PERSON.exec(text.trim());
  if (!match) return null;
  const rest = text.trim().slice(match[0].length).trim();
  if (match[1]) return { person: { kind: 'mention', externalId: match[1], name: match[2] ?? null }, rest };
  return { person: { kind: 'name', name: match[3] ?? '' }, rest };
}

export function describePerson(person: PersonToken): string {
  return person.kind === 'name' ? `@${person.name}` : `<@${person.externalId}>`;
}
