/** Sentence boundaries in news text: the platform's segmenter and this project's repairs. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../scripts/extract/text/sentences.ts';

const split = (text: string) => splitSentences(text).map(([a, b]) => text.slice(a, b).trim());

describe('splitSentences', () => {
  it('ends no sentence after an abbreviation or an initial', () => {
    expect(split('Lt. Gen. Budanov said so. He left at 10 a.m. in Kyiv.')).toEqual([
      'Lt. Gen. Budanov said so.',
      'He left at 10 a.m. in Kyiv.',
    ]);
    expect(split('The U.S. estimate is 12,000. J. Smith disagreed.')).toEqual([
      'The U.S. estimate is 12,000.',
      'J. Smith disagreed.',
    ]);
  });

  it('ends a sentence before one that opens with its figure', () => {
    expect(split('“It is changing quickly,” Kiev said. 6,000-plus troops are training, Singh said.')).toEqual([
      '“It is changing quickly,” Kiev said.',
      '6,000-plus troops are training, Singh said.',
    ]);
    expect(split('Neither has published figures. “3,500-plus are training,” Kyiv said.')).toEqual([
      'Neither has published figures.',
      '“3,500-plus are training,” Kyiv said.',
    ]);
    expect(split('The NIS briefed lawmakers on Monday. 1,500 more had arrived.')).toEqual([
      'The NIS briefed lawmakers on Monday.',
      '1,500 more had arrived.',
    ]);
  });

  it('keeps a reference number with its abbreviation', () => {
    expect(split('He cited Art. 5 of the treaty and No. 2 of the annex.')).toEqual([
      'He cited Art. 5 of the treaty and No. 2 of the annex.',
    ]);
  });
});
