import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYaml, parseYamlFields } from '../../scripts/lib/yaml-file.ts';
import { sidecarSchema, webUrl } from '../../src/schemas/source.ts';

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
