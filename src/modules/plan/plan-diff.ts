// What changed between a household's previous plan version and a new one: pure, for the
// `changes` list every new version carries. Items are per resource, each with the needs it meets.
import type { PlanChangeKind } from './plan.enums';
import type { CoveredNeedData, ResourceRef, UnmetNeedData } from './planner';

export interface VersionShape {
  assessmentId: string | null;
  /** One item per resource; `needCodes` lists every need it meets (the lead `needCode` alone when absent). */
  items: ReadonlyArray<{
    needCode: string;
    needCodes?: readonly string[];
    resourceCode: string;
    removedAt?: Date | null;
  }>;
  unmet: readonly Pick<UnmetNeedData, 'needCode'>[];
  covered: readonly Pick<CoveredNeedData, 'needCode'>[];
  catalogueState: readonly ResourceRef[];
}

export interface PlanChangeData {
  kind: PlanChangeKind;
  needCode: string | null;
  from: string | null;
  to: string | null;
  zh: string;
  en: string;
}

export function diffPlans(previous: VersionShape | null, next: VersionShape): PlanChangeData[] {
  if (!previous)
    return [
      {
        kind: 'FIRST_VERSION',
        needCode: null,
        from: null,
        to: null,
        zh: '本户第一版方案',
        en: 'first plan of this household',
      },
    ];
  const changes: PlanChangeData[] = [];
  if (previous.assessmentId !== next.assessmentId) {
    changes.push({
      kind: 'ASSESSMENT_CHANGED',
      needCode: null,
      from: previous.assessmentId,
      to: next.assessmentId,
      zh: '依据新的评估',
      en: 'based on a newer assessment',
    });
  }
  // Compared need by need over every need of every item: an item that now also meets another need
  // (or no longer meets one) changes what that need gets, and so is a change.
  const resourcesByNeed = (v: VersionShape) => {
    const map = new Map<string, string[]>();
    for (const item of v.items) {
      if (item.removedAt) continue;
      for (const code of new Set(item.needCodes?.length ? item.needCodes : [item.needCode]))
        map.set(code, [...(map.get(code) ?? []), item.resourceCode].sort());
    }
    return map;
  };
  const before = resourcesByNeed(previous);
  const after = resourcesByNeed(next);
  for (const code of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const from = before.get(code)?.join(', ') ?? null;
    const to = after.get(code)?.join(', ') ?? null;
    if (from === to) continue;
    if (!from)
      changes.push({
        kind: 'ITEM_ADDED',
        needCode: code,
        from,
        to,
        zh: `${code}新增${to}`,
        en: `${code} now gets ${to}`,
      });
    else if (!to)
      changes.push({
        kind: 'ITEM_DROPPED',
        needCode: code,
        from,
        to,
        zh: `${code}不再安排${from}`,
        en: `${code} no longer gets ${from}`,
      });
    else
      changes.push({
        kind: 'RESOURCE_CHANGED',
        needCode: code,
        from,
        to,
        zh: `${code}由${from}改为${to}`,
        en: `${code}: ${from} → ${to}`,
      });
  }
  const codes = (list: readonly { needCode: string }[]) => new Set(list.map((x) => x.needCode));
  const [unmetBefore, coveredBefore] = [codes(previous.unmet), codes(previous.covered)];
  for (const u of next.unmet)
    if (!unmetBefore.has(u.needCode))
      changes.push({
        kind: 'NOW_UNMET',
        needCode: u.needCode,
        from: null,
        to: null,
        zh: `${u.needCode}暂无可用资源`,
        en: `${u.needCode} is now unmet`,
      });
  for (const c of next.covered)
    if (!coveredBefore.has(c.needCode))
      changes.push({
        kind: 'NOW_COVERED',
        needCode: c.needCode,
        from: null,
        to: null,
        zh: `${c.needCode}已由其他救助或转介覆盖`,
        en: `${c.needCode} is now covered elsewhere`,
      });
  const versions = new Map(previous.catalogueState.map((r) => [r.resourceId, r.version]));
  for (const r of next.catalogueState) {
    const was = versions.get(r.resourceId);
    if (was !== undefined && was !== r.version) {
      changes.push({
        kind: 'CATALOGUE_CHANGED',
        needCode: null,
        from: `${r.code}@${was}`,
        to: `${r.code}@${r.version}`,
        zh: `资源${r.code}已更新（第${was}版→第${r.version}版）`,
        en: `resource ${r.code} changed (version ${was} → ${r.version})`,
      });
    }
  }
  return changes;
}
