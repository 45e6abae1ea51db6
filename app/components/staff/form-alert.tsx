import type { ReactNode } from "react";

/** A message about the last form submission: an error (announced at once) or a confirmation. */
export function FormAlert({ tone, title, children, id }: { tone: "danger" | "success" | "info"; title: string; children?: ReactNode; id?: string }) {
  return (
    <div className={`kern-alert kern-alert--${tone}`} role={tone === "danger" ? "alert" : "status"} id={id}>
      <div className="kern-alert__header">
        <span className="kern-title">{title}</span>
      </div>
      {children && <div className="kern-alert__body kern-body">{children}</div>}
    </div>
  );
}
