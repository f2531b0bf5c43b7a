import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  BOT_EVENTS,
  BOT_SCOPES,
  type Manifest,
  PATHS,
  SLASH_COMMAND,
} from '../../adapters/slack/manifest.ts';

const path = join(import.meta.dirname, '..', '..', 'manifests', 'slack', 'manifest.yaml');
const text = readFileSync(path, 'utf8');

const https = z.url().startsWith('https://');

/**
 * Slack's manifest schema for the parts rectrack uses (https://docs.slack.dev/reference/app-manifest),
 * strict so a misspelt key fails. Its inferred type must be assignable to the Web API's own Manifest
 * type (checked below by the compiler), and scopes and events may only be ones the code declares.
 */
const manifestSchema = z.strictObject({
  _metadata: z.strictObject({ major_version: z.literal(1), minor_version: z.number().int() }),
  display_information: z.strictObject({
    name: z.string().min(1).max(35),
    description: z.string().max(140),
    long_description: z.string().min(175).max(4000),
    background_color: z.string().regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i),
  }),
  features: z.strictObject({
    app_home: z.strictObject({
      home_tab_enabled: z.literal(true),
      messages_tab_enabled: z.literal(true),
      messages_tab_read_only_enabled: z.literal(false),
    }),
    bot_user: z.strictObject({
      display_name: z.string().regex(/^[a-z0-9._-]{1,80}$/),
      always_online: z.boolean(),
    }),
    slash_commands: z.array(
      z.strictObject({
        command: z.string().startsWith('/').max(32),
        url: https,
        description: z.string().max(2000),
        usage_hint: z.string().max(1000),
        should_escape: z.boolean(),
      }),
    ),
  }),
  oauth_config: z.strictObject({
    redirect_urls: z.array(https),
    scopes: z.strictObject({ bot: z.array(z.enum(BOT_SCOPES)) }),
  }),
  settings: z.strictObject({
    event_subscriptions: z.strictObject({ request_url: https, bot_events: z.array(z.enum(BOT_EVENTS)) }),
    interactivity: z.strictObject({ is_enabled: z.literal(true), request_url: https }),
    org_deploy_enabled: z.boolean(),
    socket_mode_enabled: z.boolean(),
    token_rotation_enabled: z.boolean(),
  }),
});

describe('manifests/slack/manifest.yaml', () => {
  const manifest: Manifest = manifestSchema.parse(parse(text));
  const checked = manifestSchema.parse(parse(text));

  it('matches Slack’s manifest schema and type', () => {
    expect(manifest.display_information.name).toBe('rectrack');
  });

  it('declares the slash command, and every URL points at our routes', () => {
    const command = checked.features.slash_commands.find((c) => c.command === SLASH_COMMAND);
    expect(command?.url.endsWith(PATHS.events)).toBe(true);
    // Mentions must arrive as <@U…> ids for assign to find the person.
    expect(command?.should_escape).toBe(true);
    expect(checked.settings.event_subscriptions.request_url.endsWith(PATHS.events)).toBe(true);
    expect(checked.settings.interactivity.request_url.endsWith(PATHS.events)).toBe(true);
    expect(checked.oauth_config.redirect_urls.every((u) => u.endsWith(PATHS.oauthRedirect))).toBe(true);
  });

  it('asks for exactly the bot scopes the code uses (and requests at install), each with a reason', () => {
    expect([...checked.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    const lines = text.split('\n');
    const start = lines.findIndex((l) => /^\s+bot:\s*$/.test(l));
    const scopeLines = lines
      .slice(start + 1)
      .filter((l) => /^\s+- [a-z_.:]+/.test(l))
      .slice(0, BOT_SCOPES.length);
    for (const line of scopeLines) expect(line, line).toMatch(/^\s+- [a-z_.:]+ # \S.{10,}/);
  });

  it('subscribes to exactly the events the listeners handle', () => {
    expect([...checked.settings.event_subscriptions.bot_events].sort()).toEqual([...BOT_EVENTS].sort());
    const listeners = readFileSync(
      join(import.meta.dirname, '..', '..', 'adapters', 'slack', 'listeners.ts'),
      'utf8',
    );
    for (const event of BOT_EVENTS) {
      // message.im arrives as a `message` event with channel_type im (Bolt's app.message).
      const registration = event === 'message.im' ? 'app.message(' : `app.event('${event}'`;
      expect(listeners, event).toContain(registration);
    }
  });
});
