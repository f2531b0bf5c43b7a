import { describe, expect, it } from 'vitest';
import { definedShortNames, extractAddressees } from '../../src/core/import/addressees.ts';

describe('who a recommendation is addressed to', () => {
  it.each([
    ['Within three months, Lancashire constabulary should review its approach.', ['Lancashire constabulary']],
    [
      'HMICFRS recommends that, within three months, Lancashire constabulary should review it.',
      ['Lancashire constabulary'],
    ],
    ['The Training Board should review the plan.', ['Training Board']],
    ['The force should act. Guidance to staff should include: what to record.', ['force']],
    ['We look to the Ministry of Justice to bring forward the work.', ['Ministry of Justice']],
    [
      'The IOPC recommends that even in the case of lengthy and complex searches Derbyshire Police should ensure it.',
      ['Derbyshire Police'],
    ],
    ['Call handlers use triage - this helps the force know what priority it should give the call.', []],
  ])('%s', (text, expected) => {
    expect(extractAddressees(text)).toEqual(expected);
  });

  it('knows the short names a document defines once', () => {
    const names = definedShortNames(
      'The Ministry of Justice (the Ministry) has much to do. The Board (PB) met.',
    );
    expect([...names]).toEqual([['ministry', 'Ministry of Justice']]);
  });
});
