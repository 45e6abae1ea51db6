import { useT } from "~/lib/i18n/use-translation";
import { CaseAccessFields } from "./case-access-fields";

/** The way to withdraw: a post to the confirmation page, which changes nothing yet. */
export function WithdrawStart({ caseNumber, accessCode }: { caseNumber: string; accessCode: string }) {
  const t = useT();
  return (
    <section aria-labelledby="zurueckziehen" className="kern-stack">
      <h3 className="kern-heading-small" id="zurueckziehen">
        {t("withdraw.heading")}
      </h3>
      <p className="kern-body">{t("withdraw.intro")}</p>
      <form method="post" action="/status/zurueckziehen">
        <CaseAccessFields caseNumber={caseNumber} accessCode={accessCode} />
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t("withdraw.start")}</span>
        </button>
      </form>
    </section>
  );
}
