import { Link } from "@remix-run/react";
import { useMemo } from "react";
import type { FormDefinition } from "~/engine/types";
import { diffDefinitions } from "~/server/publishing/definition-diff";

export interface PublishedComparison {
  version: number;
  definition: FormDefinition;
  /** The comparison page: it shows the saved draft's changes in full, without JavaScript too. */
  href: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The builder's (unsaved) definition against the published version, counted in the comparison page's terms. */
export function PublishedDiffSummary({ published, definition }: { published: PublishedComparison; definition: FormDefinition }) {
  const diff = useMemo(() => diffDefinitions(published.definition, definition), [published.definition, definition]);
  const words = diff.unchanged
    ? "Fragen und Seiten sind unverändert"
    : [
        diff.fields.length > 0 ? count(diff.fields.length, "Frage geändert, neu oder entfernt", "Fragen geändert, neu oder entfernt") : "",
        diff.steps.length > 0 ? count(diff.steps.length, "Seite geändert, neu oder entfernt", "Seiten geändert, neu oder entfernt") : "",
      ]
        .filter(Boolean)
        .join(", ");
  return (
    <p className="kern-body">
      Gegenüber der veröffentlichten Version {published.version}: {words}.{" "}
      <Link className="kern-link" to={published.href}>
        Änderungen gegenüber der veröffentlichten Version ansehen
      </Link>{" "}
      (zeigt den gespeicherten Stand).
    </p>
  );
}
