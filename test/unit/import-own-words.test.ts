import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * What a document's writer tells its own readers to do is no recommendation to track, however it directs:
 * a briefing's "What you need to do:", a workbook's "By the end of this module you should be able to:".
 */
describe("the writer's own instructions to its readers", () => {
  it("leaves out the bullets under 'What you need to do:' and keeps the recommendation they follow", () => {
    const e = extractReport(
      [
        'Daily briefing - IOPC learning',
        '',
        'The IOPC recommends that Surrey Police updates relevant force policies relating to complaint handling.',
        '',
        'What you need to do:',
        '1. If you are told of a complaint about an incident you attended, tell your supervisor the same day.',
        '2. Supervisors: search for the footage and mark it as evidential on the day the complaint is made.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The IOPC recommends that Surrey Police updates relevant force policies relating to complaint handling.',
    ]);
  });
});
