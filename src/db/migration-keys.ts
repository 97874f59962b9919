// Keys a data migration needs (a migration is a class TypeORM makes itself, so it cannot be handed one):
// openDatabase sets them from the configuration before it runs the migrations. Unset (a test that runs
// migrations by hand), the development default of config.ts, which the services under test also use.
import { DEV_ID_HASH_SECRET } from '../config';

let idHashSecret = DEV_ID_HASH_SECRET;

export function setMigrationIdHashSecret(secret: string): void {
  idHashSecret = secret;
}

export const migrationIdHashSecret = (): string => idHashSecret;
