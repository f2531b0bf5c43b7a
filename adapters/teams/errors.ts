/**
 * Bot Connector failures translated at the boundary into one value the adapter decides on: what to
 * log, what (if anything) to tell the person, and whether the conversation is gone for good. Nothing
 * outside adapters/teams sees an SDK error. Status codes and error codes:
 * https://learn.microsoft.com/microsoftteams/platform/bots/build-conversational-capability#status-codes-from-bot-conversational-apis
 */
export type TeamsFailure = {
  code: 'forbidden' | 'rate_limited' | 'not_found' | 'too_large' | 'unauthorized' | 'unreachable' | 'unknown';
  /** The HTTP status the connector answered, when it answered. */
  status?: number;
  /** Teams' own error code from the response body (`BotNotInConversationRoster`, `MessageSizeTooBig`...). */
  detail?: string;
  /** One sentence for the log; no tokens, no message content. */
  message: string;
  /** Seconds Teams asked us to wait (Retry-After); set only for rate limits. */
  retryAfterSeconds?: number;
  /** The bot was removed, blocked or the conversation deleted: its stored reference is useless now. */
  conversationGone: boolean;
  /** No answer, a dropped connection or a 5xx: Teams may have posted the message all the same. */
  mayHaveArrived?: boolean;
};

/** Connection errors that mean the request never reached Teams. */
const NEVER_CONNECTED = /^(?:ECONNREFUSED|ENOTFOUND|EAI_AGAIN)$/;

// The connector's errors are @azure/core-rest-pipeline RestErrors; read by shape, not instanceof, so a
// second copy of the package (or another SDK later) reads the same.
export function describeTeamsError(error: unknown): TeamsFailure {
  const status = numberField(error, 'statusCode') ?? numberField(field(error, 'response'), 'status');
  const detail = teamsErrorCode(error);
  if (status === undefined) {
    // @azure/msal-node's errors carry an errorCode: no token for our app, so nothing can be sent.
    const tokenError = stringField(error, 'errorCode');
    if (tokenError) {
      return {
        code: 'unauthorized',
        detail: tokenError,
        message: `rectrack could not get a token from Microsoft Entra ID (${tokenError}): check TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_APP_TENANT_ID.`,
        conversationGone: false,
      };
    }
    const code = stringField(error, 'code');
    if (code && /^(?:ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|REQUEST_SEND_ERROR)$/.test(code)) {
      return {
        code: 'unreachable',
        message: `Teams could not be reached (${code}).`,
        conversationGone: false,
        mayHaveArrived: !NEVER_CONNECTED.test(code),
      };
    }
    return {
      code: 'unknown',
      message: `Sending to Teams failed: ${messageOf(error)}`,
      conversationGone: false,
      mayHaveArrived: true,
    };
  }
  const base = { status, ...(detail ? { detail } : {}) };
  switch (status) {
    case 403:
      return {
        ...base,
        code: 'forbidden',
        message: forbiddenMessage(detail),
        conversationGone: GONE.has(detail ?? ''),
      };
    case 404:
      return {
        ...base,
        code: 'not_found',
        message: `Teams doesn't know that conversation or message (404${detail ? ` ${detail}` : ''}).`,
        conversationGone: detail === 'ConversationNotFound',
      };
    case 413:
      return {
        ...base,
        code: 'too_large',
        message: 'Teams refused the message as too large (413).',
        conversationGone: false,
      };
    case 429:
      return {
        ...base,
        code: 'rate_limited',
        message: 'Teams is rate limiting rectrack (429) and kept refusing after the retries it asked for.',
        retryAfterSeconds: retryAfterOf(error) ?? 1,
        conversationGone: false,
      };
    case 401:
      return {
        ...base,
        code: 'unauthorized',
        message:
          'Teams rejected rectrack’s credentials (401): check TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_APP_TENANT_ID.',
        conversationGone: false,
      };
    default:
      return {
        ...base,
        code: 'unknown',
        message: `Teams answered HTTP ${status}${detail ? ` (${detail})` : ''}.`,
        conversationGone: false,
        mayHaveArrived: status >= 500,
      };
  }
}

/** 403s after which nothing will reach that conversation until the app is installed again. */
const GONE = new Set(['BotNotInConversationRoster', 'ConversationBlockedByUser', 'BotDisabledByAdmin']);

function forbiddenMessage(detail: string | undefined): string {
  switch (detail) {
    case 'BotNotInConversationRoster':
      return 'Teams refused the message (403 BotNotInConversationRoster): rectrack is no longer installed in that conversation.';
    case 'ConversationBlockedByUser':
      return 'Teams refused the message (403 ConversationBlockedByUser): the person has blocked rectrack.';
    case 'BotDisabledByAdmin':
      return 'Teams refused the message (403 BotDisabledByAdmin): a Teams admin has blocked the rectrack app.';
    default:
      return `Teams refused the message (403${detail ? ` ${detail}` : ''}): rectrack may not post in that conversation.`;
  }
}

/** Teams puts `{ "error": { "code": "...", "message": "..." } }` in the body of a failed call. */
function teamsErrorCode(error: unknown): string | undefined {
  const response = field(error, 'response');
  const body = stringField(response, 'bodyAsText');
  const parsed = field(response, 'parsedBody');
  const fromParsed = stringField(field(parsed, 'error'), 'code');
  if (fromParsed) return fromParsed;
  if (!body) return undefined;
  try {
    const json: unknown = JSON.parse(body);
    return stringField(field(json, 'error'), 'code');
  } catch {
    return undefined;
  }
}

function retryAfterOf(error: unknown): number | undefined {
  const headers = field(field(error, 'response'), 'headers');
  const get = field(headers, 'get');
  const raw = typeof get === 'function' ? get.call(headers, 'retry-after') : undefined;
  const seconds = typeof raw === 'string' ? Number(raw) : Number.NaN;
  return Number.isFinite(seconds) ? seconds : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function stringField(value: unknown, name: string): string | undefined {
  const found = field(value, name);
  return typeof found === 'string' ? found : undefined;
}

function numberField(value: unknown, name: string): number | undefined {
  const found = field(value, name);
  return typeof found === 'number' ? found : undefined;
}
