import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldForMatching, loadRegistry } from '../../scripts/extract/attribution/registry.ts';

const yaml = (body: string) =>
  `- id: ua-hur\n  name: HUR\n  short: HUR\n  country: UA\n  kind: intelligence-agency\n${body}`;

describe('the reporter registry', () => {
  it('loads content/reporters.yaml without conflicts', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'reporters.yaml'), 'utf8');
    expect(loadRegistry('content/reporters.yaml', text).reporters.size).toBeGreaterThan(20);
  });
  it('match() finds the longest alias, folding apostrophes and "defence"', () => {
    const r = loadRegistry(
      'r.yaml',
      readFileSync(join(import.meta.dirname, '..', '..', 'content', 'reporters.yaml'), 'utf8'),
    );
    const ids = (s: string) => r.match(s).map((m) => m.reporterId);
    expect(ids('Seoul’s defence ministry said')).toEqual(['kr-mnd']);
    expect(ids('South Korea said')).toEqual(['kr-gov']);
    expect(ids('Lt. Gen. Kyrylo Budanov said')).toEqual(['ua-hur']);
    expect(r.match('Budanov said')[0]?.person).toBe('Kyrylo Budanov');
  });
  it('match() treats capital-letter aliases as case-sensitive', () => {
    const r = loadRegistry('r.yaml', yaml('  aliases: [HUR]\n'));
    expect(r.match('The HUR said').map((m) => m.alias)).toEqual(['HUR']);
    expect(r.match('in a hur of activity')).toEqual([]);
  });
  it('rejects an alias claimed by two reporters, naming both and the line', () => {
    const text = `${yaml('  aliases: [Kyiv]\n')}- id: ua-gov\n  name: Ukraine\n  short: Ukraine\n  country: UA\n  kind: government\n  aliases: [kyiv]\n`;
    expect(() => loadRegistry('content/reporters.yaml', text)).toThrow(
      /^content\/reporters\.yaml:12: alias "kyiv" is claimed by both ua-hur and ua-gov/,
    );
  });
  it('names file, line and field for a bad value', () => {
    expect(() => loadRegistry('content/reporters.yaml', yaml('').replace('country: UA', 'country: Ukraine'))).toThrow(
      /^content\/reporters\.yaml:4: field "0\.country"/,
    );
  });
  it('names file and line for malformed YAML', () => {
    expect(() => loadRegistry('content/reporters.yaml', '- id: [unclosed\n')).toThrow(
      /^content\/reporters\.yaml:\d+: malformed YAML/,
    );
  });
  it('foldForMatching() keeps the text length', () => {
    const s = 'Ukraine’s Defence';
    expect(foldForMatching(s)).toBe("Ukraine's Defense");
    expect(foldForMatching(s)).toHaveLength(s.length);
  });
});
