// The printed plan (一户一策方案): one A4 HTML page in Chinese, for the household to keep and sign.
// Every value from the database goes through esc(); ID numbers arrive masked (print-data.ts), and no
// health fact is printed beyond the plan's own texts (needs, reasons, expected benefits).
import { HARDSHIP_LEVEL_LABELS } from '../../../scoring';
import { NEED_LABELS, RELATION_LABELS } from '../eligibility/fact-values';
import type { PlanStatus } from '../plan/plan.enums';
import type { PrintData, PrintItem } from './print-data';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** HTML-escapes any value (null and undefined print as an empty string). */
export const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

const STATUS_ZH: Record<PlanStatus, string> = {
  DRAFT: '草稿（待审批）',
  APPROVED: '已审批',
  SUPERSEDED: '已被新版本取代',
};

/** A date as the household reads it: Shanghai time, YYYY年MM月DD日. */
export function dateZh(at: Date | null): string {
  if (!at) return '';
  const d = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return `${d.slice(0, 4)}年${d.slice(5, 7)}月${d.slice(8, 10)}日`;
}

const needZh = (code: string) => `${code} ${NEED_LABELS[code]?.[0] ?? ''}`.trim();

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; }
body { margin: 0; font-size: 10.5pt; line-height: 1.55; color: #111; }
.page { width: 100%; max-width: 178mm; margin: 0 auto; }
@media screen { body { background: #eee; } .page { background: #fff; padding: 18mm 16mm; max-width: 210mm; } }
h1 { font-size: 17pt; text-align: center; margin: 0 0 2mm; letter-spacing: 0.1em; }
.sub { text-align: center; color: #444; margin: 0 0 5mm; font-size: 9.5pt; }
h2 { font-size: 12pt; border-bottom: 1.5pt solid #333; padding-bottom: 1mm; margin: 5mm 0 2mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.5pt solid #777; padding: 1.2mm 1.8mm; vertical-align: top; text-align: left;
  overflow-wrap: anywhere; word-break: break-word; }
th { background: #f0f0f0; font-weight: 600; width: 24mm; }
.item { break-inside: avoid; margin-bottom: 3mm; }
.item th { width: 24mm; }
.item caption { text-align: left; font-weight: 700; padding: 1mm 0; caption-side: top; }
ul { margin: 0; padding-left: 5mm; }
.muted { color: #555; }
.signatures { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4mm; margin-top: 6mm; break-inside: avoid; }
.signatures div { border: 0.5pt solid #555; height: 24mm; padding: 1.5mm 2mm; }
footer { margin-top: 4mm; font-size: 8.5pt; color: #555; }
`;

function itemBlock({ item, resource }: PrintItem, index: number): string {
  const name = resource?.nameZh ?? item.resourceCode;
  const materials = resource?.requiredMaterials ?? [];
  const days = resource?.processingDays;
  const materialList = materials.length ? ulOf(materials) : '无';
  return `<table class="item"><caption>${index + 1}. ${esc(name)}（${esc(item.resourceCode)}）</caption>
<tr><th>满足需求</th><td>${item.needCodes.map((c) => esc(needZh(c))).join('；')}</td></tr>
<tr><th>申办渠道</th><td>${esc(resource?.applicationChannel ?? '')}</td></tr>
<tr><th>所需材料</th><td>${materialList}</td></tr>
<tr><th>办理时限</th><td>${days == null ? '以受理部门为准' : `约 ${esc(days)} 个工作日`}</td></tr>
<tr><th>预期帮扶</th><td>${esc(item.expectedBenefit?.zh ?? '')}</td></tr>
<tr><th>推荐理由</th><td><ul>${item.rationale.map((r) => `<li>${esc(r.zh)}</li>`).join('')}</ul></td></tr>
</table>`;
}

/** An escaped HTML list. */
const ulOf = (texts: readonly string[]) => `<ul>${texts.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;

function unmetBlock(data: PrintData): string {
  if (!data.plan.unmet.length) return '<p>无。本方案已为每项需求匹配资源。</p>';
  const rows = data.plan.unmet.map((u) => {
    const why = u.candidates.map((c) => `<li>${esc(c.nameZh)}：${esc(c.zh)}</li>`).join('');
    return `<tr><th>${esc(needZh(u.needCode))}</th><td>${esc(u.zh)}${why ? `<ul>${why}</ul>` : ''}</td></tr>`;
  });
  return `<table>${rows.join('')}</table>`;
}

function adviserLine(data: PrintData): string {
  const a = data.adviser ?? data.approver;
  if (!a) return '<span class="muted">（未登记在顾问名册）</span>';
  return `${esc(a.name)}　工作电话：${esc(a.phone ?? '未登记')}`;
}

/** The whole page. */
export function renderPlanHtml(data: PrintData): string {
  const { plan, household, assessment } = data;
  const drivers = data.profile?.explanation?.drivers ?? [];
  const level = assessment ? (HARDSHIP_LEVEL_LABELS[assessment.level]?.zh ?? assessment.level) : '未评估';
  const members = data.members
    .map(
      (m) =>
        `${esc(m.name)}（${esc(m.relation ? (RELATION_LABELS[m.relation as never]?.[0] ?? '') : '')}，` +
        `身份证号 ${esc(m.maskedId)}）`,
    )
    .join('<br>');
  const approval =
    plan.status === 'APPROVED' || plan.approvedAt
      ? `${STATUS_ZH[plan.status]}　审批日期：${esc(dateZh(plan.approvedAt))}` +
        (data.approver ? `　审批人：${esc(data.approver.name)}` : '')
      : STATUS_ZH[plan.status];
  const street =
    esc(data.streetName ?? household.streetCode) + (household.neighbourhood ? `　${esc(household.neighbourhood)}` : '');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>一户一策帮扶方案</title><style>${STYLE}</style></head>
<body><main class="page">
<h1>一户一策帮扶方案</h1>
<p class="sub">方案第 ${esc(plan.version)} 版　生成日期：${esc(dateZh(plan.generatedAt))}　状态：${esc(STATUS_ZH[plan.status])}</p>
<h2>一、家庭基本情况</h2>
<table>
<tr><th>家庭成员</th><td>${members || '—'}</td></tr>
<tr><th>所在街镇</th><td>${street}</td></tr>
<tr><th>居住地址</th><td>${esc(household.address)}</td></tr>
<tr><th>困境程度</th><td>${esc(level)}${assessment ? `（评估日期：${esc(dateZh(assessment.assessedAt))}）` : ''}</td></tr>
<tr><th>主要原因</th><td>${drivers.length ? ulOf(drivers.map((d) => d.zh)) : '—'}</td></tr>
</table>
<h2>二、帮扶事项（共 ${data.items.length} 项）</h2>
${data.items.map(itemBlock).join('\n') || '<p>无。</p>'}
<h2>三、暂无资源满足的需求</h2>
${unmetBlock(data)}
<h2>四、救助顾问与审批</h2>
<table>
<tr><th>救助顾问</th><td>${adviserLine(data)}</td></tr>
<tr><th>审批情况</th><td>${approval}</td></tr>
</table>
<section class="signatures">
<div>户主签字：</div><div>救助顾问签字：</div><div>日期：</div>
</section>
<footer>本方案依据家庭困境评估与社会救助资源目录生成；身份证号已脱敏。如有疑问，请联系救助顾问。</footer>
</main></body></html>`;
}
