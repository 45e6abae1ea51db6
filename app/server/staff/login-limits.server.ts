import ipaddr from "ipaddr.js";
import { countHit, rateDecision, resetRateLimit, retryMinutes, takeBackHit, type RateDecision, type RateLimit } from "../rate-limit.server";
import { secretHash } from "./tokens.server";
import { text, type RefusalText } from "../outcome";
import type { RefusalTextKey } from "../../lib/i18n/refusal-texts";
import type { TextValue } from "../../lib/i18n/translate";

/*
 * The login's rate limits (ADR 019). Failed attempts are counted per username and address, so a
 * guesser locks out only their own source, not the clerk: the account-wide backstop is short.
 * Every attempt is counted before the password is checked (parallel guesses cannot slip through
 * between check and count); a successful one is taken back again, so it counts only against the
 * address flood and an office where many clerks sign in each morning is not mistaken for spraying.
 */
/** One window for both: a name's first failure in a window counts it as tried in that same window. */
const FAILURE_WINDOW_SECONDS = 15 * 60;

export const LOGIN_LIMITS = {
  /** One username from one address: a forgotten password, or guessing one account's password. */
  userAtAddress: { name: "login-user-address", limit: 10, windowSeconds: FAILURE_WINDOW_SECONDS },
  /** Many usernames failing from one address: password spraying (one password tried on many accounts). */
  usernamesPerAddress: { name: "login-usernames", limit: 10, windowSeconds: FAILURE_WINDOW_SECONDS },
  /** One username failing from many addresses (a botnet): a backstop short enough to wait out. */
  userEverywhere: { name: "login-user", limit: 30, windowSeconds: 5 * 60 },
  /** Every attempt from one address, failed or not: a flood. Generous, since offices share an address. */
  address: { name: "login-address", limit: 100, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimit>;

export type LoginRefusal = { text: RefusalText; retryAfterSeconds: number };

type Subjects = { user: string; address: string; userAtAddress: string };

/** Keys without names or addresses in clear; an IPv6 client counts by its /64 network, which it usually holds whole. */
function subjectsOf(username: string, clientAddress: string): Subjects {
  const user = secretHash(username);
  const address = secretHash(addressNetwork(clientAddress));
  return { user, address, userAtAddress: secretHash(`${user}:${address}`) };
}

export function addressNetwork(clientAddress: string): string {
  if (!ipaddr.isValid(clientAddress)) return clientAddress;
  const parsed = ipaddr.process(clientAddress);
  if (parsed.kind() === "ipv4") return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((part) => part.toString(16))
    .join(":")}::/64`;
}

export type LoginAttempt = {
  /** Set when a limit is reached: answer 429 without checking the password. */
  refusal: LoginRefusal | null;
  /** The right password: the attempt is taken back and the run of failures forgotten. */
  succeeded(): Promise<void>;
};

/** Counts an attempt before the password is checked. A username's first attempt from an address counts as one more name tried there. */
export async function startLoginAttempt(username: string, clientAddress: string): Promise<LoginAttempt> {
  const subjects = subjectsOf(username, clientAddress);
  const flood = await countHit(LOGIN_LIMITS.address, subjects.address);
  const here = await countHit(LOGIN_LIMITS.userAtAddress, subjects.userAtAddress);
  const names = here === 1 ? await countHit(LOGIN_LIMITS.usernamesPerAddress, subjects.address) : 0;
  if (!rateDecision(LOGIN_LIMITS.usernamesPerAddress, names).allowed) {
    // A name refused as one too many was not tried: a second attempt with it must be refused again.
    await takeBackHit(LOGIN_LIMITS.userAtAddress, subjects.userAtAddress);
    await takeBackHit(LOGIN_LIMITS.usernamesPerAddress, subjects.address);
  }
  const everywhere = await countHit(LOGIN_LIMITS.userEverywhere, subjects.user);
  const checks: Array<[RateDecision, RefusalTextKey]> = [
    [rateDecision(LOGIN_LIMITS.address, flood), "refusal.loginLimitNetwork"],
    [rateDecision(LOGIN_LIMITS.usernamesPerAddress, names), "refusal.loginLimitNetwork"],
    [rateDecision(LOGIN_LIMITS.userAtAddress, here), "refusal.loginLimitUsername"],
    [rateDecision(LOGIN_LIMITS.userEverywhere, everywhere), "refusal.loginLimitAccount"],
  ];
  const refused = checks.find(([decision]) => !decision.allowed);
  return {
    refusal:
      refused && !refused[0].allowed
        ? { retryAfterSeconds: refused[0].retryAfterSeconds, text: text(refused[1], { wait: waitText(refused[0].retryAfterSeconds) }) }
        : null,
    async succeeded() {
      await resetRateLimit(LOGIN_LIMITS.userAtAddress, subjects.userAtAddress);
      await resetRateLimit(LOGIN_LIMITS.userEverywhere, subjects.user);
      // The name was counted once in this window, by this attempt or by its first failure.
      await takeBackHit(LOGIN_LIMITS.usernamesPerAddress, subjects.address);
    },
  };
}

function waitText(retryAfterSeconds: number): TextValue {
  const minutes = retryMinutes(retryAfterSeconds);
  return minutes === 1 ? { key: "refusal.waitOneMinute" } : { key: "refusal.waitMinutes", values: { minutes } };
}
