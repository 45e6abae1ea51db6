import { KernAlert } from "~/components/kern-alert";
import { useT } from "~/lib/i18n/use-translation";
import type { TrustRequirement } from "~/server/citizen-account/trust-level.http.server";

/** On a service's start page: the login it requires, and the way to sign in at that level (ADR 037). */
export function TrustLevelNotice({ requirement }: { requirement: TrustRequirement | null | undefined }) {
  const t = useT();
  if (!requirement) return null;
  return (
    <KernAlert tone={requirement.met ? "info" : "warning"} title={t("trust.requiredTitle")} heading="h2">
      <p className="kern-body" data-testid="vertrauensniveau">
        {t("trust.required", { required: requirement.required })}
      </p>
      {requirement.met && requirement.actual ? (
        <p className="kern-body">{t("trust.met", { actual: requirement.actual })}</p>
      ) : (
        <p>
          <a className="kern-btn kern-btn--primary" href={requirement.signInHref}>
            <span className="kern-label">{t("trust.signIn", { required: requirement.required })}</span>
          </a>
        </p>
      )}
    </KernAlert>
  );
}
