import { describe, expect, it } from 'vitest';
import { verifyMdx } from '../../scripts/lib/verify-mdx.ts';

const doc = (...lines: string[]) => `---\nslug: a\n---\n\n${lines.join('\n\n')}\n`;

describe('verifyMdx()', () => {
  it('accepts plain lines between our own tags', () => {
    expect(
      verifyMdx(doc('<Paragraph line="1"><Claim id="c-1">About 3,000 troops.</Claim></Paragraph>'), [
        'About 3,000 troops.',
      ]),
    ).toEqual([]);
  });
  it('accepts escaped markup when it reads back as the text', () => {
    expect(verifyMdx(doc('<Paragraph line="1">\\{x} \\<b> \\*y\\*</Paragraph>'), ['{x} <b> *y*'])).toEqual([]);
  });
  it('catches an expression that a plain line was turned into', () => {
    expect(verifyMdx(doc('<Paragraph line="1">{process.exit(1)}</Paragraph>'), ['process.exit(1)'])).toEqual(
      expect.arrayContaining([expect.stringMatching(/unexpected mdx(Flow|Text)Expression/)]),
    );
  });
  it('catches ESM and foreign components, wherever they stand', () => {
    expect(verifyMdx(doc('import x from "y"', '<Paragraph line="1">a</Paragraph>'), ['a'])).toEqual(
      expect.arrayContaining([expect.stringMatching(/unexpected mdxjsEsm/)]),
    );
    expect(verifyMdx(doc('<Paragraph line="1"><Script>a</Script></Paragraph>'), ['a'])).toEqual(
      expect.arrayContaining([expect.stringMatching(/unexpected component <Script>/)]),
    );
  });
  it('catches text that changed on the way', () => {
    expect(verifyMdx(doc('<Paragraph line="1">*a*</Paragraph>'), ['*a*'])).toEqual([expect.stringMatching(/changed/)]);
    expect(verifyMdx(doc('<Paragraph line="1">b</Paragraph>'), ['a'])).toEqual([expect.stringMatching(/changed/)]);
  });
});
