import type { CodeProblem } from '../../core/workshop';
import { el, type TextSpec } from '../dom';

/** The page address's fragment that opens the join screen: `#join?code=<session code>`. */
export const JOIN_FRAGMENT = '#join';

/** The groups of a code as core writes it (dash-separated), for showing it in readable blocks. */
export function codeGroups(code: string): string[] {
  return code.split(/[-\s]+/).filter((group) => group !== '');
}

/** The link a team opens to join: this page's address with `#join?code=<code>`. */
export function joinLink(pageAddress: string, code: string): string {
  const page = pageAddress.split('#')[0] ?? '';
  return `${page}${JOIN_FRAGMENT}?code=${encodeURIComponent(code)}`;
}

/** True when the page was opened with a join link (or a bare `#join`). */
export function addressOpensJoin(hash: string): boolean {
  return hash === JOIN_FRAGMENT || hash.startsWith(`${JOIN_FRAGMENT}?`);
}

/** The session code a join link carries, or undefined (none, or an address that is not a join link). */
export function codeInAddress(hash: string): string | undefined {
  if (!addressOpensJoin(hash)) {
    return undefined;
  }
  const code = new URLSearchParams(hash.slice(JOIN_FRAGMENT.length + 1)).get('code');
  return code === null || code.trim() === '' ? undefined : code.trim();
}

/**
 * Whose words a refused code is explained in: the join screen's (a team typing the room's session
 * code) or the board's (a facilitator taking in result codes). Both say the same reasons.
 */
export type CodeAudience = 'workshop' | 'board';

/**
 * What to tell the person who typed a code that core refused, by core's reason, in the words of
 * the screen they typed it on. A position is counted from 1, as people count; a `wrong-kind`
 * text is keyed by the kind of code the screen expected.
 */
export function codeProblemText(
  problem: CodeProblem,
  audience: CodeAudience = 'workshop',
): TextSpec {
  switch (problem.kind) {
    case 'empty':
    case 'checksum':
      return { key: `${audience}.problem.${problem.kind}` as const };
    case 'bad-character':
      return {
        key: `${audience}.problem.bad-character` as const,
        params: { character: problem.character, position: problem.at + 1 },
      };
    case 'version':
      return {
        key: `${audience}.problem.version` as const,
        params: { found: problem.found, expected: problem.expected },
      };
    case 'wrong-kind':
      return { key: `${audience}.problem.wrong-kind-${problem.expected}` as const };
    case 'malformed':
      return { key: `${audience}.problem.malformed` as const, params: { detail: problem.detail } };
  }
}

/**
 * A code shown large in its groups (each group its own span, so a line breaks between groups,
 * never inside one). The whole code is in `data-code` and is what a copy takes.
 */
export function codeBlock(code: string, className: string, labelId: string): HTMLElement {
  const block = el('p', {
    className: `code-block ${className}`,
    attrs: { 'data-code': code, 'aria-labelledby': labelId, translate: 'no' },
  });
  const groups = codeGroups(code);
  groups.forEach((group, index) => {
    const span = el('span', { className: 'code-group' });
    span.textContent = group;
    block.append(span);
    if (index < groups.length - 1) {
      // The dash stays in what a selection copies, so a pasted code reads as it is shown.
      const dash = el('span', { className: 'code-dash', attrs: { 'aria-hidden': 'true' } });
      dash.textContent = '-';
      block.append(dash);
    }
  });
  return block;
}

/**
 * Copies text to the clipboard. Where the browser refuses (no permission, an insecure page), the
 * text in `fallback` is selected so a keyboard copy takes it.
 * @returns true when the clipboard took the text.
 */
export async function copyText(text: string, fallback: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const selection = window.getSelection();
    if (selection !== null) {
      const range = document.createRange();
      range.selectNodeContents(fallback);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return false;
  }
}
