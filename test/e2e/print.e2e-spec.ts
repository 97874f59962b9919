// The printed plan (一户一策方案) over real HTTP: GET /plans/{id}/print as the household's adviser, the
// masks and the refusals of GraphQL `plan(id)`, the signed link (打印链接) for a browser without a
// header, and in headless Chromium: the page fits A4, Chinese text has a CJK font, the PDF is made.
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { Resource } from '../../src/modules/catalogue/catalogue.entity';
import { closeBrowser } from '../../src/modules/print/pdf';
import {
  ApprovePlanDocument,
  AssessHouseholdDocument,
  CreateAdviserDocument,
  CreateHouseholdDocument,
  GeneratePlanDocument,
  PrintLinkDocument,
} from '../__generated__/graphql';
import { chromiumAvailable, launchChromium } from '../support/chromium';
import { CHANGNING, elderAloneInput, freshIdNumber } from '../support/factories';
import { tokenFor, useTestApi } from '../support/test-api';

// The README-like elder of plan.e2e-spec.ts: 低保, 86, living alone on the 5th floor, care grade 5.
const headId = freshIdNumber('1940-05-05');
const elderAlone = (address = '打印测试路1号') =>
  elderAloneInput(
    { address },
    { name: '打印甲', idNumber: address === '打印测试路1号' ? headId : freshIdNumber('1941-06-06') },
  );

