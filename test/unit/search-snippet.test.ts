import { describe, expect, it } from 'vitest';
import { searchTerm, snippet, termsIn } from '../../src/core/view/snippet.ts';

const LONG =
  'Chief Constables should make sure that officers record body-worn video at every search of a child, ' +
  'and that the footage is kept for the review panel for at least a year after the search is over.';

describe('search terms and snippets', () => {
  it.each([
    ['Body-Worn', 'body worn'],
    ["constable's", 'constable s'],
    ['100%', '100%'],
    ['form_a', 'form_a'],
    ['s.55', 's 55'],
    ['body worn  video', 'body worn video'],
  ])('%j is matched as %j', (word, term) => expect(searchTerm(word)).toBe(term));

  it('counts the terms a text holds, any case, a space standing for any one character', () => {
    expect(termsIn(LONG, ['body worn', 'footage', 'helicopter'])).toBe(2);
    expect(termsIn('Raise it to 1000', ['100%'])).toBe(0);
  });

  it.each([
    ['a short text whole', 'Review vetting.', ['vetting'], 'Review vetting.'],
    [
      'a long text around its first match, cut at words with … on both sides',
      LONG,
      ['footage'],
      '…search of a child, and that the footage is kept for the review panel for at least a year after the search is…',
    ],
    [
      'the start of a long text when the match is there',
      LONG,
      ['chief'],
      'Chief Constables should make sure that officers record body-worn video at every search of a child, and that…',
    ],
    [
      'the end of a long text when the match is there, with … only before',
      LONG,
      ['is over'],
      '…of a child, and that the footage is kept for the review panel for at least a year after the search is over.',
    ],
  ])('shows %s', (_name, text, terms, expected) => {
    const shown = snippet(text, terms);
    expect(shown).toBe(expected);
    expect(shown.replace(/…/g, '').length).toBeLessThanOrEqual(110);
  });
});
