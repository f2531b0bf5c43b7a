import { describe, expect, it } from 'vitest';
import { readPress } from '../../adapters/teams/actions.ts';
import {
  actorOf,
  channelOf,
  commandText,
  coreMentions,
  fileLinks,
  kindOf,
  readActivity,
  type TeamsActivity,
  tenantOf,
  userMentions,
} from '../../adapters/teams/translate.ts';

const BOT = { id: '28:bot', name: 'rectrack' };

function activity(change: Record<string, unknown> = {}): TeamsActivity {
  const parsed = readActivity({
    type: 'message',
    id: '1',
    text: '',
    from: { id: '29:alex', name: 'Alex User', aadObjectId: 'aad-alex' },
    recipient: BOT,
    conversation: { id: '19:c@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    ...change,
  });
  if (!parsed) throw new Error('not an activity');
  return parsed;
}

const botMention = { type: 'mention', text: '<at>rectrack</at>', mentioned: BOT };

describe('Teams activity -> core message', () => {
  it.each([
    ['the bot mention first', '<at>rectrack</at> reports', 'reports'],
    ['the bot mention last', 'overdue, <at>rectrack</at>', 'overdue,'],
    [
      'non-breaking spaces and entities',
      '<at>rectrack</at>&nbsp;OSAEC23-5 done: R&amp;D &lt;ok&gt;',
      'OSAEC23-5 done: R&D <ok>',
    ],
    [
      'line breaks kept (a pasted report)',
      '<at>rectrack</at> report import\r\nLine one\r\nLine two',
      'report import\nLine one\nLine two',
    ],
  ])('strips the mention from %s', (_name, text, expected) => {
    expect(commandText(activity({ text, entities: [botMention] }), new Map())).toBe(expected);
  });

  it('turns another person’s mention into <@EntraId>, from the entity or from the lookup', () => {
    const entities = [
      botMention,
      { type: 'mention', text: '<at>Bob Jones</at>', mentioned: { id: '29:bob', name: 'Bob Jones' } },
      {
        type: 'mention',
        text: '<at>Carol</at>',
        mentioned: { id: '29:carol', name: 'Carol', aadObjectId: 'aad-carol' },
      },
    ];
    const a = activity({
      text: '<at>rectrack</at> assign OSAEC23-5 <at>Bob Jones</at> then <at>Carol</at>',
      entities,
    });
    const resolved = new Map([['29:bob', 'aad-bob']]);
    expect(commandText(a, resolved)).toBe('assign OSAEC23-5 <@aad-bob> then <@aad-carol>');
    expect(userMentions(a).map((m) => m.id)).toEqual(['29:bob', '29:carol']);
    expect(coreMentions(userMentions(a), resolved)).toEqual([
      { externalId: 'aad-bob', displayName: 'Bob Jones' },
      { externalId: 'aad-carol', displayName: 'Carol' },
    ]);
  });

  it('keeps the name of a mention that has no entity (a tag or a team)', () => {
    expect(
      commandText(
        activity({ text: '<at>rectrack</at> hello <at>Safeguarding</at>', entities: [botMention] }),
        new Map(),
      ),
    ).toBe('hello Safeguarding');
  });

  it("keeps a pasted document's spacing (a table's columns, an indent) and tidies a one-line command", () => {
    const pasted =
      'report import\nRef   Recommendation          Due\n  1   The force should act.   31/03/2024';
    expect(commandText(activity({ text: pasted }), new Map())).toBe(pasted);
    expect(commandText(activity({ text: '  OSAEC23-5    done  ' }), new Map())).toBe('OSAEC23-5 done');
  });

  it('reads the tenant from channelData, else from the conversation', () => {
    expect(tenantOf(activity())).toBe('tenant-1');
    expect(tenantOf(activity({ channelData: {}, conversation: { id: 'a:1', tenantId: 'tenant-2' } }))).toBe(
      'tenant-2',
    );
    expect(tenantOf(activity({ channelData: {}, conversation: { id: 'a:1' } }))).toBeUndefined();
  });

  it('the member is the Entra object id, the kind follows conversationType', () => {
    expect(actorOf(activity())).toEqual({ externalId: 'aad-alex', displayName: 'Alex User' });
    expect(kindOf(activity())).toBe('channel');
    expect(kindOf(activity({ conversation: { id: 'a:1' } }))).toBe('personal');
    expect(kindOf(activity({ conversation: { id: '19:g', isGroup: true } }))).toBe('groupChat');
  });

  it('gives a channel or group chat message a digest address (the channel, not the thread)', () => {
    const inThread = activity({
      conversation: { id: '19:c@thread.tacv2;messageid=123', conversationType: 'channel' },
      channelData: { tenant: { id: 'tenant-1' }, channel: { id: '19:c@thread.tacv2', name: 'Audit' } },
    });
    expect(channelOf(inThread)).toEqual({ address: { conversationId: '19:c@thread.tacv2' }, name: 'Audit' });
    expect(
      channelOf(activity({ conversation: { id: 'a:1', conversationType: 'personal' } })),
    ).toBeUndefined();
  });

  it('finds files Teams uploaded to OneDrive, and ignores other attachments', () => {
    const a = activity({
      attachments: [
        { contentType: 'text/html', content: '<p>hi</p>' },
        {
          contentType: 'application/vnd.microsoft.teams.file.download.info',
          name: 'report.docx',
          content: { downloadUrl: 'https://contoso-my.sharepoint.com/x', fileType: 'docx' },
        },
      ],
    });
    expect(fileLinks(a)).toEqual([
      { name: 'report.docx', downloadUrl: 'https://contoso-my.sharepoint.com/x' },
    ]);
  });
});

describe('card presses -> commands', () => {
  it.each([
    [{ command: 'OSAEC23-5 done', mode: 'card', card: 'OSAEC23-5' }, 'OSAEC23-5 done'],
    [
      { command: 'OSAEC23-5 blocked', mode: 'card', with: 'reason', reason: ' no\nfunding ' },
      'OSAEC23-5 blocked: no funding',
    ],
    [{ command: 'OSAEC23-5 blocked', mode: 'card', with: 'reason' }, 'OSAEC23-5 blocked'],
    [
      { command: 'OSAEC23-5 note', mode: 'card', with: 'note', note: 'met the lead' },
      'OSAEC23-5 note: met the lead',
    ],
    [
      { command: 'assign OSAEC23-5', mode: 'card', with: 'person', person: 'aad-bob' },
      'assign OSAEC23-5 <@aad-bob>',
    ],
  ])('%j sends %s', (data, text) => {
    expect(readPress(data)).toMatchObject({ ok: true, text });
  });

  it('says what is missing, and is not fooled by other cards’ data', () => {
    expect(readPress({ command: 'assign OSAEC23-5', with: 'person' })).toEqual({
      ok: false,
      message: 'Pick a person first, then press Assign.',
    });
    expect(readPress({ command: 'OSAEC23-5 note', with: 'note', note: '  ' })).toMatchObject({ ok: false });
    expect(readPress({ feedback: 'test invokes' })).toBeUndefined();
    expect(readPress({ action: 'submit', comment: 'looks good' })).toBeUndefined();
  });
});
