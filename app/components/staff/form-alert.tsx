import type { ReactNode } from "react";
import { KernAlert } from "~/components/kern-alert";

/** A message about the last form submission: an error (announced at once) or a confirmation. */
export function FormAlert({
  tone,
  title,
  children,
  id,
}: {
  tone: "danger" | "success" | "info";
  title: string;
  children?: ReactNode;
  id?: string;
}) {
  return (
    <KernAlert tone={tone} title={title} role={tone === "danger" ? "alert" : "status"} icon={false} id={id} bodyClassName="kern-body">
      {children}
    </KernAlert>
  );
}
