import type { Text } from 'mdast';
import { defaultHandlers, type Info, type State, type Unsafe } from 'mdast-util-to-markdown';

/** `before`/`after` of unsafe patterns that need a line ending next to the character. */
const LINE_ENDING_CONTEXT = new Set(['[\\r\\n]', '\\r', '\\n']);

const needsLineEnding = (p: Unsafe) =>
  Boolean(p.atBreak) || LINE_ENDING_CONTEXT.has(p.before ?? '') || LINE_ENDING_CONTEXT.has(p.after ?? '');

/** mdast-util-to-markdown's patternInScope: whether the constructs on the stack let `pattern` apply. */
const inScope = (stack: readonly string[], pattern: Unsafe) => {
  const any = (list: Unsafe['inConstruct'], none: boolean) =>
    list === null || list === undefined || list.length === 0
      ? none
      : (typeof list === 'string' ? [list] : list).some((name) => stack.includes(name));
  return any(pattern.inConstruct, true) && !any(pattern.notInConstruct, false);
};

/**
 * Character classes by construct stack and line-ending case, for one list of unsafe patterns. Each
 * run of the serialiser copies its patterns into a list of its own, so the classes are kept for the
 * patterns themselves and reused while a run's list holds the same ones.
 */
let cached: { patterns: readonly Unsafe[]; classes: Map<string, RegExp> } = { patterns: [], classes: new Map() };

function triggers(state: State, lineEnding: boolean): RegExp {
  const { unsafe, stack } = state;
  if (unsafe !== cached.patterns) {
    const same = unsafe.length === cached.patterns.length && unsafe.every((p, i) => p === cached.patterns[i]);
    cached = { patterns: unsafe, classes: same ? cached.classes : new Map() };
  }
  const key = `${lineEnding}|${stack.join(',')}`;
  let found = cached.classes.get(key);
  if (!found) {
    const characters = new Set(
      unsafe
        .filter((p) => inScope(stack, p) && (lineEnding || !needsLineEnding(p)))
        .map((p) => `\\u{${p.character.codePointAt(0)!.toString(16)}}`),
    );
    found = new RegExp(`[\\\\${[...characters].join('')}]`, 'u');
    cached.classes.set(key, found);
  }
  return found;
}

/**
 * remark-stringify's `text` handler, the same bytes at a fraction of the cost. The stock handler
 * runs every unsafe pattern in scope (dozens of regular expressions) over each text node to find
 * characters to escape. A pattern can only escape its own character, inside the text; one that
 * needs a line ending before or after it cannot match where neither the text nor its neighbouring
 * characters hold one; and with no backslash in the text nothing else changes. So text with none
 * of the characters that the patterns left could escape is written as it is, and any other text
 * goes to the stock handler.
 *
 * @example unified().use(remarkStringify, { handlers: { text: literalText } }) // plain prose skips the escaping pass
 */
export function literalText(node: Text, parent: Parameters<typeof defaultHandlers.text>[1], state: State, info: Info) {
  const around = `${info.before}${node.value}${info.after}`;
  const lineEnding = around.includes('\n') || around.includes('\r');
  if (!triggers(state, lineEnding).test(node.value) && !info.after.includes('\\')) return node.value;
  return defaultHandlers.text(node, parent, state, info);
}
