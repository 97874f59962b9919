// npm run token -- --role ADVISER --street 310105001 [--street …] [--provider <id>] [--sub <id>] [--name <n>]
//                   [--expires 12h]
// npm run token -- --adviser <roster id> [--expires 12h]
// Mints a development token signed with JWT_SECRET (or the built-in dev secret, with a warning).
// --adviser reads the roster (DATABASE_URL or the embedded database): subject = roster id, streets
// and name from the entry; a deactivated adviser gets no token.
import 'reflect-metadata';
import { signToken } from '../auth/token';
import { isUuid } from '../common/text';
import { ROLES, Role, STREET_SCOPED_ROLES } from '../common/viewer';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { Adviser } from '../modules/adviser/adviser.entity';
import { parseArgs } from './args';

const args = parseArgs(process.argv.slice(2));
const adviserId = args.get('adviser')?.[0];
if (adviserId) {
  void (async () => {
    const config = loadConfig();
    const database = await openDatabase(config);
    try {
      const adviser = isUuid(adviserId)
        ? await database.dataSource.getRepository(Adviser).findOneBy({ id: adviserId })
        : null;
      if (!adviser) throw new Error(`no adviser ${adviserId} on the roster`);
      if (!adviser.active) throw new Error(`adviser ${adviserId} is deactivated; no token`);
      if (config.jwtSecretIsDefault)
        console.error('warning: JWT_SECRET is not set; signing with the development secret');
      const token = signToken(
        { sub: adviser.id, role: 'ADVISER', name: adviser.name, streets: [adviser.streetCode] },
        config.jwtSecret,
        (args.get('expires')?.[0] ?? '12h') as never,
      );
      process.stdout.write(`${token}\n`);
    } finally {
      await database.close();
    }
  })().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
} else {
  const role = (args.get('role')?.[0] ?? '').toUpperCase() as Role;
  const fail = (message: string): never => {
    console.error(
      `${message}\nusage: npm run token -- --role ${ROLES.join('|')} [--street <code> …] [--provider <id>] ` +
        `[--sub <id>] [--name <name>] [--expires 12h]`,
    );
    process.exit(2);
  };
  if (!ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
  const streets = args.get('street') ?? [];
  if (STREET_SCOPED_ROLES.includes(role) && streets.length === 0)
    fail(`${role === 'ADVISER' ? 'an' : 'a'} ${role} token needs at least one --street <9-digit code>`);
  if (streets.some((s) => !/^\d{9}$/.test(s))) fail('--street takes 9-digit street codes such as 310105001');
  const providerId = args.get('provider')?.[0];
  if (role === 'PARTNER' && !providerId) fail('a PARTNER token needs --provider <organisation id>');

  const config = loadConfig();
  if (config.jwtSecretIsDefault) console.error('warning: JWT_SECRET is not set; signing with the development secret');
  const token = signToken(
    {
      sub: args.get('sub')?.[0] ?? `dev-${role.toLowerCase()}`,
      role,
      name: args.get('name')?.[0],
      streets: STREET_SCOPED_ROLES.includes(role) ? streets : undefined,
      providerId: role === 'PARTNER' ? providerId : undefined,
    },
    config.jwtSecret,
    (args.get('expires')?.[0] ?? '12h') as never,
  );
  process.stdout.write(`${token}\n`);
}
