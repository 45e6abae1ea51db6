import type { ElementType, ReactNode } from "react";
import type { Localized } from "./format";

/**
 * A form text; carries `lang="de"` when it falls back to German on an English page, so screen
 * readers switch pronunciation (WCAG 3.1.2).
 */
export function Text({ value, as, className, id }: { value: Localized; as?: ElementType; className?: string; id?: string }) {
  const Element = as ?? "span";
  return (
    <Element className={className} id={id} lang={value.lang}>
      {value.text}
    </Element>
  );
}

/** German-only content (authority names, addresses from shared components) on an English page. */
export function GermanOnly({ lang, children, inline }: { lang: "de" | "en"; children: ReactNode; inline?: boolean }) {
  if (lang === "de") return <>{children}</>;
  return inline ? <span lang="de">{children}</span> : <div lang="de">{children}</div>;
}
