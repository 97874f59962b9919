// One data source for both databases: the embedded PGlite by default, a PostgreSQL server when
// DATABASE_URL is set. Same entities, same migrations, same code.
import { types } from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';
import { DataSource, Logger } from 'typeorm';
import type { Config } from '../config';
import { startEmbeddedDatabase } from './embedded';
import { ENTITIES, MIGRATIONS } from './entities';
import { setMigrationIdHashSecret } from './migration-keys';
import { SnakeNamingStrategy } from './naming-strategy';

// DATE columns stay 'YYYY-MM-DD' strings; pg would otherwise make local-midnight Date objects.
types.setTypeParser(1082, (value: string) => value);

export interface DataSourceOptions {
  /** The embedded database serves one connection at a time (see STACK.md). */
  poolSize: number;
  logger?: Logger;
  /**
   * PostgreSQL's statement_timeout for every pooled connection (sent by pg at connect), so no
   * statement holds a connection longer. PGlite accepts the setting and does not enforce it (it has
   * no timer signals in WebAssembly): there the request timeout answers the caller and the
   * statement runs to its end. 0 = no limit.
   */
  statementTimeoutMs?: number;
  /** PostgreSQL's max_parallel_workers_per_gather, sent at connect; undefined = the server's (and on PGlite). */
  parallelWorkersPerGather?: number;
}

export function createDataSource(url: string, options: DataSourceOptions): DataSource {
  // pg's own parser, not TypeORM's: it reads a percent-encoded folder as a Unix-socket host (the
  // embedded database) where TypeORM's would take it for a host name.
  const { host, port, user, password, database } = parseConnectionString(url);
  return new DataSource({
    type: 'postgres',
    host: host ?? undefined,
    port: port ? Number(port) : undefined,
    username: user,
    password: password || undefined,
    database: database ?? undefined,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logger: options.logger,
    logging: options.logger ? ['query', 'error'] : false,
    extra: {
      max: options.poolSize,
      statement_timeout: options.statementTimeoutMs || undefined,
      options:
        options.parallelWorkersPerGather === undefined
          ? undefined
          : `-c max_parallel_workers_per_gather=${options.parallelWorkersPerGather}`,
    },
  });
}

export interface OpenDatabase {
  dataSource: DataSource;
  embedded: boolean;
  close(): Promise<void>;
}

/** Starts the embedded database if needed, connects, and runs pending migrations when asked. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'migrateOnStart'> & {
    security?: Pick<Config['security'], 'statementTimeoutMs' | 'parallelWorkersPerGather'>;
    /** The key the re-keying migration of ID-number hashes applies (ID_HASH_SECRET). */
    idHashSecret?: string;
  },
  logger?: Logger,
): Promise<OpenDatabase> {
  const embedded = config.databaseUrl ? null : await startEmbeddedDatabase({ dataDir: config.dataDir });
  const dataSource = createDataSource(config.databaseUrl ?? embedded!.url, {
    poolSize: embedded ? 1 : 10,
    logger,
    statementTimeoutMs: config.security?.statementTimeoutMs,
    parallelWorkersPerGather: embedded ? undefined : config.security?.parallelWorkersPerGather,
  });
  try {
    await dataSource.initialize();
    if (config.idHashSecret) setMigrationIdHashSecret(config.idHashSecret);
    if (config.migrateOnStart) await dataSource.runMigrations();
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded: embedded !== null,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
