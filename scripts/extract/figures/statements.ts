import type { Stance } from '../../../src/schemas/vocabulary.ts';

const DENIES =
  /\b(denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|hoax|fake news|fabricat\w*|baseless|groundless|no evidence|(?:have|has|had)(?: not|n't)(?: yet)? seen|not been seen|cannot confirm|can't confirm|could not confirm|unable to confirm|no sign of)\b/i;
const CONFIRMS = /\b(confirmed|confirms|confirming|acknowledged|acknowledges|verified|highly likely|corroborated)\b/i;
const NEGATED_DENIAL =
  /\b(did not|didn't|does not|doesn't|would not|refused to) (deny|dismiss|reject)|\bneither confirm\w* nor den\w*|\bif confirmed\b/i;
const TOPIC_TROOPS = /\b(troops|soldiers|forces|personnel|servicemen|deploy\w*|dispatch\w*|units|fighting|combat)\b/i;
const TOPIC_NK = /\b(north korean?s?|pyongyang|dprk|kim jong[ -]un)\b/i;

/**
 * The stance of a sentence that confirms or denies something about North Korean troops without a
 * number, or null when it does neither. A sentence about "the reports" takes its topic from the sentence before.
 *
 * @example statementStance('Peskov dismissed claims of North Korean troops in Russia as a “hoax.”') // 'denies'
 */
export function statementStance(sentence: string, previous = ''): Stance | null {
  const topic = (s: string) => TOPIC_TROOPS.test(s) && TOPIC_NK.test(s);
  if (
    NEGATED_DENIAL.test(sentence) ||
    !(topic(sentence) || (/\b(reports?|claims?|allegations?)\b/i.test(sentence) && topic(previous)))
  ) {
    return null;
  }
  // The first cue is the reporter's own act: "NIS confirmed the report …, stating troops had 'not been seen'".
  const deny = sentence.search(DENIES);
  const confirm = sentence.search(CONFIRMS);
  if (deny < 0 && confirm < 0) return null;
  return confirm >= 0 && (deny < 0 || confirm < deny) ? 'confirms' : 'denies';
}
