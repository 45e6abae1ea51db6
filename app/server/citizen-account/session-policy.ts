/** How long a citizen's session lives. Shorter than a clerk's: citizens sign in for one errand. */

/** Idle timeout: a session unused this long is over (sliding). */
export const CITIZEN_SESSION_IDLE_MS = 30 * 60 * 1000;
/** Absolute lifetime after sign-in. */
export const CITIZEN_SESSION_ABSOLUTE_MS = 4 * 60 * 60 * 1000;
/** last_seen_at is written at most this often. */
export const CITIZEN_SESSION_TOUCH_INTERVAL_MS = 60 * 1000;
