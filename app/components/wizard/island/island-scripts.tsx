/**
 * Where the root's layout puts the wizard's island (ADR 043) instead of Remix's client: on a step
 * or review page the server renders as a whole document. Once Remix's client runs (a page
 * reached by its navigation), the layout is its own and keeps Remix's scripts.
 */
import { ISLAND_DATA_ID, islandPayloadText, type IslandPayload, type IslandRouteId } from "./payload";

interface Match {
  id: string;
  data: unknown;
  handle: unknown;
}

export interface WizardIsland {
  script: string;
  payload: IslandPayload;
}

function islandScriptOf(rootData: unknown): string | null {
  const script = (rootData as { wizardIsland?: unknown } | undefined)?.wizardIsland;
  return typeof script === "string" ? script : null;
}

export function wizardIslandOf(matches: readonly Match[], error: unknown): WizardIsland | null {
  if (typeof document !== "undefined" || error != null) return null;
  const root = matches[0];
  const leaf = matches.at(-1);
  const script = islandScriptOf(root?.data);
  if (!root || !leaf || !script || (leaf.handle as { island?: boolean } | undefined)?.island !== true) return null;
  return { script, payload: { root: root.data, page: { routeId: leaf.id as IslandRouteId, data: leaf.data } } };
}

export function WizardIslandScripts({ island, nonce }: { island: WizardIsland; nonce: string | undefined }) {
  return (
    <>
      <script id={ISLAND_DATA_ID} type="application/json" dangerouslySetInnerHTML={{ __html: islandPayloadText(island.payload) }} />
      <script type="module" src={island.script} nonce={nonce} />
    </>
  );
}
