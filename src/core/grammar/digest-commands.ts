import { z } from 'zod';
import { STATUSES } from '../model/status.ts';

/**
 * The digest and reminder commands' schemas. commands.ts spreads these into the Command union; they
 * take its shared pieces as arguments rather than importing them, so the two modules don't import
 * each other.
 */
export function digestCommandSchemas<Ref extends z.ZodType, Person extends z.ZodType>(shared: {
  itemRef: Ref;
  person: Person;
  key: z.ZodString;
  isoDate: z.ZodString;
}) {
  const listIndex = z.number().int().min(1).max(999).nullable();
  const digestAction = z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('subscribe'),
      cron: z.string().trim().min(9).max(200),
      label: z.string().trim().min(1),
      timeZone: z.string().trim().min(1).nullable(),
      report: shared.key.nullable(),
      owner: shared.person.nullable(),
      statuses: z.array(z.enum(STATUSES)),
      skipEmpty: z.boolean(),
    }),
    /** index: the subscription's number in `digests`; null means this channel's. */
    z.object({ kind: z.literal('off'), index: listIndex }),
    z.object({ kind: z.literal('resume'), index: listIndex }),
    z.object({ kind: z.literal('now') }),
    z.object({ kind: z.literal('list') }),
  ]);
  const reminderAction = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('snooze'), item: shared.itemRef, until: shared.isoDate }),
    z.object({ kind: z.literal('unsnooze'), item: shared.itemRef }),
    z.object({ kind: z.literal('opt_out') }),
    z.object({ kind: z.literal('opt_in') }),
    z.object({ kind: z.literal('show') }),
  ]);
  return [
    z.object({ type: z.literal('digest'), action: digestAction }),
    z.object({ type: z.literal('reminder'), action: reminderAction }),
  ] as const;
}
