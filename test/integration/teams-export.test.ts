import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOWNLOAD_TTL_MS } from '../../adapters/teams/downloads.ts';
import { cardOf, textOf } from '../support/fake-bot-connector-cards.ts';
import { startTeamsHarness, type TeamsHarness } from '../support/fake-bot-connector-harness.ts';

/*
 * Exports in Teams: the reply, then a card of short-lived signed download links served by rectrack
 * itself (GET /exports?f=...), checked through the real CloudAdapter and HTTP server.
 */

function links(activity: unknown): { title: string; url: string }[] {
  const out: { title: string; url: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.OpenUrl') out.push({ title: String(o.title), url: String(o.url) });
      Object.values(o).forEach(walk);
    }
  };
  walk(cardOf(activity));
  return out;
}

describe('exports in Teams', () => {
  let h: TeamsHarness;
  afterEach(() => h.close());

  describe('with a public address', () => {
    beforeEach(async () => {
      h = await startTeamsHarness({ downloads: true });
      await h.say('report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
      await h.say('add OSAEC23 "Chief Constables should review training" due 31 October 2030');
      await h.say('respond OSAEC23-1 pcc: I will follow the training closely.');
    });

    it('answers, then offers each file by a signed link that downloads it, until the link expires', async () => {
      const { posted } = await h.say('export OSAEC23 response docx');
      const offered = posted.map((p) => links(p.activity)).find((l) => l.length > 0) ?? [];
      expect(offered.map((l) => l.title)).toEqual(['OSAEC23-response.docx']);
      expect(textOf(cardOf(posted[0]?.activity))).toContain("OSAEC23's section 55 response");
      const url = offered[0]?.url ?? '';
      expect(url.startsWith(`${h.url}/exports?f=`)).toBe(true);

      const got = await fetch(url);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-disposition')).toBe('attachment; filename="OSAEC23-response.docx"');
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await got.arrayBuffer()) });
      expect(value).toContain('I will follow the training closely.');

      // A forged signature, or the right one after the link's time, gets nothing.
      expect((await fetch(`${url.slice(0, -3)}abc`)).status).toBe(404);
      h.clock.advance(DOWNLOAD_TTL_MS + 1000);
      const late = await fetch(url);
      expect(late.status).toBe(404);
      expect(await late.text()).toContain('expired');
    });
  });

  it('says so when rectrack has no public address to offer files from', async () => {
    h = await startTeamsHarness();
    await h.say('report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
    const { posted } = await h.say('export all csv');
    const said = posted.map((p) => textOf(cardOf(p.activity))).join('\n');
    expect(said).toContain('no public address');
    expect((await fetch(`${h.url}/exports?f=x.1.y`)).status).toBe(404);
  });
});
