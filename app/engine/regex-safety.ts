/**
 * Static check of `pattern` regular expressions for catastrophic
 * backtracking (ReDoS). A pattern from a form definition runs against
 * citizen input on the server, so `(a+)+` would let one request block the
 * process. The pattern is only read, never executed.
 *
 * Flagged (conservative, in the spirit of "star height > 1"):
 *  - a repeated group containing an element that repeats without bound:
 *    `(a+)+`, `(\w+\s?)*`, `((ab)*c)+`;
 *  - an unboundedly repeated group containing a variable repeat: `(a{1,3})+`;
 *  - a repeated group whose alternatives are identical: `(a|a)*`.
 * Not flagged: groups where every iteration must begin with a separator
 * (punctuation or space, not repeated), e.g. `([ '-][A-Za-z]+)*` or
 * `(,\s*\d{5})*`: the separator makes the split of the input unambiguous.
 */

export interface RegexRisk {
  reason: string;
}

interface GroupFrame {
  /** Index of "(" (for messages). */
  openAt: number;
  /** The group contains an element repeated without upper bound. */
  hasUnboundedRepeat: boolean;
  /** The group contains an element repeated a variable number of times. */
  hasVariableRepeat: boolean;
  alternatives: string[];
  /** Whether each alternative seen so far starts with a fixed separator atom. */
  separatorLed: boolean[];
  /** Start of the current alternative. */
  alternativeStart: number;
}

interface Quantifier {
  length: number;
  unbounded: boolean;
  /** Upper bound > 1: the atom can repeat. */
  repeats: boolean;
  /** Lower bound ≠ upper bound. */
  variable: boolean;
}

function readQuantifier(pattern: string, at: number): Quantifier | undefined {
  const char = pattern[at];
  const lazy = (length: number) => (pattern[at + length] === "?" ? length + 1 : length);
  if (char === "*" || char === "+") return { length: lazy(1), unbounded: true, repeats: true, variable: true };
  if (char === "?") return { length: lazy(1), unbounded: false, repeats: false, variable: true };
  if (char !== "{") return undefined;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
  if (!match) return undefined;
  const lower = Number(match[1]);
  const upper = match[2] === undefined ? lower : match[3] === "" ? Infinity : Number(match[3]);
  return { length: lazy(match[0].length), unbounded: upper === Infinity, repeats: upper > 1, variable: upper !== lower };
}

/** A literal space/punctuation character, an escaped one or \s, or a class of only such characters. */
function isSeparatorAtom(atom: string): boolean {
  if (atom.length === 1) return /^[^\w.]$/u.test(atom);
  if (atom.startsWith("\\")) return atom === "\\s" || /^\\[^\w]$/.test(atom);
  if (atom.startsWith("[") && !atom.startsWith("[^")) {
    const members = atom.slice(1, -1).replace(/\\s|\\[^\w]/g, "");
    return members.length > 0 ? /^[^\w]*$/u.test(members.replace(/-/g, "")) && !/\w-\w/.test(members) : true;
  }
  return false;
}

function atomEndAt(pattern: string, at: number): number {
  const char = pattern[at];
  if (char === "\\") {
    // \p{…} and \u{…} are one atom; any other escape is two characters.
    const braced = /^\\[pPu]\{[^}]*\}/.exec(pattern.slice(at));
    return at + (braced ? braced[0].length : 2);
  }
  if (char === "[") {
    let end = at + 1;
    if (pattern[end] === "^") end++;
    if (pattern[end] === "]") end++;
    while (end < pattern.length && pattern[end] !== "]") end += pattern[end] === "\\" ? 2 : 1;
    return end + 1;
  }
  return at + 1;
}

function newFrame(openAt: number, contentStart: number): GroupFrame {
  return {
    openAt,
    hasUnboundedRepeat: false,
    hasVariableRepeat: false,
    alternatives: [],
    separatorLed: [],
    alternativeStart: contentStart,
  };
}

/** Returns why the pattern is dangerous, or undefined when no risky construct was found. */
export function findRegexRisk(pattern: string): RegexRisk | undefined {
  const stack: GroupFrame[] = [newFrame(-1, 0)];
  let at = 0;
  while (at < pattern.length) {
    const char = pattern[at]!;
    const frame = stack.at(-1)!;

    if (char === "(") {
      const prefix = /^\((\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(pattern.slice(at))![0];
      stack.push(newFrame(at, at + prefix.length));
      at += prefix.length;
      continue;
    }
    if (char === "|") {
      frame.alternatives.push(pattern.slice(frame.alternativeStart, at));
      at++;
      frame.alternativeStart = at;
      continue;
    }

    let closedGroup: GroupFrame | undefined;
    let atomEnd: number;
    if (char === ")") {
      if (stack.length === 1) return undefined; // unbalanced: RegExp reports it as invalid
      closedGroup = stack.pop()!;
      closedGroup.alternatives.push(pattern.slice(closedGroup.alternativeStart, at));
      atomEnd = at + 1;
    } else {
      atomEnd = atomEndAt(pattern, at);
    }
    const quantifier = readQuantifier(pattern, atomEnd);
    const enclosing = stack.at(-1)!;
    const atomStartsAlternative = at === enclosing.alternativeStart;
    if (!closedGroup && atomStartsAlternative) {
      enclosing.separatorLed[enclosing.alternatives.length] =
        quantifier === undefined && isSeparatorAtom(pattern.slice(at, atomEnd));
    }

    if (closedGroup && quantifier?.repeats) {
      const shown = `„${pattern.slice(closedGroup.openAt, atomEnd + quantifier.length)}“`;
      const alternatives = closedGroup.alternatives;
      if (alternatives.length > 1 && new Set(alternatives).size < alternatives.length) {
        return { reason: `wiederholte Gruppe mit gleichen Alternativen ${shown}` };
      }
      const separated =
        closedGroup.separatorLed.length === alternatives.length && closedGroup.separatorLed.every(Boolean);
      if (!separated && closedGroup.hasUnboundedRepeat) return { reason: `verschachtelte Wiederholung ${shown}` };
      if (!separated && quantifier.unbounded && closedGroup.hasVariableRepeat) {
        return { reason: `verschachtelte Wiederholung ${shown}` };
      }
    }
    if (quantifier?.unbounded || closedGroup?.hasUnboundedRepeat) enclosing.hasUnboundedRepeat = true;
    if (quantifier?.variable || closedGroup?.hasVariableRepeat) enclosing.hasVariableRepeat = true;
    at = atomEnd + (quantifier?.length ?? 0);
  }
  return undefined;
}
