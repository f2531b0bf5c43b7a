import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOWNLOAD_TTL_MS } from '../../adapters/teams/downloads.ts';
import { cardOf, textOf } from '../support/fake-bot-connector-cards.ts';
import {
  type Activity,
  fixture,
  personal,
  startTeamsHarness,
  type TeamsHarness,
} from '../support/fake-bot-connector-harness.ts';

/*
 * Exports in Teams, through the real CloudAdapter and HTTP server: in the personal chat, a file consent
 * card per file, uploaded to the stand-in's upload URL once accepted; in channels, a card of
 * short-lived signed download links served by rectrack itself (GET /exports?f=...).
 */

const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

function inChannel(h: TeamsHarness, text: string): Activity {
  return { ...fixture(h, 'channel-message-mention'), text: `<at>Recs Bot</at> ${text}` };
}

type Attachment = {
  contentType: string;
  name?: string;
  contentUrl?: string;
  content: Record<string, unknown>;
};

function attachmentsOf(calls: readonly { activity?: Record<string, unknown> }[], type: string): Attachment[] {
  return calls.flatMap((c) =>
    ((c.activity?.attachments ?? []) as Attachment[]).filter((a) => a.contentType === type),
  );
}

/** The person's answer on a consent card, as Teams sends it; `accept` carries where to upload. */
function consentAnswer(h: TeamsHarness, card: Attachment, action: 'accept' | 'decline'): Activity {
  const name = card.name ?? '';
  return {
    ...personal(h, ''),
    type: 'invoke',
    name: 'fileConsent/invoke',
    value: {
      type: 'fileUpload',
      action,
      context: action === 'accept' ? card.content.acceptContext : card.content.declineContext,
      ...(action === 'accept'
        ? {
            uploadInfo: {
              contentUrl: `https://contoso.sharepoint.com/personal/alex/Documents/Applications/rectrack/${name}`,
              name,
              uploadUrl: h.connector.uploadUrl(name),
              uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C9D',
              fileType: 'docx',
            },
          }
        : {}),
    },
  };
}

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

    it('in the personal chat, offers the file by a consent card and uploads it whole once accepted', async () => {
      const { posted } = await h.say('export OSAEC23 response docx');
      expect(textOf(cardOf(posted[0]?.activity))).toContain("OSAEC23's section 55 response");
      expect(posted.flatMap((p) => links(p.activity))).toEqual([]);
      const [card, ...others] = attachmentsOf(posted, CONSENT);
      expect(others).toEqual([]);
      expect(card?.name).toBe('OSAEC23-response.docx');
      expect(card?.content.description).toContain('OSAEC23-response.docx');
      if (!card) return;

      const accepted = await h.exchange(consentAnswer(h, card, 'accept'));
      expect(accepted.status).toBe(200);
      const [upload, ...more] = h.connector.uploads;
      expect(more).toEqual([]);
      expect(upload?.bytes.byteLength).toBe(card.content.sizeInBytes);
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(upload?.bytes ?? []) });
      expect(value).toContain('I will follow the training closely.');
      const [shown] = attachmentsOf(accepted.posted, FILE_INFO);
      expect(shown).toMatchObject({
        name: 'OSAEC23-response.docx',
        contentUrl: expect.stringContaining('sharepoint.com'),
        content: { uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C9D', fileType: 'docx' },
      });

      // The file is given up once: a second accept of the same card uploads nothing.
      const again = await h.exchange(consentAnswer(h, card, 'accept'));
      expect(again.status).toBe(200);
      expect(h.connector.uploads).toHaveLength(1);
      expect(textOf(cardOf(again.posted[0]?.activity))).toContain('Export it again');
    });

    it('in the personal chat, says the file was not sent when the consent card is declined', async () => {
      const { posted } = await h.say('export OSAEC23 response docx');
      const [card] = attachmentsOf(posted, CONSENT);
      if (!card) throw new Error('no consent card');
      const declined = await h.exchange(consentAnswer(h, card, 'decline'));
      expect(declined.status).toBe(200);
      expect(h.connector.uploads).toEqual([]);
      expect(textOf(cardOf(declined.posted[0]?.activity))).toContain('did not send OSAEC23-response.docx');
    });

    it('in a channel, offers each file by a signed link that downloads it, until the link expires', async () => {
      const { posted } = await h.exchange(inChannel(h, 'export OSAEC23 response docx'));
      expect(attachmentsOf(posted, CONSENT)).toEqual([]);
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
    const { posted } = await h.exchange(inChannel(h, 'export all csv'));
    const said = posted.map((p) => textOf(cardOf(p.activity))).join('\n');
    expect(said).toContain('no public address');
    expect((await fetch(`${h.url}/exports?f=x.1.y`)).status).toBe(404);
  });
});