const masked = (id: string) => `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;

describe('printed plan (e2e)', () => {
  const api = useTestApi();
  let adviserId: string;
  let planId: string;
  const adviser = () => api.as({ role: 'ADVISER', sub: adviserId, streets: [CHANGNING.huayang] });
  const bearer = (claims: Parameters<typeof tokenFor>[0]) => `Bearer ${tokenFor(claims)}`;
  const print = (id: string, authorization: string | null, query = '') => {
    const req = request(api.server).get(`/plans/${id}/print${query}`);
    return authorization ? req.set('authorization', authorization) : req;
  };
  const asAdviser = () => bearer({ role: 'ADVISER', sub: adviserId, streets: [CHANGNING.huayang] });

  async function plannedHousehold(address?: string) {
    const created = await adviser().exec(CreateHouseholdDocument, { input: elderAlone(address) as never });
    if (created.data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(created));
    await adviser().exec(AssessHouseholdDocument, { householdId: created.data.createHousehold.id });
    const { data } = await adviser().exec(GeneratePlanDocument, { householdId: created.data.createHousehold.id });
    if (data?.generatePlan.__typename !== 'Plan') throw new Error(JSON.stringify(data));
    return data.generatePlan;
  }

  beforeAll(async () => {
    const { data } = await api.as({ role: 'ADMIN' }).exec(CreateAdviserDocument, {
      input: {
        name: '顾问李',
        streetCode: CHANGNING.huayang,
        roleType: 'SOCIAL_WORKER',
        caseloadMax: 40,
        phone: '021-6222 0101',
      } as never,
    });
    if (data?.createAdviser.__typename !== 'Adviser') throw new Error(JSON.stringify(data));
    adviserId = data.createAdviser.id;
    planId = (await plannedHousehold()).id;
  });
  afterAll(() => closeBrowser());

  it('prints the whole plan in Chinese for its adviser, with the ID number masked', async () => {
    const res = await print(planId, asAdviser());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    const html = res.text;
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('一户一策');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain(masked(headId));
    expect(html).not.toContain(headId);
    expect(html).toContain('华阳路街道'); // the street's name, not its code
    // Every item's resource (plan.e2e-spec.ts: R07, R09, R24, R25, R15, R31) with what the catalogue
    // says about applying: channel, materials, processing time.
    const codes = ['R07', 'R09', 'R24', 'R25', 'R15', 'R31'];
    const resources = await api.db.getRepository(Resource).find({ where: codes.map((code) => ({ code })) });
    expect(resources.map((r) => r.code).sort()).toEqual([...codes].sort());
    for (const r of resources) {
      expect(html).toContain(`${r.nameZh}（${r.code}）`);
      if (r.applicationChannel) expect(html).toContain(r.applicationChannel);
      for (const m of r.requiredMaterials) expect(html).toContain(m);
      if (r.processingDays != null) expect(html).toContain(`约 ${r.processingDays} 个工作日`);
    }
    expect(html.indexOf('临时救助（R07）')).toBeLessThan(html.indexOf('医疗救助（R09）')); // the plan's order
    // Needs by code and NEEDS.md name; R24 meets four of them; N13 stays unmet with its reasons.
    expect(html).toContain('N02 医疗费用救助');
    expect(html).toContain('N07 探访关爱；N09 送医陪护；N25 政策申办协助；N28 个案管理');
    expect(html).toContain('N13 危机干预 / 保护');
    // The adviser from the roster, the approval state, the signature boxes.
    expect(html).toContain('顾问李　工作电话：021-6222 0101');
    expect(html).toContain('草稿（待审批）');
    for (const box of ['户主签字', '救助顾问签字', '日期']) expect(html).toContain(`${box}：`);
  });

  it('shows the approval and its date once approved', async () => {
    const plan = await plannedHousehold('打印测试路2号');
    // The print names the approving adviser from the roster: this district lets the adviser approve
    // (four eyes off for plan approval, a per-district setting, policy/four-eyes.ts).
    await api.db.query(
      `INSERT INTO four_eyes_setting (district_code, decision, second_person, updated_by, updated_at)
       VALUES ('310105', 'PLAN_APPROVAL', false, 'test', now())`,
    );
    const approved = await adviser().exec(ApprovePlanDocument, { planId: plan.id });
    expect(approved.data?.approvePlan.__typename).toBe('Plan');
    const html = (await print(plan.id, asAdviser())).text;
    expect(html).toMatch(/已审批　审批日期：\d{4}年\d{2}月\d{2}日　审批人：顾问李/);
  });

  it('escapes what users typed: an address with markup prints as text', async () => {
    const plan = await plannedHousehold('打印<img src=x onerror=alert(1)>路3号');
    const html = (await print(plan.id, asAdviser())).text;
    expect(html).toContain('打印&lt;img src=x onerror=alert(1)&gt;路3号');
    expect(html).not.toContain('<img');
  });

  it('authorized as GraphQL plan(id): foreign adviser, unknown id 404; PARTNER, VIEWER 403; no token 401', async () => {
    const foreign = await print(planId, bearer({ role: 'ADVISER', sub: 'other', streets: [CHANGNING.jiangsu] }));
    expect(foreign.status).toBe(404);
    expect(foreign.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(foreign.text).not.toContain('打印甲');
    expect((await print('00000000-0000-4000-8000-000000000000', asAdviser())).status).toBe(404);
    expect((await print('not-a-uuid', asAdviser())).status).toBe(404);
    const viewer = await print(planId, bearer({ role: 'VIEWER' }));
    expect(viewer.status).toBe(403);
    expect(viewer.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await print(planId, bearer({ role: 'PARTNER', providerId: 'P-CN-MZJ' }))).status).toBe(403);
    expect((await print(planId, null)).status).toBe(401);
    expect((await print(planId, bearer({ role: 'ADMIN' }))).status).toBe(200);
    expect((await print(planId, asAdviser(), '?format=docx')).status).toBe(400);
  });

  it('opens by a signed link without a header for five minutes; tampered, foreign, expired links are 401', async () => {
    const { data } = await adviser().exec(PrintLinkDocument, { planId });
    if (data?.printLink.__typename !== 'PrintLink') throw new Error(JSON.stringify(data));
    const { url, expiresAt } = data.printLink;
    expect(url).toMatch(new RegExp(`^/plans/${planId}/print\\?token=[\\w-]+\\.[\\w-]+$`));
    expect(new Date(expiresAt).getTime() - api.clock.now().getTime()).toBe(5 * 60_000);
    const ok = await request(api.server).get(url);
    expect(ok.status).toBe(200);
    expect(ok.text).toContain(masked(headId));
    // One changed character in the signature or the payload, or the link on another plan: refused.
    const token = url.split('token=')[1];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    for (const bad of [flip(token, token.length - 2), flip(token, 3), `${token}.x`, ''])
      expect((await print(planId, null, `?token=${encodeURIComponent(bad)}`)).status).toBe(401);
    const other = await plannedHousehold('打印测试路4号');
    expect((await print(other.id, null, `?token=${token}`)).status).toBe(401);
    // Not for a plan the caller may not see, nor for a VIEWER.
    const foreign = await api
      .as({ role: 'ADVISER', sub: 'other', streets: [CHANGNING.jiangsu] })
      .exec(PrintLinkDocument, { planId });
    expect(foreign.data?.printLink).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
    const viewer = await api.as({ role: 'VIEWER' }).exec(PrintLinkDocument, { planId });
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    api.clock.advanceMinutes(5);
    expect((await request(api.server).get(url)).status).toBe(401);
  });

  it('answers 503 with a JSON error when no Chromium is installed for ?format=pdf', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const res = await print(planId, asAdviser(), '?format=pdf');
      expect(res.status).toBe(503);
      expect(res.body.errors[0].extensions.code).toBe('PDF_UNAVAILABLE');
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  (chromiumAvailable() ? describe : describe.skip)('in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());
    const base = () => `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;

    it('has a CJK font installed (Debian fonts-noto-cjk)', () => {
      expect(execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' })).toContain('Noto Sans CJK');
    });

    it('renders within the A4 width, with Chinese text in a CJK font, and prints to PDF', async () => {
      const { data } = await adviser().exec(PrintLinkDocument, { planId });
      if (data?.printLink.__typename !== 'PrintLink') throw new Error(JSON.stringify(data));
      const context = await browser.newContext({ viewport: { width: 794, height: 1123 } }); // A4 at 96 dpi
      const page = await context.newPage();
      const blocked: string[] = [];
      page.on('request', (r) => (r.url().startsWith(base()) ? null : blocked.push(r.url())));
      const res = await page.goto(`${base()}${data.printLink.url}`);
      expect(res?.status()).toBe(200);
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(async () => {
        const { document } = globalThis as any; // runs in the page
        await document.fonts.ready;
        const h1 = document.querySelector('h1')!;
        return {
          scrollWidth: document.documentElement.scrollWidth,
          wider: [...document.querySelectorAll('body *')].filter((e: any) => e.getBoundingClientRect().right > 794.5)
            .length,
          title: h1.textContent,
          font: document.fonts.check('16px "Noto Sans CJK SC"', '一户一策'),
        };
      });
      expect(layout).toEqual({ scrollWidth: 794, wider: 0, title: '一户一策帮扶方案', font: true });
      // Chinese text shapes: a missing glyph draws the same box for every character, real glyphs
      // differ. Draw 一 and 策 in the title's font and compare the pixels.
      const distinct = await page.evaluate(() => {
        const { document, getComputedStyle } = globalThis as any; // runs in the page
        const family = getComputedStyle(document.querySelector('h1')!).fontFamily;
        const draw = (ch: string) => {
          const c = document.createElement('canvas');
          c.width = c.height = 48;
          const g = c.getContext('2d')!;
          g.font = `40px ${family}`;
          g.fillText(ch, 4, 40);
          return Array.from(g.getImageData(0, 0, 48, 48).data).join();
        };
        return { differ: draw('一') !== draw('策'), notBlank: /[^0,]/.test(draw('策')) };
      });
      expect(distinct).toEqual({ differ: true, notBlank: true });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      expect(pdf.length).toBeGreaterThan(10_000);
      expect(blocked).toEqual([]); // the page loads nothing from anywhere else
      await context.close();
    });

    it('gives the same page as PDF with ?format=pdf', async () => {
      const res = await print(planId, asAdviser(), '?format=pdf')
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const body = res.body as Buffer;
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(body.length).toBeGreaterThan(10_000);
      // The fonts are embedded: the PDF names the CJK font it used.
      expect(body.toString('latin1')).toMatch(/NotoSansCJK|Noto.?Sans.?CJK/);
    });
  });
});
