// OpenTelemetry tracing of HTTP (instrumentation-http), GraphQL (instrumentation-graphql: parse,
// validate, execute; literal values replaced, no resolver spans) and SQL (a span per statement from
// the TypeORM hook, src/db/query-hooks.ts, so PGlite and PostgreSQL alike). Nothing is registered
// unless an exporter is configured (src/telemetry/config.ts). Must start before http, express and
// graphql are loaded: src/telemetry/register.ts is main.ts's first import.
// Never exported: query strings of URLs (a GET /graphql carries variables), SQL parameters, headers.
import { context, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { DataSource } from 'typeorm';
import { onQuery } from '../db/query-hooks';
import { createLogger } from '../http/logger';
import type { TraceExporter } from './config';

const URL_KEYS = ['http.target', 'http.url', 'url.full', 'url.query', 'url.path'];
const SQL_TEXT_MAX = 2000;

/** Takes the query string out of URL attributes before anything leaves the process. */
class RedactingExporter implements SpanExporter {
  constructor(private readonly inner: SpanExporter) {}
  export(spans: ReadableSpan[], done: (result: ExportResult) => void) {
    for (const span of spans) {
      const attributes = span.attributes as Record<string, unknown>;
      for (const key of URL_KEYS) {
        const value = attributes[key];
        if (key === 'url.query') delete attributes[key];
        else if (typeof value === 'string' && value.includes('?')) attributes[key] = value.slice(0, value.indexOf('?'));
      }
    }
    this.inner.export(spans, done);
  }
  shutdown() {
    return this.inner.shutdown();
  }
  forceFlush() {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

/** One JSON log line per span (the service's log stays JSON only; Node's ConsoleSpanExporter is not). */
class JsonLineExporter implements SpanExporter {
  private readonly logger = createLogger('info');
  export(spans: ReadableSpan[], done: (result: ExportResult) => void) {
    for (const s of spans) {
      const [sec, nano] = s.duration;
      this.logger.info(
        {
          span: {
            traceId: s.spanContext().traceId,
            spanId: s.spanContext().spanId,
            parentSpanId: s.parentSpanContext?.spanId,
            name: s.name,
            kind: SpanKind[s.kind],
            ms: sec * 1e3 + nano / 1e6,
            status: SpanStatusCode[s.status.code],
            attributes: s.attributes,
          },
        },
        'span',
      );
    }
    done({ code: ExportResultCode.SUCCESS });
  }
  async shutdown() {}
}

export interface Tracing {
  tracer: Tracer;
  shutdown(): Promise<void>;
}

let active: Tracing | null = null;

/** Registers the tracer provider and the HTTP and GraphQL instrumentations; null when off. */
export function startTracing(exporter: TraceExporter | null): Tracing | null {
  if (!exporter || active) return active;
  const processor =
    exporter === 'console'
      ? new SimpleSpanProcessor(new RedactingExporter(new JsonLineExporter()))
      : new BatchSpanProcessor(new RedactingExporter(new OTLPTraceExporter()));
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME || 'four-lists' }),
    spanProcessors: [processor],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // the service's own answers, not its JWKS fetches
      new HttpInstrumentation({ ignoreOutgoingRequestHook: () => true }),
      new GraphQLInstrumentation({ allowValues: false, ignoreResolveSpans: true, mergeItems: true }),
    ],
  });
  active = { tracer: provider.getTracer('four-lists'), shutdown: () => provider.shutdown() };
  return active;
}

/** The tracing started in this process, or null. */
export const currentTracing = () => active;

/** A client span for every SQL statement of this data source, child of whatever span is active. */
export function traceQueries(db: DataSource, tracing: Tracing | null) {
  if (!tracing) return;
  onQuery(db, {
    start(sql) {
      const operation = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
      const span = tracing.tracer.startSpan(
        `db ${operation}`,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            'db.system.name': 'postgresql',
            'db.operation.name': operation,
            'db.query.text': sql.length > SQL_TEXT_MAX ? `${sql.slice(0, SQL_TEXT_MAX)}…` : sql,
          },
        },
        context.active(),
      );
      return ({ success }) => {
        if (!success) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      };
    },
  });
}

export { trace };
