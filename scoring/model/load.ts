// loadModel: validate, then compile once. The built-in sh-2024.1 is loaded from its JSON file.
import sh20241 from '../models/sh-2024.1.json';
import type { Bilingual } from '../types';
import type { CompiledModel } from './compiled';
import { compileModel } from './compile';
import { validateModel } from './validate';

const COMPILED: unique symbol = Symbol('compiled scoring model');

export interface ModelProfileInfo {
  name: string;
  /** `level` sets S and the level; `ranking` only adds a composite for ranking within a programme. */
  use: 'level' | 'ranking';
  appliesWhen: string | null;
  /** `reconstructed` when the matrix was rebuilt from published weights rather than recorded judgements. */
  provenance: 'judgements' | 'reconstructed';
  weights: Readonly<Record<string, number>>;
  lambdaMax: number;
  consistencyIndex: number;
  consistencyRatio: number;
}

/** A validated, compiled model version. Only loadModel creates one. */
export interface ScoringModel {
  readonly id: string;
  readonly status: 'draft' | 'published' | 'retired';
  readonly effectiveFrom: string;
  readonly dimensions: ReadonlyArray<Bilingual & { code: string; weight: number }>;
  readonly indicators: ReadonlyArray<Bilingual & { code: string; dimension: string; fact: string; direction: string }>;
  readonly profiles: readonly ModelProfileInfo[];
  readonly [COMPILED]: CompiledModel;
}

/** Validates a model-version JSON and compiles it. Throws ModelValidationError naming each problem. */
export function loadModel(json: unknown): ScoringModel {
  const { json: model, profiles } = validateModel(json);
  const compiled = compileModel(model, profiles);
  const levelProfile = profiles.find((p) => p.use === 'level')!;
  return Object.freeze({
    id: model.id,
    status: model.status,
    effectiveFrom: model.effectiveFrom,
    dimensions: model.dimensions.map(({ code, zh, en }) => ({ code, zh, en, weight: levelProfile.weights.get(code)! })),
    indicators: model.indicators.map(({ code, dimension, zh, en, fact, direction }) => ({
      code,
      dimension,
      zh,
      en,
      fact,
      direction,
    })),
    profiles: profiles.map((p) => ({
      name: p.name,
      use: p.use,
      appliesWhen: p.appliesWhen,
      provenance: p.provenance,
      weights: Object.fromEntries(p.weights),
      lambdaMax: p.ahp.lambdaMax,
      consistencyIndex: p.ahp.consistencyIndex,
      consistencyRatio: p.ahp.consistencyRatio,
    })),
    [COMPILED]: compiled,
  });
}

/** The compiled form; throws for an object that did not come from loadModel. */
export function compiledOf(model: ScoringModel): CompiledModel {
  const compiled = (model as Partial<ScoringModel> | null)?.[COMPILED];
  if (compiled === undefined) throw new TypeError('not a scoring model: load it with loadModel()');
  return compiled;
}

/** The built-in starting model, INDICATOR-MODEL.md sh-2024.1. */
export const SH_2024_1: ScoringModel = loadModel(sh20241);
