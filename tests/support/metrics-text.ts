/** The value of an unlabelled metric in Prometheus's text format, as `/metrics` answers; 0 when absent. */
export function metricValue(metricsText: string, name: string): number {
  const line = metricsText.split("\n").find((candidate) => candidate.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : 0;
}
