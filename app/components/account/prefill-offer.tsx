import { useT } from "~/lib/i18n/use-translation";
import type { PrefillOffer } from "~/server/citizen-account/prefill.http.server";

/**
 * "Aus Ihrem BundID-Konto übernehmen" on a step page (ADR 037): what the identity would fill in,
 * and one plain post that does it — the citizen chooses, nothing is filled in unasked.
 */
export function PrefillOfferBox({ offer }: { offer: PrefillOffer | null | undefined }) {
  const t = useT();
  if (!offer) return null;
  return (
    <section aria-labelledby="angaben-aus-konto" className="kern-stack prefill-offer" data-testid="uebernahme">
      <h2 className="kern-heading-small" id="angaben-aus-konto">
        {t("prefill.title")}
      </h2>
      {offer.taken ? (
        <p className="kern-body">{t("prefill.taken")}</p>
      ) : (
        <>
          <p className="kern-body">{t("prefill.intro")}</p>
          <dl className="kern-description-list">
            {offer.rows.map((row) => (
              <div className="kern-description-list-item" key={row.label}>
                <dt className="kern-description-list-item__key">{row.label}</dt>
                <dd className="kern-description-list-item__value">{row.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="kern-body">{offer.verified ? t("prefill.verified") : t("prefill.editable")}</p>
      {!offer.taken && (
        <form method="post" action={offer.action}>
          <input type="hidden" name="schritt" value={offer.stepId} />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{offer.provider === "bundid" ? t("prefill.buttonBundid") : t("prefill.buttonOidc")}</span>
          </button>
        </form>
      )}
    </section>
  );
}
