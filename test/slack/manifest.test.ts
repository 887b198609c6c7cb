import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = readFileSync(new URL('../../adapters/slack/manifest.yml', import.meta.url), 'utf8');
/** The manifest without comments, so commented-out lines do not count. */
const active = manifest.replace(/#.*$/gm, '');

describe('adapters/slack/manifest.yml', () => {
  it('declares the /ask command, the four events and the bot scopes the handlers need', () => {
    expect(active).toMatch(/- command: \/ask\n/);
    expect(active).toMatch(/bot_events:\s*\n\s+- app_mention\s*\n\s+- message\.im\s*\n\s+- message\.channels\s*\n\s+- message\.groups\s*\n/);
    const scopes = /bot:\s*\n((?:\s+- [\w:.]+\s*\n)+)/.exec(active)?.[1]?.match(/[\w:.]+/g);
    expect(scopes).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history', 'channels:history', 'groups:history']);
    expect(active).toMatch(/interactivity:\s*\n\s+is_enabled: true/);
  });

  it('runs in Socket Mode as pasted and documents the HTTP request URL on the events path', () => {
    expect(active).toMatch(/socket_mode_enabled: true/);
    expect(manifest.match(/# (?:request_)?url: https:\/\/bot\.example\.com\/slack\/events/g)).toHaveLength(4);
  });
});
