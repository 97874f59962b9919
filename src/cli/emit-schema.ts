// npm run schema: writes schema/schema.graphql from the code. Needs no database connection.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { systemClock } from '../common/clock';
import { buildAppSchema, SCHEMA_FILE } from '../graphql/schema';

async function main() {
  // Resolvers only keep the data source; building the schema never queries it.
  await buildAppSchema(new DataSource({ type: 'postgres' }), { clock: systemClock, emit: true });
  // eslint-disable-next-line no-console
  console.log(`wrote ${SCHEMA_FILE}`);
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
