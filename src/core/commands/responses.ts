import type { CommandOf } from '../grammar/commands.ts';
import { formatRef } from '../grammar/refs.ts';
import type { Item, Report } from '../model/entities.ts';
import { info, type Reply, type ResponsesForm } from '../reply/reply.ts';
import { type CommandContext, findItem, findReport } from './context.ts';

const NONE = 'none yet';

/** The form that changes an item's responses and disposition, filled in with what they are now. */
export function itemResponsesForm(ref: string, item: Item): ResponsesForm {
  return {
    kind: 'responses',
    scope: 'item',
    ref,
    force: item.forceResponse ?? '',
    pcc: item.pccResponse ?? '',
    disposition: item.disposition,
  };
}

/** The form that changes a report's overall responses, filled in with what they are now. */
export function reportResponsesForm(report: Report): ResponsesForm {
  return {
    kind: 'responses',
    scope: 'report',
    ref: report.key,
    force: report.forceResponse ?? '',
    pcc: report.pccResponse ?? '',
    disposition: null,
  };
}

/**
 * `responses OSAEC23-5` (or `responses OSAEC23` for the overall ones): the responses as they are, how
 * to change them by command, and the form a platform opens to change them (Responses… on a card).
 */
export async function showResponses(ctx: CommandContext, cmd: CommandOf<'responses_show'>): Promise<Reply> {
  if (cmd.item === null) {
    const report = await findReport(ctx, cmd.key);
    const form = reportResponsesForm(report);
    return {
      ...info(`The overall responses to ${report.key}.`, [
        { type: 'heading', text: `${report.key} · overall responses` },
        {
          type: 'fields',
          fields: [
            { label: 'Force response', value: form.force || NONE },
            { label: 'PCC response', value: form.pcc || NONE },
          ],
        },
        { type: 'text', text: `Change one with: respond ${report.key} force: text (or pcc: text)` },
      ]),
      form,
      readOnly: true,
    };
  }
  const { report, item } = await findItem(
    ctx,
    { key: cmd.key, ref: cmd.item },
    (full) => `responses ${full}`,
  );
  const ref = formatRef(report.key, item.ref);
  const form = itemResponsesForm(ref, item);
  return {
    ...info(`The responses to ${ref}.`, [
      { type: 'heading', text: `${ref} · responses` },
      {
        type: 'fields',
        fields: [
          { label: 'Force response', value: form.force || NONE },
          { label: 'PCC response', value: form.pcc || NONE },
          { label: 'Disposition', value: form.disposition?.replace(/_/g, ' ') ?? 'not recorded' },
        ],
      },
      {
        type: 'text',
        text: `Change them with: respond ${ref} force: text | respond ${ref} pcc: text | ${ref} accepted | ${ref} not accepted | ${ref} not for us`,
      },
    ]),
    form,
    readOnly: true,
  };
}
