import { fixture } from './fake-slack-client.ts';

/**
 * Slack payloads for tests, each starting from a fixture in test/fixtures/slack (our own values in the
 * shapes Slack documents) and changing only the fields a test is about (team, user, text, action, ...).
 */

export type Where = {
  team?: string;
  enterprise?: string | null;
  user?: string;
  /** The conversation a slash command is typed in; the fixture's #audit-recs (C0AUDITREC) when unset. */
  channel?: { id: string; name: string };
};

export function slashFields(text: string, responseUrl: string, trigger: string, where: Where = {}) {
  const fields: Record<string, string> = {
    text,
    response_url: responseUrl,
    trigger_id: trigger,
    team_id: where.team ?? 'T0FENMARSH',
    user_id: where.user ?? 'W0ALICE01',
  };
  if (where.channel) {
    fields.channel_id = where.channel.id;
    fields.channel_name = where.channel.name;
  }
  if (where.enterprise === null) {
    fields.enterprise_id = '';
    fields.enterprise_name = '';
  } else if (where.enterprise) {
    fields.enterprise_id = where.enterprise;
  }
  return fields;
}

export type ActionInput = Where & {
  actionId: string;
  blockId?: string;
  value?: string;
  selectedUser?: string;
  selectedOption?: string;
  responseUrl: string;
  actionTs?: string;
  container?: Record<string, unknown>;
};

/** A block_actions payload: one click on one element. */
export function blockActions(input: ActionInput): Record<string, unknown> {
  const body = fixture('block_actions.json');
  const team = input.team ?? 'T0FENMARSH';
  const action: Record<string, unknown> = {
    action_id: input.actionId,
    block_id: input.blockId ?? 'b',
    action_ts: input.actionTs ?? `${Date.now() / 1000}`,
    type: 'button',
    text: { type: 'plain_text', text: 'Button', emoji: true },
  };
  if (input.value !== undefined) action.value = input.value;
  if (input.selectedUser) {
    action.type = 'users_select';
    action.selected_user = input.selectedUser;
  }
  if (input.selectedOption) {
    action.type = 'overflow';
    action.selected_option = { text: { type: 'plain_text', text: 'x' }, value: input.selectedOption };
  }
  return {
    ...body,
    user: { id: input.user ?? 'W0ALICE01', username: 'someone', name: 'someone', team_id: team },
    team: {
      id: team,
      domain: 'fenmarsh-opcc',
      ...(enterpriseOf(input) ? { enterprise_id: enterpriseOf(input) } : {}),
    },
    response_url: input.responseUrl,
    container: input.container ?? body.container,
    actions: [action],
  };
}

/** A view_submission payload for one of our modals, with its state values. */
export function viewSubmission(
  callbackId: string,
  values: Record<string, Record<string, Record<string, unknown>>>,
  privateMetadata: string,
  where: Where = {},
): Record<string, unknown> {
  const body = fixture('view_submission.json');
  const team = where.team ?? 'T0FENMARSH';
  const view = body.view as Record<string, unknown>;
  return {
    ...body,
    team: {
      id: team,
      domain: 'fenmarsh-opcc',
      ...(enterpriseOf(where) ? { enterprise_id: enterpriseOf(where) } : {}),
    },
    user: { id: where.user ?? 'W0ALICE01', username: 'someone', name: 'someone', team_id: team },
    view: {
      ...view,
      id: `V${Math.floor(Math.random() * 1e9)}`,
      callback_id: callbackId,
      private_metadata: privateMetadata,
      team_id: team,
      app_installed_team_id: team,
      state: { values },
    },
  };
}

/** An Events API envelope around `event`, from the fixture, for one team. */
export function eventCallback(
  name: string,
  event: Record<string, unknown>,
  eventId: string,
  where: Where = {},
) {
  const body = fixture(name);
  const team = where.team ?? 'T0QUAYSIDE';
  return {
    ...body,
    team_id: team,
    event_id: eventId,
    event: { ...(body.event as Record<string, unknown>), ...event },
    authorizations: [
      {
        enterprise_id: where.enterprise ?? null,
        team_id: team,
        user_id: 'UBOT',
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
  };
}

export function directMessage(
  text: string,
  eventId: string,
  where: Where = {},
  extra: Record<string, unknown> = {},
) {
  return eventCallback(
    'message_im.json',
    { text, user: where.user ?? 'U0ELLISRO', channel: 'D0ELLISRO', ...extra },
    eventId,
    where,
  );
}

function enterpriseOf(where: Where): string | undefined {
  return where.enterprise === null ? undefined : (where.enterprise ?? 'E0FENGRID');
}
