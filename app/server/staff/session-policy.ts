/** How long a staff session lives. Pure numbers, shared by the session store and its tests. */

/** Idle timeout: a session unused this long is over (sliding: every request extends it). */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** Absolute lifetime: however active, a session ends after a working day. */
export const SESSION_ABSOLUTE_MS = 10 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so page views do not each cost a write. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;
