import { DIRECTIVE_SCOPES as S } from './caveat-scopes';
import { WORD_START } from './oniguruma-text';
import type { CaptureRule, GrammarRule } from './textmate-grammar';

// TextMate rules for Caveat's inline directives, the same words the engine reads
// (server/src/engine/extract/directives.ts), case-insensitive:
//   caveat-disable-next-line RULE[, RULE]: reason
//   caveat-disable-line RULE: reason
//   caveat: accept RULE because reason        (or  caveat: accept RULE: reason)
// A directive whose reason is missing or empty is marked invalid.illegal.missing-reason.caveat: the
// engine accepts the finding but warns (caveat.directive-without-reason). A keyword without a rule
// is no directive to the engine, and is left plain here too.
//
// Two contexts:
//   'comment'  inside a Markdown HTML comment or a LaTeX % comment, anywhere in it; the reason stops
//              before the closing "-->"
//   'line'     a plain-text line of its own, optionally after a comment leader (# // -- % ;), as the
//              plain-text extractor reads it

export type DirectiveContext = 'comment' | 'line';

const DISABLE_KEYWORD = '(?i:caveat-disable-(?:next-)?line)';
const ACCEPT_KEYWORD = '(?i:caveat:\\s*accept)';

interface ContextParts {
  start: string;
  rule: string;
  reason: string;
  end: string;
  /** Groups that the start adds before the keyword. */
  leading: number;
}

function parts(context: DirectiveContext): ContextParts {
  if (context === 'comment') {
    return {
      start: WORD_START,
      rule: '(?:(?!-->)[^\\s:,])+',
      reason: '(?:(?!\\s*(?:-->|$)).)+',
      end: '(?=\\s*(?:-->|$))',
      leading: 0,
    };
  }
  return { start: '^[ \\t]*(?:(#|//|--|%|;)[ \\t]*)?', rule: '[^\\s:,]+', reason: '(?:(?!\\s*$).)+', end: '\\s*$', leading: 1 };
}

const ruleList: CaptureRule = {
  name: S.ruleList,
  patterns: [
    { name: S.ruleId, match: '[^\\s,]+' },
    { name: S.comma, match: ',' },
  ],
};

/** The directive rules for one context, the complete forms first. */
export function directivePatterns(context: DirectiveContext): GrammarRule[] {
  const c = parts(context);
  const rules = `${c.rule}(?:\\s*,\\s*${c.rule})*`;
  const g = (n: number) => String(n + c.leading);
  const leader: Record<string, CaptureRule> = c.leading ? { '1': { name: S.commentLeader } } : {};
  const trailing = context === 'line' ? '\\s*$' : '';
  return [
    {
      comment: 'caveat-disable-next-line RULE[, RULE]: reason',
      name: S.directive,
      match: `${c.start}(${DISABLE_KEYWORD})\\s+(${rules})\\s*(:)\\s*(${c.reason})${trailing}`,
      captures: {
        ...leader,
        [g(1)]: { name: S.keyword },
        [g(2)]: ruleList,
        [g(3)]: { name: S.reasonSeparator },
        [g(4)]: { name: S.reason },
      },
    },
    {
      comment: 'caveat: accept RULE because reason',
      name: S.directive,
      match: `${c.start}(${ACCEPT_KEYWORD})\\s+(${rules})\\s*(?:(:)|((?i:because)))\\s*(${c.reason})${trailing}`,
      captures: {
        ...leader,
        [g(1)]: { name: S.keyword },
        [g(2)]: ruleList,
        [g(3)]: { name: S.reasonSeparator },
        [g(4)]: { name: S.because },
        [g(5)]: { name: S.reason },
      },
    },
    {
      comment: 'A directive without a reason: the whole directive is invalid, the keyword most visibly.',
      name: `${S.directive} ${S.missingReason}`,
      match: `${c.start}(${DISABLE_KEYWORD}|${ACCEPT_KEYWORD})\\s+(${rules})\\s*(?:(:)|((?i:because)))?${c.end}`,
      captures: {
        ...leader,
        [g(1)]: { name: `${S.keyword} ${S.missingReason}` },
        [g(2)]: ruleList,
        [g(3)]: { name: S.reasonSeparator },
        [g(4)]: { name: S.because },
      },
    },
  ];
}
