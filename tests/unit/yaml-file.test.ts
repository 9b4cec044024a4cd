import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCorrectionsFields } from '../../scripts/lib/corrections.ts';
import { parseReview } from '../../scripts/lib/reviews.ts';
import { parseYaml, parseYamlFields } from '../../scripts/lib/yaml-file.ts';
import { isoDate, pastDate } from '../../src/schemas/claim.ts';
import { registrySchema } from '../../src/schemas/reporter.ts';
import { sidecarSchema, webUrl } from '../../src/schemas/source.ts';
import { buildDate } from '../../src/utils/site.ts';

describe('parseYamlFields()', () => {
  it('leaves out a bad field with its line, and keeps the others', () => {
    const text = 'outlet: Example\nurl: javascript:alert(1)\ntitle: Kept\n';
    const { value, errors } = parseYamlFields('a.yaml', text, sidecarSchema, 1);
    expect(value).toEqual({ outlet: 'Example', title: 'Kept' });
    expect(errors.map((e) => e.message)).toEqual(['a.yaml:2: field "url": not an http(s) address with a domain name']);
  });

  it('names an unknown key on its own line', () => {
    const { value, errors } = parseYamlFields('a.yaml', 'title: T\nlink: x\n', sidecarSchema, 1);
    expect(value).toEqual({ title: 'T' });
    expect(errors.map((e) => e.message)).toEqual(['a.yaml:2: field "link": Unrecognized key: "link"']);
  });

  it('still refuses malformed YAML, and a required field that is bad', () => {
    expect(() => parseYamlFields('a.yaml', 'title: [\n', sidecarSchema, 1)).toThrow(/^a\.yaml:\d+: malformed YAML/);
    const schema = z.object({ name: z.string(), note: z.string().optional() });
    expect(() => parseYamlFields('a.yaml', 'note: n\nname: 5\n', schema, 1)).toThrow(/^a\.yaml:2: field "name"/);
  });

  it('parseYaml() refuses the file at its first problem', () => {
    expect(() => parseYaml('a.yaml', 'title: T\nurl: "data:text/html,x"\n', sidecarSchema)).toThrow(
      'a.yaml:2: field "url": not an http(s) address with a domain name',
    );
  });
});

describe('webUrl', () => {
  it('accepts http(s) addresses with a domain, and nothing else', () => {
    const ok = ['https://example.org/a?b=1#c', 'http://news.example.co.kr/x'];
    const bad = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.org/',
      'file:///etc/passwd',
      '//example.org/',
      'https://',
    ];
    for (const url of ok) expect(webUrl.safeParse(url).success, url).toBe(true);
    for (const url of bad) expect(webUrl.safeParse(url).success, url).toBe(false);
  });
});

describe('errors name the line', () => {
  it('of the first alias of an alias bomb', () => {
    const bomb = [
      't: x',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefg'.split('').map((n, i) => `${n}: &${n} [${`*${'abcdef'[i]}, `.repeat(9)}*${'abcdef'[i]}]`),
      'title: *g',
    ];
    expect(() => parseYamlFields('a.yaml', bomb.join('\n'), z.unknown(), 1)).toThrow(
      /^a\.yaml:3: malformed YAML: Excessive alias count/,
    );
  });

  it('of the entry a required field is missing from, and of a duplicate id', () => {
    const entry = (id: string) => `- id: ${id}\n  name: N\n  short: S\n  country: UA\n  kind: government\n`;
    expect(() => parseYaml('r.yaml', `${entry('a')}${entry('b').replace('  name: N\n', '')}`, registrySchema)).toThrow(
      'r.yaml:6: field "1.name": missing',
    );
    expect(() => parseYaml('r.yaml', `${entry('a')}${entry('b')}${entry('a')}`, registrySchema)).toThrow(
      'r.yaml:11: field "2.id": duplicate reporter id "a"',
    );
    expect(() => parseYaml('r.yaml', '', registrySchema)).toThrow(/^r\.yaml:1: /);
  });
});

describe('dates', () => {
  it('isoDate accepts only dates the calendar has', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2025-12-31']) expect(isoDate.safeParse(d).success, d).toBe(true);
    for (const d of ['2023-02-29', '2024-02-30', '2024-13-45', '2024-04-31', '2024-1-05', '20240105'])
      expect(isoDate.safeParse(d).success, d).toBe(false);
  });

  it('pastDate refuses a date after the build date', () => {
    expect(pastDate.safeParse(buildDate()).success).toBe(true);
    expect(pastDate.safeParse('2999-01-01').error?.issues[0]?.message).toBe('a date in the future');
  });
});

describe('editorial files', () => {
  it('a correction keeps its other fields when its statedOn is impossible', () => {
    const { value, errors } = parseCorrectionsFields('c-1:\n  statedOn: 2024-02-30\n  note: n\nc-2:\n  note: m\n');
    expect([...value]).toEqual([
      ['c-1', { note: 'n' }],
      ['c-2', { note: 'm' }],
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      'content/corrections.yaml:2: field "c-1.statedOn": not a calendar date (YYYY-MM-DD)',
    ]);
  });

  it('a review is read with its lines counted from the top of the file', () => {
    const review = '---\nverdict: outlier\nreviewer: D\nreviewedOn: 2025-01-31\n---\n\nNotes.\n';
    expect(parseReview('r.md', review).value).toEqual({
      data: { verdict: 'outlier', reviewer: 'D', reviewedOn: '2025-01-31' },
      body: '\nNotes.\n',
    });
    expect(() => parseReview('r.md', review.replace('outlier', 'wrong'))).toThrow(/^r\.md:2: field "verdict": /);
    expect(() => parseReview('r.md', review.replace('reviewer: D\n', ''))).toThrow(/^r\.md:2: field "reviewer": /);
    expect(() => parseReview('r.md', 'Notes only.\n')).toThrow(/^r\.md:1: no front matter/);
  });
});
