/**
 * Slack SDK errors translated at the boundary into one value the rest of the adapter decides on: what
 * to tell the user, and whether trying again later can help. Nothing outside adapters/slack sees an
 * SDK error. Error names: https://docs.slack.dev/reference/methods/chat.postMessage#errors
 */
export type SlackFailure = {
  /** Slack's error name (`not_in_channel`, `ratelimited`...) or our own for transport failures. */
  code: string;
  /** One sentence for the person in Slack; never a stack trace or a token. */
  message: string;
  /** Seconds Slack asked us to wait (HTTP 429 Retry-After); set only for rate limits. */
  retryAfterSeconds?: number;
  /** The conversation is out of reach: the reply should go to the user's DM instead. */
  unreachableConversation: boolean;
  /** Only a workspace admin can fix it (a missing scope, a revoked token): worth telling users about. */
  needsAdmin?: boolean;
};

const REINSTALL =
  'A workspace admin needs to reinstall rectrack (Settings → Install App in api.slack.com/apps).';

// Codes from @slack/web-api's and @slack/bolt's ErrorCode enums; read as strings so a second copy of
// either package cannot break an instanceof check.
const PLATFORM = 'slack_webapi_platform_error';
const RATE_LIMITED = 'slack_webapi_rate_limited_error';
const REQUEST = 'slack_webapi_request_error';
const HTTP = 'slack_webapi_http_error';
const RESPOND = 'slack_bolt_respond_error';

export function describeSlackError(error: unknown): SlackFailure {
  const code = field(error, 'code');
  if (code === RATE_LIMITED) {
    const retryAfter = field(error, 'retryAfter');
    return rateLimited(typeof retryAfter === 'number' ? retryAfter : 1);
  }
  if (code === PLATFORM) {
    const data = field(error, 'data');
    const name = field(data, 'error');
    const needed = field(data, 'needed');
    return platform(typeof name === 'string' ? name : 'unknown', typeof needed === 'string' ? needed : null);
  }
  if (code === RESPOND) {
    return {
      code: 'response_url_failed',
      message: 'The reply link Slack gave me has expired (they last 30 minutes).',
      unreachableConversation: true,
    };
  }
  if (code === REQUEST || code === HTTP) {
    return {
      // A call that never reached Slack did nothing; one that timed out, lost its connection or got a
      // 5xx may have been done without our hearing so (a post must then be looked for, not repeated).
      code: reachedSlack(error) ? 'slack_no_answer' : 'slack_unreachable',
      message: "I couldn't reach Slack just now.",
      unreachableConversation: false,
    };
  }
  return {
    code: 'unknown',
    message: 'Something went wrong talking to Slack.',
    unreachableConversation: false,
  };
}

/** Connection errors that mean the request never reached Slack. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function reachedSlack(error: unknown): boolean {
  const status = field(error, 'statusCode');
  if (typeof status === 'number') return status >= 500;
  // fetch wraps the socket's error: WebAPIRequestError.original (TypeError) -> cause { code }.
  const cause = field(field(error, 'original'), 'cause');
  const connection = field(cause, 'code');
  return !(typeof connection === 'string' && NEVER_CONNECTED.has(connection));
}

function platform(name: string, needed: string | null): SlackFailure {
  switch (name) {
    case 'not_in_channel':
      return {
        code: name,
        message:
          "I'm not in that channel, so I've answered here instead. Invite me with /invite @rectrack to reply there.",
        unreachableConversation: true,
      };
    case 'channel_not_found':
      return {
        code: name,
        message: "I can't see that conversation (it may be private), so I've answered here instead.",
        unreachableConversation: true,
      };
    case 'missing_scope':
      return {
        code: name,
        message: `rectrack is missing a Slack permission${needed ? ` (${needed})` : ''}. ${REINSTALL}`,
        unreachableConversation: false,
        needsAdmin: true,
      };
    case 'invalid_auth':
    case 'not_authed':
    case 'token_revoked':
    case 'token_expired':
    case 'account_inactive':
      return {
        code: name,
        message: `Slack rejected rectrack's token (${name}). ${REINSTALL}`,
        unreachableConversation: false,
        needsAdmin: true,
      };
    case 'ratelimited':
      return rateLimited(1);
    default:
      return { code: name, message: `Slack refused the request (${name}).`, unreachableConversation: false };
  }
}

function rateLimited(seconds: number): SlackFailure {
  return {
    code: 'ratelimited',
    message: 'Slack is rate limiting rectrack; try again in a minute.',
    retryAfterSeconds: Math.max(0, seconds),
    unreachableConversation: false,
  };
}

export type RetryOptions = {
  /** Attempts after the first; Slack's Retry-After is respected between them. */
  retries: number;
  /** Longest wait we accept; beyond it the call fails rather than keep the user waiting. */
  maxWaitSeconds: number;
  sleep: (ms: number) => Promise<void>;
};

/**
 * Runs a Web API call, waiting out rate limits as Slack asks (429 + Retry-After,
 * https://docs.slack.dev/apis/web-api/rate-limits) and retrying. Other failures are not retried
 * here: the WebClient already retries transport errors.
 */
export async function withRateLimitRetry<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = describeSlackError(error);
      const wait = failure.retryAfterSeconds;
      if (wait === undefined || attempt >= options.retries || wait > options.maxWaitSeconds) throw error;
      await options.sleep(wait * 1000);
    }
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;
}
