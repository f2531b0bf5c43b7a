import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { button, cardOf, seen, textOf } from '../support/fake-bot-connector-cards.ts';
import {
  type Activity,
  fixture,
  inTenant,
  personal,
  startTeamsHarness,
  TENANT,
  type TeamsHarness,
} from '../support/fake-bot-connector-harness.ts';

const OTHER_TENANT = '00000000-0000-0000-0000-00000000bbbb';

async function seed(h: TeamsHarness): Promise<void> {
  await h.say('report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55');
  await h.say('add OSAEC23 "Chief Constables should review training" due 31 October 2030');
}

async function historyLength(h: TeamsHarness, tenant = TENANT): Promise<number> {
  const { store } = h.deps;
  const workspace = await store.workspaces.findByExternal('teams', tenant);
  const report = workspace && (await store.reports.findByKey(workspace.id, 'OSAEC23'));
  const item = workspace && report && (await store.items.findByRef(workspace.id, report.id, '1'));
  return workspace && item ? (await store.updates.listByItem(workspace.id, item.id)).length : 0;
}

describe('Teams safety: redelivery, throttling, refusals, tenants and files', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness();
    await seed(h);
  });
  afterEach(() => h.close());

  it('a redelivered activity (same id) is applied and answered once', async () => {
    const update = personal(h, 'OSAEC23-1 in progress: training plan approved');
    const first = await h.exchange(update);
    const again = await h.exchange(update);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(seen(first.posted)).toContain('OSAEC23-1 is now in progress');
    expect(again.posted).toHaveLength(0);
    expect(await historyLength(h)).toBe(2);
  });

  it('redelivered to another instance of the bot on the same database: still one effect', async () => {
    const second = await startTeamsHarness({ db: h.db, connector: h.connector });
    try {
      const update = personal(h, 'OSAEC23-1 in progress: training plan approved');
      await h.exchange(update);
      const again = await second.exchange(update);
      // The other instance has no memory of it, so it answers again, with the first answer.
      expect(seen(again.posted)).toContain('OSAEC23-1 is now in progress');
      expect(await historyLength(h)).toBe(2);
    } finally {
      await second.close();
    }
  });

  it('a repeated button press (same invoke id) changes the item once and answers both', async () => {
    const { posted } = await h.say('OSAEC23-1');
    const done = button(cardOf(posted[0]?.activity), 'Done');
    const invoke = fixture(h, 'invoke-adaptiveCard-action');
    invoke.value = { action: { type: 'Action.Execute', verb: 'rectrack', data: done.data } };
    const first = await h.post(invoke);
    const again = await h.post(invoke);
    expect(textOf((first.body as { value: unknown }).value)).toContain('OSAEC23-1 is now done');
    expect(textOf((again.body as { value: unknown }).value)).toMatch(/Status\ndone/);
    expect(await historyLength(h)).toBe(2);
  });

  it('waits out a 429 from the connector as Retry-After says, then the answer arrives', async () => {
    h.connector.answerNext({ status: 429, headers: { 'retry-after': '1' }, body: {} });
    const { status, calls } = await h.exchange(personal(h, 'reports'));
    expect(status).toBe(200);
    const replies = calls.filter((c) => c.kind === 'reply');
    expect(replies).toHaveLength(2);
    expect((replies[1]?.at ?? 0) - (replies[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(textOf(cardOf(replies[1]?.activity))).toContain('OSAEC23');
  });

  it('a 403 from the connector is a clear logged error, and Teams still gets its 200', async () => {
    h.connector.answerNext({
      status: 403,
      body: { error: { code: 'ConversationBlockedByUser', message: 'blocked' } },
    });
    const { status } = await h.exchange(personal(h, 'reports'));
    expect(status).toBe(200);
    const logged = h.logs.find((l) => l.level === 'error' && l.message === 'teams message not sent');
    expect(logged?.fields).toMatchObject({
      code: 'forbidden',
      status: 403,
      detail: 'ConversationBlockedByUser',
    });
    expect(String(logged?.fields.reason)).toContain('blocked rectrack');
  });

  it('each tenant sees and changes only its own items', async () => {
    const other = (text: string): Activity => inTenant(personal(h, text), OTHER_TENANT);
    expect(seen((await h.exchange(other('report OSAEC23'))).posted)).toContain(
      "There's no report with key OSAEC23",
    );
    expect(seen((await h.exchange(other('OSAEC23-1 done'))).posted)).toContain(
      "There's no report with key OSAEC23",
    );
    expect(seen((await h.exchange(other('1 done'))).posted)).toContain("can't find an item 1");
    // A card press carries its command too; in the other tenant it reaches nothing.
    const invoke = inTenant(fixture(h, 'invoke-adaptiveCard-action'), OTHER_TENANT);
    invoke.value = {
      action: {
        type: 'Action.Execute',
        verb: 'rectrack',
        data: { command: 'OSAEC23-1 done', mode: 'replace' },
      },
    };
    const pressed = await h.post(invoke);
    expect(textOf((pressed.body as { value: unknown }).value)).toContain(
      "There's no report with key OSAEC23",
    );
    expect(await historyLength(h)).toBe(1);
    // The other tenant may use the same key for its own report.
    const own = await h.exchange(
      other('report new "Their inspection" key OSAEC23 published 1 May 2024 publisher HMICFRS'),
    );
    expect(seen(own.posted)).toContain('Registered OSAEC23: Their inspection');
    expect(seen((await h.say('report OSAEC23')).posted)).toContain('Online CSAE inspection');
  });

  it('a file sent in the personal chat starts the import, downloaded from the link Teams gives', async () => {
    const text = [
      'Inspection of call handling, published 4 March 2024 by HMICFRS.',
      '',
      'Recommendation 1',
      'By 30 September 2024, the force should review its call handling procedures.',
      '',
      'Recommendation 2',
      'By 31 December 2024, the force should train all call handlers.',
    ].join('\n');
    const url = h.connector.addFile('call-handling.txt', new TextEncoder().encode(text));
    const message = personal(h, '', {
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.file.download.info',
          contentUrl: 'https://contoso-my.sharepoint.com/personal/alex/Documents/call-handling.txt',
          name: 'call-handling.txt',
          content: { downloadUrl: url, uniqueId: 'A1B2C3', fileType: 'txt' },
        },
      ],
    });
    const { posted, calls } = await h.exchange(message);
    expect(calls.some((c) => c.kind === 'file' && c.targetId === 'call-handling.txt')).toBe(true);
    const shown = seen(posted);
    expect(shown).toContain('call-handling.txt');
    expect(shown).toContain('import confirm');
  });

  it('refuses a file link that is not https (or the test stand-in), without fetching it', async () => {
    const message = personal(h, '', {
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.file.download.info',
          name: 'report.docx',
          content: { downloadUrl: 'http://169.254.169.254/latest/meta-data', fileType: 'docx' },
        },
      ],
    });
    const { posted } = await h.exchange(message);
    expect(seen(posted)).toContain("I can't download report.docx");
  });

  it('follows no file link to the local network: not by a redirect, not to a host that is not SharePoint', async () => {
    const hits: string[] = [];
    const internal = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('Recommendation 1\nBy 1 May 2024, the secret internal page should be shown.');
    });
    await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
    try {
      const port = (internal.address() as AddressInfo).port;
      const links = [
        h.connector.addFileRedirect('moved.txt', `http://127.0.0.1:${port}/secret`),
        `https://attacker.example/report.txt`,
        `https://127.0.0.1:${port}/secret`,
      ];
      for (const downloadUrl of links) {
        const message = personal(h, '', {
          attachments: [
            {
              contentType: 'application/vnd.microsoft.teams.file.download.info',
              name: 'report.txt',
              content: { downloadUrl, fileType: 'txt' },
            },
          ],
        });
        const shown = seen((await h.exchange(message)).posted);
        expect(shown, downloadUrl).toContain("I can't download report.txt");
        expect(shown).not.toContain('secret internal page');
      }
      expect(hits).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => internal.close(() => resolve()));
    }
  });
});
