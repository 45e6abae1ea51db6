import { Link } from "@remix-run/react";
import { useMemo } from "react";
import type { FormDefinition } from "~/engine/types";
import { diffDefinitions, summarizeDiff } from "~/server/publishing/definition-diff";

export interface PublishedComparison {
  version: number;
  definition: FormDefinition;
  /** The comparison page: it shows the saved draft's changes in full, without JavaScript too. */
  href: string;
}

/** The builder's (unsaved) definition against the published version, counted in the comparison page's terms. */
export function PublishedDiffSummary({ published, definition }: { published: PublishedComparison; definition: FormDefinition }) {
  const words = useMemo(() => summarizeDiff(diffDefinitions(published.definition, definition)), [published.definition, definition]);
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
