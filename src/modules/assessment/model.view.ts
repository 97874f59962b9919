import type { ScoringModel } from '../../../scoring';
import type { ScoringModelVersion } from './assessment.entity';
import type { ScoringModelView } from './model.types';

type Definition = {
  author?: string;
  changeNote?: string;
  indicators: Array<{ code: string; bands?: unknown; scores?: unknown; anchors?: unknown }>;
  levels: Array<{ id: string; level: string; zh: string; en: string; when: unknown }>;
  cadence: Record<string, { visit: string; reassessMonths: number } | string>;
};

export function toModelView(row: ScoringModelVersion, model: ScoringModel): ScoringModelView {
  const def = row.definition as Definition;
  const raw = new Map(def.indicators.map((i) => [i.code, i]));
  return {
    id: model.id,
    status: row.status,
    effectiveFrom: model.effectiveFrom,
    author: def.author ?? null,
    changeNote: def.changeNote ?? null,
    dimensions: model.dimensions.map((d) => ({ ...d })),
    profiles: model.profiles.map((p) => ({ ...p, weights: p.weights })),
    indicators: model.indicators.map((i) => ({
      ...i,
      bands: raw.get(i.code)?.bands ?? raw.get(i.code)?.scores ?? null,
      anchors: raw.get(i.code)?.anchors ?? null,
    })),
    levelRules: def.levels.map(({ id, level, zh, en, when }) => ({ id, level, zh, en, when })),
    cadences: Object.entries(def.cadence)
      .filter(([k, v]) => !k.startsWith('$') && typeof v === 'object')
      .map(([level, v]) => ({ level, ...(v as { visit: string; reassessMonths: number }) })),
  };
}
