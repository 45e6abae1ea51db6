/**
 * Where the background sync stands (ADR 034), in a polite live region: "Wird gespeichert …",
 * "Gespeichert", "Offline – wird nachgeholt". A conflict with another window asks the person
 * what to keep; nothing is decided for them.
 */
import { useSelector } from "@xstate/react";
import { useSyncExternalStore } from "react";
import { KernAlert } from "~/components/kern-alert";
import { useT } from "~/lib/i18n/use-translation";
import type { SyncState } from "./draft-sync";
import type { LocalWalk } from "./local-walk";

const IDLE: SyncState = { status: "idle" };

export function SaveStatus({ walk }: { walk: LocalWalk }) {
  const t = useT();
  const state = useSyncExternalStore(walk.sync.subscribe, walk.sync.getState, () => IDLE);
  // The page the actor stands on, for the status line's owner (and for tests reading the DOM).
  const machineState = useSelector(walk.actor, (snapshot) => String(snapshot.value));
  const text =
    state.status === "saved"
      ? t("sync.saved")
      : state.status === "saving"
        ? t("sync.saving")
        : state.status === "offline"
          ? t("sync.offline")
          : state.status === "refused"
            ? `${t("sync.refusedStatus")}. ${state.message ?? ""}`
            : "";
  return (
    <>
      <p className="kern-body kern-body--small wizard__sync" role="status" data-machine-state={machineState} data-sync={state.status}>
        {text}
      </p>
      {state.status === "conflict" && (
        <KernAlert tone="warning" title={t("sync.conflictTitle")} role="alert">
          <p className="kern-body">{t("sync.conflictText")}</p>
          <div className="kern-stack-sm">
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => walk.sync.keepMine()}>
              <span className="kern-label">{t("sync.keepMine")}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => {
                walk.sync.discard();
                window.location.reload();
              }}
            >
              <span className="kern-label">{t("sync.loadSaved")}</span>
            </button>
          </div>
        </KernAlert>
      )}
    </>
  );
}
