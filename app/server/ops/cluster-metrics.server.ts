/**
 * Metrics of several processes (ADR 036): each process keeps its own counters; the HTTP process
 * that answers a scrape asks the primary, which collects every process's figures and sums them
 * with prom-client's AggregatorRegistry.aggregate. The primary asks only processes that said they
 * are ready: one still loading would never answer (prom-client's own clusterMetrics asks all).
 */
import cluster, { type Worker } from "node:cluster";
import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue, type Registry } from "prom-client";

const READY = "bp:metrics-ready";
const COLLECT = "bp:metrics-collect";
const COLLECTED = "bp:metrics-collected";
const REQUEST = "bp:metrics-request";
const ANSWER = "bp:metrics-answer";
const TIMEOUT_MS = 5000;

type Figures = MetricObjectWithValues<MetricValue<string>>[];
type Message =
  | { type: typeof READY }
  | { type: typeof COLLECT; id: number }
  | { type: typeof COLLECTED; id: number; figures: Figures }
  | { type: typeof REQUEST; id: number }
  | { type: typeof ANSWER; id: number; body?: string; error?: string };

/** In every process of a cluster: answer the primary's collection with this registry's figures. */
export function offerToCluster(registry: Registry): void {
  if (!cluster.isWorker) return;
  process.on("message", (message: Message | null) => {
    if (message?.type !== COLLECT) return;
    void registry.getMetricsAsJSON().then((figures) => process.send?.({ type: COLLECTED, id: message.id, figures } satisfies Message));
  });
  process.send?.({ type: READY } satisfies Message);
}

/** In the primary: collects the figures of all ready processes whenever an HTTP process asks. */
export function serveClusterMetrics(): void {
  const ready = new Set<number>();
  const pending = new Map<number, { waiting: Set<number>; figures: Figures[]; done(error?: Error): void }>();
  let nextId = 0;

  const collect = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const targets = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && ready.has(w.id) && w.isConnected());
      const timer = setTimeout(() => finish(new Error("a process did not report its metrics in time")), TIMEOUT_MS);
      const finish = (error?: Error) => {
        const entry = pending.get(id);
        if (!entry) return;
        pending.delete(id);
        clearTimeout(timer);
        if (error) reject(error);
        else AggregatorRegistry.aggregate(entry.figures).metrics().then(resolve, reject);
      };
      pending.set(id, { waiting: new Set(targets.map((w) => w.id)), figures: [], done: finish });
      for (const worker of targets) worker.send({ type: COLLECT, id } satisfies Message);
      if (targets.length === 0) finish();
    });

  const answered = (workerId: number, id: number, figures?: Figures) => {
    const entry = pending.get(id);
    if (!entry || !entry.waiting.delete(workerId)) return;
    if (figures) entry.figures.push(figures);
    if (entry.waiting.size === 0) entry.done();
  };

  cluster.on("message", (worker, message: Message | null) => {
    if (message?.type === READY) ready.add(worker.id);
    if (message?.type === COLLECTED) answered(worker.id, message.id, message.figures);
    if (message?.type !== REQUEST) return;
    const reply = (answer: { body?: string; error?: string }) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...answer } satisfies Message);
    };
    collect().then(
      (body) => reply({ body }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
  // A process that ends mid-collection is not waited for.
  cluster.on("exit", (worker) => {
    ready.delete(worker.id);
    for (const id of pending.keys()) answered(worker.id, id);
  });
}

let nextRequest = 0;

/** In an HTTP process of a cluster: the figures of all processes, collected by the primary. */
export function clusterMetricsText(): Promise<string> {
  const id = nextRequest++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      process.off("message", onMessage);
      reject(new Error("the primary did not answer the metrics request"));
    }, TIMEOUT_MS + 1000);
    function onMessage(message: Message | null) {
      if (message?.type !== ANSWER || message.id !== id) return;
      clearTimeout(timer);
      process.off("message", onMessage);
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.body ?? "");
    }
    process.on("message", onMessage);
    process.send!({ type: REQUEST, id } satisfies Message);
  });
}

export const inCluster = (): boolean => cluster.isWorker;
