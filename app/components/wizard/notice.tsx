import type { MessageKey } from "~/lib/i18n/dictionary";
import { useT } from "~/lib/i18n/use-translation";

/** A notice after a redirect (a step that does not apply, a resumed draft): polite, not an error. */
export function Notice({ message }: { message?: MessageKey }) {
  const t = useT();
  if (!message) return null;
  return (
    <div className="kern-alert kern-alert--info" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <span className="kern-title">{t("common.noticeTitle")}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t(message)}</p>
      </div>
    </div>
  );
}
