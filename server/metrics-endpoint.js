// GET /metrics: the Prometheus exposition (app/server/ops/metrics.server.ts), for permitted scrapers only.

/**
 * Refused scrapes get a bare 404, so the endpoint tells nobody else that it exists;
 * it is also kept out of robots.txt's allowed paths and out of every page.
 */
export function metricsEndpoint(runtime) {
  return async (req, res, next) => {
    const allowed = runtime.metricsAllowed({
      authorization: req.get("authorization"),
      remoteAddress: req.socket.remoteAddress,
      forwarded: req.get("x-forwarded-for") !== undefined || req.get("forwarded") !== undefined,
    });
    if (!allowed) {
      res.status(404).type("text/plain").set("Cache-Control", "no-store").send("Not Found");
      return;
    }
    try {
      const { contentType, body } = await runtime.metricsText();
      res.status(200).set("Content-Type", contentType).set("Cache-Control", "no-store").send(body);
    } catch (error) {
      next(error);
    }
  };
}
