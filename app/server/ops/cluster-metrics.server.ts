/**
 * Metrics of several processes (ADR 036): each process keeps its own counters; the HTTP process
 * that answers a scrape asks the primary, which collects every process's figures with prom-client's
 * AggregatorRegistry (counters and histograms summed) and sends the exposition text back.
 */
import cluster from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";

const REQUEST = "bp:cluster-metrics-request";
const ANSWER = "bp:cluster-metrics-answer";
const TIMEOUT_MS = 5000;

type Request = { type: typeof REQUEST; id: number };
type Answer = { type: typeof ANSWER; id: number; body?: string; error?: string };

/** In every process of a cluster: answer the primary's collection with this registry's figures. */
export function offerToCluster(registry: Registry): void {
  if (!cluster.isWorker) return;
  // Constructing it installs prom-client's listener for the primary's collection requests.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

/** In the primary: answers the HTTP processes' requests for the cluster-wide figures. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: Request) => {
    if (message?.type !== REQUEST) return;
    const reply = (answer: Omit<Answer, "type" | "id">) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...answer });
    };
    aggregator.clusterMetrics().then(
      (body) => reply({ body }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

let nextId = 0;

/** In an HTTP process of a cluster: the figures of all processes, collected by the primary. */
export function clusterMetricsText(): Promise<string> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      process.off("message", onMessage);
      reject(new Error("the primary did not answer the metrics request"));
    }, TIMEOUT_MS);
    function onMessage(message: Answer) {
      if (message?.type !== ANSWER || message.id !== id) return;
      clearTimeout(timer);
      process.off("message", onMessage);
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.body ?? "");
    }
    process.on("message", onMessage);
    process.send!({ type: REQUEST, id } satisfies Request);
  });
}

export const inCluster = (): boolean => cluster.isWorker;
