/**
 * Focus after a client-side navigation (with JavaScript the page does not reload, so the
 * browser would leave focus on the pressed button): to the error summary when there are
 * errors, to a group item named in the address (after "add"), else to the page's heading.
 * The first render after a full page load is left alone: the browser handles it (autofocus).
 */
import { useLocation } from "@remix-run/react";
import { useEffect, type RefObject } from "react";

export function useFocusAfterNavigation(heading: RefObject<HTMLElement>, summary: RefObject<HTMLElement>, hasErrors: boolean): void {
  const location = useLocation();
  useEffect(() => {
    if (location.key === "default") return;
    const hashTarget = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const target = hasErrors ? summary.current : (hashTarget ?? heading.current);
    target?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a navigation moves focus
  }, [location.key]);
}

/** Focus the summary again after a refused submit in the browser. */
export function useFocusOnAttempt(summary: RefObject<HTMLElement>, attempt: number): void {
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt, summary]);
}
