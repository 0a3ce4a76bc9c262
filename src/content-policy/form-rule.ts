/**
 * What a rule asks, for the content editor's form: in Japanese, the editors' language (です・ます,
 * plain words), and in the content check's own English words, which the check prints. Each
 * Japanese text is defined next to the English constant it translates.
 */
export interface RuleMessage {
  ja: string;
  en: string;
}

/**
 * The message as the form shows it, in the shape of the field hints: the Japanese, then the
 * check's English in brackets (Sveltia shows one message whatever the interface language).
 */
export const shownMessage = (message: RuleMessage): string => `${message.ja}（${message.en}）`;

/**
 * A rule of the content check in the shape a form can apply before saving: a regular expression
 * the whole value must match, and what the value must be, in Japanese and in the check's own words. The content
 * editor (src/cms/config.ts) reads these from the same modules the check uses, so the form and
 * the check cannot drift apart; the check stays the authority (a form rule may let through what
 * only the check can judge, such as NFC, but must never refuse what the check accepts).
 */
export interface FormRule {
  /** Matches every value the rule accepts, anchored at both ends; no flag but `u`. */
  pattern: RegExp;
  /** What the value must be: in Japanese, and as the content check says it. */
  message: RuleMessage;
  /**
   * The pattern admits only visible characters of its own (a date's digits and hyphens), so the
   * text-hygiene rule would add nothing but words to the message: the form leaves it out.
   */
  visibleOnly?: boolean;
}

/**
 * One rule that holds when all of `rules` hold: the patterns as lookaheads at the start of the
 * value, the messages in order: the Japanese sentences one after the other, the English joined by "; ".
 */
export function allOf(...rules: readonly FormRule[]): FormRule {
  if (rules.length === 1) return rules[0]!;
  for (const rule of rules)
    if (rule.pattern.flags.replace('u', '') !== '')
      throw new Error(`form rule /${rule.pattern.source}/${rule.pattern.flags}: only the u flag combines`);
  return {
    // Unicode-aware throughout: a pattern that is not valid as such fails here, not in the browser.
    pattern: new RegExp(`^${rules.map((rule) => `(?=${rule.pattern.source})`).join('')}`, 'u'),
    message: {
      ja: rules.map((rule) => rule.message.ja).join(''),
      en: rules.map((rule) => rule.message.en).join('; '),
    },
  };
}

/** A pattern that matches `word` in upper or lower case, without the i flag (which would apply to all). */
export function caseless(word: string): string {
  return [...word]
    .map((c) =>
      c.toLowerCase() === c.toUpperCase()
        ? c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') // the characters a Unicode pattern may escape
        : `[${c.toLowerCase()}${c.toUpperCase()}]`,
    )
    .join('');
}
