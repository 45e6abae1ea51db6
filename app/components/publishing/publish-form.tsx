import { Form } from "@remix-run/react";

/** Publishing the stored draft: the basis ties the click to the text the editor has seen. */
export function PublishForm({
  version,
  basis,
  builtIn,
  current,
}: {
  version: number;
  basis: string;
  builtIn: boolean;
  current: number | null;
}) {
  return (
    <section aria-labelledby="veroeffentlichen" className="kern-stack">
      <h2 className="kern-heading-medium" id="veroeffentlichen">
        Veröffentlichen
      </h2>
      <p className="kern-body">
        Mit der Veröffentlichung wird Version {version} unveränderlich und {current ? `löst Version ${current} ab: ` : ""}neue Anträge
        werden mit ihr gestellt. Bereits begonnene Anträge und eingegangene Vorgänge behalten ihre Version.
        {builtIn && " Diese Leistung ist eine eingebaute Leistung des Portals: die neue Version gilt in allen Landkreisen."}
      </p>
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="publish" />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="basis" value={basis} />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Version {version} veröffentlichen</span>
        </button>
      </Form>
    </section>
  );
}
