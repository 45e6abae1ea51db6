import type { MessageKey } from "~/lib/i18n/dictionary";
import { useT } from "~/lib/i18n/use-translation";
import { KernAlert } from "~/components/kern-alert";

/** A notice after a redirect (a step that does not apply, a resumed draft): polite, not an error. */
export function Notice({ message }: { message?: MessageKey }) {
  const t = useT();
  if (!message) return null;
  return (
    <KernAlert tone="info" title={t("common.noticeTitle")} role="status">
      <p className="kern-body">{t(message)}</p>
    </KernAlert>
  );
}
