// npm run print:sample -- [--out ./tmp-print]: the printed plan (一户一策方案) of a sample household,
// end to end on an in-memory database: the service starts, an administrator files an adviser, the
// adviser registers, assesses and plans a 低保 elder living alone and approves the plan; then headless
// Chromium opens the page by its signed link (打印链接) and writes print-sample.png (the A4 page as a
// screenshot) and print-sample.pdf (from GET /plans/{id}/print?format=pdf) into --out.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { signToken, type TokenClaims } from '../src/auth/token';
import { parseArgs } from '../src/cli/args';
import { systemClock } from '../src/common/clock';
import { makeIdNumber } from '../src/common/id-number';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/data-source';
import { createApp } from '../src/http/app';
import { createLogger } from '../src/http/logger';
import { closeBrowser, launchBrowser } from '../src/modules/print/pdf';
import { seedReferenceData } from '../seeds';
import { elderLivingAlone, HUAYANG } from '../seeds/sample-households';

const SAMPLE_HOUSEHOLD = elderLivingAlone({ name: '张阿婆', idNumber: makeIdNumber('310105', '1940-05-05', 28) });

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const out = path.resolve(args.get('out')?.[0] ?? './tmp-print');
  const config = { ...loadConfig(), migrateOnStart: true, databaseUrl: null, dataDir: 'memory://' };
  const database = await openDatabase(config);
  const { httpServer, apollo } = await createApp({
    db: database.dataSource,
    logger: createLogger('warn'),
    jwtSecret: config.jwtSecret,
    exposeErrorDetails: true,
    security: { ...config.security, rateLimitPerIp: 0, rateLimitPerToken: 0 },
    clock: systemClock,
  });
  try {
    await seedReferenceData(database.dataSource);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    const gql = async (claims: TokenClaims, query: string, variables: object) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${signToken(claims, config.jwtSecret)}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown };
      if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
      return Object.values(body.data)[0];
    };
    const admin: TokenClaims = { sub: 'print-sample-admin', role: 'ADMIN' };
    const filed = await gql(
      admin,
      'mutation($input: CreateAdviserInput!) { createAdviser(input: $input) { __typename ... on Adviser { id } } }',
      {
        input: {
          name: '李顾问',
          streetCode: HUAYANG,
          roleType: 'SOCIAL_WORKER',
          caseloadMax: 40,
          phone: '021-6222 0101',
        },
      },
    );
    const adviser: TokenClaims = { sub: filed.id, role: 'ADVISER', streets: [HUAYANG] };
    const household = await gql(
      adviser,
      `mutation($input: CreateHouseholdInput!) {
        createHousehold(input: $input) {
          __typename ... on Household { id } ... on InputValidationError { fieldErrors { field reason } }
        }
      }`,
      { input: SAMPLE_HOUSEHOLD },
    );
    if (household.__typename !== 'Household') throw new Error(JSON.stringify(household));
    await gql(adviser, 'mutation($id: ID!) { assessHousehold(householdId: $id) { __typename } }', { id: household.id });
    const plan = await gql(
      adviser,
      'mutation($id: ID!) { generatePlan(householdId: $id) { __typename ... on Plan { id items { resourceCode } } } }',
      { id: household.id },
    );
    if (plan.__typename !== 'Plan') throw new Error(JSON.stringify(plan));
    await gql(adviser, 'mutation($id: ID!) { approvePlan(planId: $id) { __typename } }', { id: plan.id });
    const link = await gql(
      adviser,
      'mutation($id: ID!) { printLink(planId: $id) { __typename ... on PrintLink { url } } }',
      { id: plan.id },
    );

    mkdirSync(out, { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 794, height: 1123 } }); // A4 at 96 dpi
      await page.goto(`${base}${link.url}`);
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: path.join(out, 'print-sample.png'), fullPage: true });
    } finally {
      await browser.close();
    }
    const pdf = await fetch(`${base}/plans/${plan.id}/print?format=pdf`, {
      headers: { authorization: `Bearer ${signToken(adviser, config.jwtSecret)}` },
    });
    if (pdf.status !== 200) throw new Error(`PDF: ${pdf.status} ${await pdf.text()}`);
    writeFileSync(path.join(out, 'print-sample.pdf'), Buffer.from(await pdf.arrayBuffer()));
    process.stderr.write(
      `plan ${plan.id}: ${plan.items.map((i: { resourceCode: string }) => i.resourceCode).join(', ')}\n` +
        `wrote ${path.join(out, 'print-sample.png')} and ${path.join(out, 'print-sample.pdf')}\n`,
    );
  } finally {
    await closeBrowser();
    await apollo.stop();
    httpServer.close();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
