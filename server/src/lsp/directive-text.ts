// The line that accepts a finding, written in the draft's own format. Shared by the VS Code client
// (which asks for the reason) and the server's fallback for other editors (which cannot ask, so it
// writes the directive with an empty reason for the user to fill in). Imports nothing at run time, so
// the client bundle can include it.
import { engineLanguage } from './languages';

/** The command the VS Code client registers to accept a finding; it asks for the reason. */
export const CLIENT_ACCEPT_COMMAND = 'caveat.acceptFinding';

/**
 * `<!-- caveat-disable-next-line RULE: reason -->`, `% caveat-disable-next-line RULE: reason` or
 * `caveat: accept RULE because reason`, indented like the finding's line and ending in a line break.
 * An empty reason leaves its place empty: the engine then reports the directive as giving no reason
 * (caveat.directive-without-reason), so the draft cannot pass for reviewed until one is written.
 */
export function directiveLine(languageId: string, ruleId: string, reason: string, indent: string): string {
  const clean = reason.replace(/\s+/g, ' ').replace(/-->/g, '→').trim();
  const after = clean ? ` ${clean}` : '';
  switch (engineLanguage(languageId) ?? 'plaintext') {
    case 'markdown':
      return `${indent}<!-- caveat-disable-next-line ${ruleId}:${after} -->\n`;
    case 'latex':
      return `${indent}% caveat-disable-next-line ${ruleId}:${after}\n`;
    default:
      return `${indent}caveat: accept ${ruleId} because${after}\n`;
  }
}
