import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { cardOf, textOf } from '../support/fake-bot-connector-cards.ts';
import { fixture, startTeamsHarness, type TeamsHarness } from '../support/fake-bot-connector-harness.ts';
import { type SlackHarness, startSlackHarness } from '../support/fake-slack-client.ts';
import { seen, slash } from '../support/fake-slack-steps.ts';
import { needsShared, seedText } from '../support/shared-fixtures.ts';

/*
 * Issue 14's whole journey over each platform's real HTTP path: the seed section 55 response imported
 * from a paste, a response recorded, the stages advanced to "sent", and `export OSAEC23 response`
 * giving a Word file that reads back (mammoth) with the seed's recommendations and the recorded words.
 */

const PCC_WORDS = 'I will hold the Chief Constable to account for the training plan.';
const STEPS = [
  'import confirm OSAEC23',
  `respond OSAEC23-5 pcc: ${PCC_WORDS}`,
  'OSAEC23 comments received on 10 May 2023',
  'OSAEC23 approved on 24 May 2023 confirmed',
  'OSAEC23 sent on 26 May 2023',
];

function checkDocument(text: string): void {
  expect(text).toContain(PCC_WORDS);
  // A recommendation of the seed, as the report words it.
  expect(text).toMatch(/Chief Constables should/);
}

describe('the section 55 journey over Slack and Teams', needsShared, () => {
  let slack: SlackHarness | undefined;
  let teams: TeamsHarness | undefined;
  afterEach(async () => {
    await slack?.close();
    await teams?.close();
    slack = undefined;
    teams = undefined;
  });

  it('Slack: imports the seed, records, advances to sent, and uploads the response document', async () => {
    const h = await startSlackHarness();
    slack = h;
    h.api.addUser('W0ALICE01', { displayName: 'Alice Admin' });
    expect(seen(await slash(h, `report import\n${seedText()}`))).toContain('import confirm OSAEC23');
    for (const step of STEPS) expect(seen(await slash(h, step))).not.toMatch(/^✗/);
    expect(seen(await slash(h, 'OSAEC23 stage'))).toMatch(/sent/i);
    const channel = { id: 'C0PANEL', name: 'panel' };
    await slash(h, 'export OSAEC23 response docx', { channel });
    const [file] = await h.api.waitFor(() =>
      h.api.filesIn(channel.id).length > 0 ? h.api.filesIn(channel.id) : undefined,
    );
    expect(file?.name).toBe('OSAEC23-response.docx');
    checkDocument((await mammoth.extractRawText({ buffer: Buffer.from(file?.bytes ?? []) })).value);
  });

  it('Teams: imports the seed, records, advances to sent, and offers the response document', async () => {
    const h = await startTeamsHarness({ downloads: true });
    teams = h;
    const said = async (text: string) =>
      (await h.say(text)).posted.map((p) => textOf(cardOf(p.activity))).join('\n');
    // The paste keeps its layout through Teams as through Slack: the same title, the same key.
    expect(await said(`report import\n${seedText()}`)).toContain('import confirm OSAEC23');
    for (const step of STEPS) expect(await said(step)).not.toMatch(/^✗/);
    expect(await said('OSAEC23 stage')).toMatch(/sent/i);
    // In a channel the file is offered by a signed link served by rectrack.
    const { posted } = await h.exchange({
      ...fixture(h, 'channel-message-mention'),
      text: '<at>Recs Bot</at> export OSAEC23 response docx',
    });
    const url = JSON.stringify(posted.map((p) => p.activity)).match(/"url":"([^"]*\/exports\?f=[^"]*)"/)?.[1];
    expect(url).toBeDefined();
    const got = await fetch(url ?? '');
    expect(got.status).toBe(200);
    checkDocument((await mammoth.extractRawText({ buffer: Buffer.from(await got.arrayBuffer()) })).value);
  });
});
