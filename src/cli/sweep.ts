// npm run sweep -- --city | --district <6 digits> | --street <9 digits>
// The 政策找人 sweep (README "政策找人") from the command line, as ADMIN: the same service as the
// runOutreachSweep mutation, with a progress line. For a city, where one HTTP request would outlast
// the request timeout. Idempotent: an interrupted sweep is completed by running it again.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { systemClock } from '../common/clock';
import { createServices } from '../graphql/schema';
import { parseArgs } from './args';
import { seedReferenceData } from '../../seeds';

const USAGE = 'usage: npm run sweep -- --city | --district <6-digit code> | --street <9-digit code>';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const [district, street] = [args.get('district')?.[0], args.get('street')?.[0]];
  const input = args.has('city')
    ? { level: 'CITY' as const }
    : district
      ? { level: 'DISTRICT' as const, code: district }
      : street
        ? { level: 'STREET' as const, code: street }
        : null;
  if (!input) throw new Error(USAGE);
  const database = await openDatabase(loadConfig());
  try {
    const db = database.dataSource;
    await seedReferenceData(db); // idempotent: the catalogue rules and the 低保 standard must exist
    const { outreachSweeps } = createServices(db, systemClock);
    const started = Date.now();
    const admin = { id: 'cli:sweep', role: 'ADMIN' as const, name: null, streetCodes: [], providerId: null };
    const report = await outreachSweeps.run(admin, input, {
      onChunk: (r) => {
        const rate = r.households / Math.max((Date.now() - started) / 1000, 0.001);
        process.stderr.write(`\rswept ${r.households} households, ${r.raised} new leads, ${Math.round(rate)}/s`);
      },
    });
    if (!('raised' in report)) throw new Error(report.fieldErrors.map((e) => e.message).join('; '));
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(
      `\n${report.households} households in ${seconds.toFixed(1)} s: ${report.raised} new leads ` +
        `(${report.raisedByGroup.map((g) => `group ${g.group}: ${g.count}`).join(', ')}), ` +
        `${report.unchanged} unchanged, ${report.superseded} superseded, ${report.unassigned} unassigned\n`,
    );
  } finally {
    await database.close();
  }
}
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
