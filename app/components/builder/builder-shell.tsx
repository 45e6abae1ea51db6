import { Link } from "@remix-run/react";
import { useSyncExternalStore } from "react";
import { FormBuilder, type FormBuilderProps } from "./form-builder";

const subscribeNothing = () => () => {};

/**
 * The builder once the page runs JavaScript; before that (and without it) a clear note with the
 * way to the JSON editor, which needs none.
 */
export function BuilderShell({ jsonEditorHref, ...props }: FormBuilderProps & { jsonEditorHref: string }) {
  // False in the server's HTML and during hydration, true once the browser runs the page.
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  if (!hydrated) {
    return (
      <div className="kern-stack" id="baukasten-ohne-javascript">
        <p className="kern-body">
          Der Baukasten braucht JavaScript. Ist es in Ihrem Browser abgeschaltet, bearbeiten Sie die Formulardefinition im JSON-Editor – er
          kommt ohne JavaScript aus und speichert denselben Entwurf.
        </p>
        <p className="kern-body">
          <Link className="kern-link" to={jsonEditorHref}>
            Zum JSON-Editor
          </Link>
        </p>
      </div>
    );
  }
  return <FormBuilder {...props} />;
}
