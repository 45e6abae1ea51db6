import type { ReactNode } from "react";

export type AlertTone = "info" | "success" | "warning" | "danger";

/**
 * A KERN alert: tone, title and body. `role`: "alert" for an error announced at once, "status"
 * for a polite message after an action, none for content that is part of the page.
 */
export function KernAlert(props: {
  tone: AlertTone;
  title: string;
  /** A heading element when the alert opens a section of the page; plain text otherwise. */
  heading?: "h2" | "h3";
  role?: "alert" | "status";
  /** Staff pages show the tone by colour and title alone. */
  icon?: boolean;
  id?: string;
  /** "kern-body" for plain text; the default stacks paragraphs. */
  bodyClassName?: string;
  children?: ReactNode;
}) {
  const Title = props.heading ?? "span";
  return (
    <div className={`kern-alert kern-alert--${props.tone}`} role={props.role} id={props.id}>
      <div className="kern-alert__header">
        {props.icon !== false && <span className={`kern-icon kern-icon--${props.tone}`} aria-hidden="true" />}
        <Title className="kern-title">{props.title}</Title>
      </div>
      {props.children && <div className={`kern-alert__body ${props.bodyClassName ?? "kern-stack"}`}>{props.children}</div>}
    </div>
  );
}
