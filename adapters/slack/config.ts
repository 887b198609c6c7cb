import { z } from 'zod';
import { baseConfigSchema, readConfig, type EnvFile } from '../common/config.ts';

/** The Slack bot's variables on top of {@link baseConfigSchema}; read once, in `main.ts`. */
export const slackConfigSchema = baseConfigSchema
  .extend({
    /** Bot User OAuth Token, `xoxb-` then two numbers and a code, dash-separated (`xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy`); always required. */
    SLACK_BOT_TOKEN: z.string().regex(/^xoxb-\d+-\d+-[A-Za-z0-9]+$/),
    /** Signing Secret; required over HTTP (no app token), unused in Socket Mode. */
    SLACK_SIGNING_SECRET: z
      .string()
      .regex(/^[0-9a-f]{16,}$/i)
      .optional(),
    /** App-Level Token, `xapp-` then a version, the app ID (`A…`), a number and a code (`xapp-1-A0123ABCDEF-1234567890123-0a1b…`), with `connections:write`; when set the bot runs in Socket Mode. */
    SLACK_APP_TOKEN: z
      .string()
      .regex(/^xapp-\d+-A[A-Z0-9]+-\d+-[A-Za-z0-9]+$/)
      .optional(),
    /** HTTP port for events, commands, interactivity and `/healthz` (default 3000). */
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    /** Interface the HTTP server listens on (default `0.0.0.0`, every IPv4 interface; `127.0.0.1` behind a local proxy). */
    HOST: z.union([z.ipv4(), z.ipv6(), z.hostname()]).default('0.0.0.0'),
    /** Web API base URL, for proxies and tests (default Slack's own, `https://slack.com/api/`). */
    SLACK_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Hours a thread the bot answered in takes follow-ups without a mention (default 24). */
    THREAD_FOLLOWUP_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(24),
    /** Slack user ids, comma-separated, allowed to `/add-article` (default none). */
    ADMIN_USER_IDS: z
      .string()
      .regex(/^\s*[UW][A-Z0-9]+(\s*,\s*[UW][A-Z0-9]+)*\s*$/)
      .transform((value) => value.split(',').map((id) => id.trim()))
      .default([]),
  })
  .superRefine(
    (config, context) => {
      if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
        context.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'required over HTTP' });
      }
    },
    // Also check when other variables are wrong, so one start-up error names every missing one.
    { when: () => true },
  );

/** The validated Slack configuration. */
export type SlackConfig = z.infer<typeof slackConfigSchema>;

/** Where to find each variable, said in the start-up error when it is missing or wrong. */
export const SLACK_HINTS: Record<string, string> = {
  SLACK_BOT_TOKEN: 'the Bot User OAuth Token (xoxb-, then two numbers and a code, dash-separated) from api.slack.com/apps > your app > OAuth & Permissions',
  SLACK_SIGNING_SECRET:
    'the Signing Secret (hex) from api.slack.com/apps > your app > Basic Information > App Credentials; needed over HTTP, that is when SLACK_APP_TOKEN is not set',
  SLACK_APP_TOKEN:
    'an App-Level Token (xapp-, then a version, your app ID A…, a number and a code, dash-separated) with connections:write from api.slack.com/apps > your app > Basic Information > App-Level Tokens; leave it empty to run over HTTP',
  PORT: 'a port number from 0 to 65535, e.g. 3000',
  HOST: 'an IP address or host name to listen on, e.g. 0.0.0.0 (every interface) or 127.0.0.1',
  SLACK_API_URL: 'an http(s) URL of the Slack Web API, e.g. https://slack.com/api/; leave it empty for Slack itself',
  THREAD_FOLLOWUP_HOURS: 'a number of hours above 0, at most 2160 (90 days), e.g. 24',
  ADMIN_USER_IDS: 'Slack user ids separated by commas, e.g. U012ABCDEF,U034GHIJKL (profile > ⋮ > Copy member ID)',
};

/** Reads and checks the Slack bot's environment; throws a `CONFIG_INVALID` QaError naming each bad variable. */
export function readSlackConfig(env: Record<string, string | undefined>, envFile?: EnvFile): SlackConfig {
  return readConfig(slackConfigSchema, env, SLACK_HINTS, envFile);
}

/** Socket Mode when an app token is set, else HTTP. */
export function slackMode(config: Pick<SlackConfig, 'SLACK_APP_TOKEN'>): 'socket' | 'http' {
  return config.SLACK_APP_TOKEN ? 'socket' : 'http';
}
