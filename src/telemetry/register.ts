// Imported first by main.ts: starts tracing (when configured) before http, express and graphql are
// loaded, so their instrumentations can hook them. A refused setting is reported by loadConfig.
import { readTraceExporter } from './config';
import { startTracing } from './tracing';

try {
  startTracing(readTraceExporter(process.env));
} catch {
  // loadConfig() reads the same variables and stops the start with one line
}
