import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackHarness, startSlackHarness } from '../support/fake-slack-client.ts';
import { seedReport, seen, slash } from '../support/fake-slack-steps.ts';

/*
 * `/recs export ...` in Slack: the files are uploaded into the conversation with Slack's current upload
 * flow (files.getUploadURLExternal, the bytes to its URL, files.completeUploadExternal), checked by the
 * stand-in's rules; a channel the bot is not in gets them in the person's DM instead.
 */

const CHANNEL = { id: 'C0PANEL', name: 'panel' };

describe('exports in Slack', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
    h.api.addUser('W0ALICE01', { displayName: 'Alice Admin' });
    await seedReport(h);
    await slash(h, 'respond OSAEC23-1 force: We accept this and will train everyone.');
  });
  afterEach(() => h.close());

  it('uploads the section 55 response into the channel, the .docx whole', async () => {
    const answer = await slash(h, 'export OSAEC23 response', { channel: CHANNEL });
    expect(seen(answer)).toContain("OSAEC23's section 55 response");
    const shared = await h.api.waitFor(() =>
      h.api.filesIn(CHANNEL.id).length === 3 ? h.api.filesIn(CHANNEL.id) : undefined,
    );
    expect(shared.map((f) => f.name)).toEqual([
      'OSAEC23-response.docx',
      'OSAEC23-response.md',
      'OSAEC23-response.html',
    ]);
    expect(shared[0]?.comment).toContain("OSAEC23's section 55 response");
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(shared[0]?.bytes ?? []) });
    expect(value).toContain('We accept this and will train everyone.');
    // One completion for the three files; no upload carried the bot token.
    expect(h.api.callsTo('files.completeUploadExternal')).toHaveLength(1);
    expect(h.api.callsTo('file.upload').every((c) => c.token === undefined)).toBe(true);
  });

  it('sends the files to the DM when the bot is not in the channel', async () => {
    h.api.answerNext('files.completeUploadExternal', { body: { ok: false, error: 'not_in_channel' } });
    await slash(h, 'export all csv', { channel: CHANNEL });
    const dm = 'DW0ALICE01';
    const shared = await h.api.waitFor(() => (h.api.filesIn(dm).length > 0 ? h.api.filesIn(dm) : undefined));
    expect(shared.map((f) => f.name)).toEqual(['all-reports-items.csv']);
    expect(new TextDecoder().decode(shared[0]?.bytes)).toContain('OSAEC23-1');
    expect(h.api.filesIn(CHANNEL.id)).toEqual([]);
  });
});
