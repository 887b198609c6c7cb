/** Builders for what Slack sends an app: slash commands, events, button clicks, Socket Mode envelopes. */

let counter = 0;
const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

/** A message `ts` as Slack writes it, unique per call. */
export const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(counter++).padStart(6, '0')}`;

export const TEAM = 'T0TEST';
export const APP_ID = 'A0TEST';

/** The fields of a `/ask` invocation (HTTP: form-encoded; Socket Mode: the envelope payload). */
export function slashCommandFields({
  text,
  user = 'U0ASKER',
  channel = 'C0NEWS',
  responseUrl,
  command = '/ask',
}: {
  text: string;
  user?: string;
  channel?: string;
  responseUrl: string;
  command?: string;
}) {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM,
    team_domain: 'newsroom',
    channel_id: channel,
    channel_name: 'news',
    user_id: user,
    user_name: 'asker',
    command,
    text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: nextId('TR'),
  };
}

/** A `/ask` as Slack posts it over HTTP. */
export function slashCommandBody(fields: Parameters<typeof slashCommandFields>[0]): string {
  return new URLSearchParams(slashCommandFields(fields)).toString();
}

/** An `app_mention` event. */
export function mentionEvent({
  text,
  user = 'U0ASKER',
  channel = 'C0NEWS',
  ts = nextTs(),
  threadTs,
  extra = {},
}: {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
  extra?: Record<string, unknown>;
}) {
  return { type: 'app_mention', user, text, ts, channel, event_ts: ts, ...(threadTs ? { thread_ts: threadTs } : {}), ...extra };
}

/** A `message` event in a DM (`message.im`). */
export function directMessageEvent({
  text,
  user = 'U0ASKER',
  channel = 'D0DIRECT',
  ts = nextTs(),
  extra = {},
}: {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  extra?: Record<string, unknown>;
}) {
  return { type: 'message', channel_type: 'im', user, text, ts, channel, event_ts: ts, ...extra };
}

/** A `message` event in a channel thread (`message.channels`; `channelType: 'group'` for `message.groups`). */
export function threadMessageEvent({
  text,
  threadTs,
  user = 'U0ASKER',
  channel = 'C0NEWS',
  ts = nextTs(),
  channelType = 'channel',
  extra = {},
}: {
  text: string;
  threadTs: string;
  user?: string;
  channel?: string;
  ts?: string;
  channelType?: string;
  extra?: Record<string, unknown>;
}) {
  return { type: 'message', channel_type: channelType, user, text, ts, thread_ts: threadTs, channel, event_ts: ts, ...extra };
}

/** The Events API envelope around an event. */
export function eventCallback(event: Record<string, unknown>) {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM,
    api_app_id: APP_ID,
    event,
    type: 'event_callback',
    event_id: nextId('EV'),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM, user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
  };
}

/** A `block_actions` payload for a click on one of the bot's buttons. */
export function blockActionPayload({
  actionId,
  value,
  user = 'U0ASKER',
  channel = 'C0NEWS',
  responseUrl,
  ephemeral = true,
}: {
  actionId: string;
  value: string;
  user?: string;
  channel?: string;
  responseUrl: string;
  ephemeral?: boolean;
}) {
  return {
    type: 'block_actions',
    user: { id: user, username: 'asker', team_id: TEAM },
    api_app_id: APP_ID,
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: nextTs(), channel_id: channel, is_ephemeral: ephemeral },
    trigger_id: nextId('TR'),
    team: { id: TEAM, domain: 'newsroom' },
    channel: { id: channel, name: 'news' },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'answer_actions', value, text: { type: 'plain_text', text: 'x' }, action_ts: nextTs() }],
  };
}

/** A button click as Slack posts it over HTTP (form field `payload`). */
export function blockActionBody(fields: Parameters<typeof blockActionPayload>[0]): string {
  return new URLSearchParams({ payload: JSON.stringify(blockActionPayload(fields)) }).toString();
}

/** A Socket Mode envelope. */
export function socketEnvelope(type: 'slash_commands' | 'events_api' | 'interactive', payload: unknown) {
  return {
    envelope_id: nextId('ENV').toLowerCase(),
    type,
    payload,
    accepts_response_payload: type !== 'events_api',
    ...(type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {}),
  };
}
