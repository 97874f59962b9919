// Which trace exporter, if any: off unless configured (OpenTelemetry's own variables).
//   OTEL_TRACES_EXPORTER=otlp     OTLP over HTTP (JSON) to OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT
//   OTEL_TRACES_EXPORTER=console  one JSON log line per finished span on stdout
//   OTEL_TRACES_EXPORTER=none     off
// Unset: otlp when an OTLP endpoint is set, otherwise off.
export type TraceExporter = 'otlp' | 'console';

export class TelemetryConfigError extends Error {}

export function readTraceExporter(env: NodeJS.ProcessEnv): TraceExporter | null {
  const value = env.OTEL_TRACES_EXPORTER?.trim();
  if (value === undefined || value === '')
    return env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? 'otlp' : null;
  if (value === 'none') return null;
  if (value === 'otlp' || value === 'console') return value;
  throw new TelemetryConfigError(`OTEL_TRACES_EXPORTER must be otlp, console or none, got "${value}"`);
}
