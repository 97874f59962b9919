// Scoring-model versions: stored as data, validated by scoring/'s loadModel before they are kept,
// compiled once per process, exactly one ACTIVE at a time.
import { DataSource, EntityManager } from 'typeorm';
import { loadModel, ModelValidationError, ScoringModel } from '../../../scoring';
import builtIn from '../../../scoring/models/sh-2024.1.json';
import type { Clock } from '../../common/clock';
import { DomainError } from '../../common/domain-error';
import { Viewer } from '../../common/viewer';
import { InputValidationError, NotFoundError } from '../../graphql/errors';
import { ScoringModelVersion } from './assessment.entity';
import type { ScoringModelView } from './model.types';
import { toModelView } from './model.view';
import { compiledModel } from './derived-profile';

export const BUILT_IN_MODEL = builtIn;

export class ModelService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The model new assessments use. */
  async active(em: EntityManager = this.db.manager): Promise<ScoringModel> {
    const row = await em.findOneBy(ScoringModelVersion, { status: 'ACTIVE' });
    if (!row) throw new DomainError('CONFLICT', 'No active scoring model: run the seeds or activate one');
    return this.compile(row);
  }

  async get(id: string, em: EntityManager = this.db.manager): Promise<ScoringModel | null> {
    const row = await em.findOneBy(ScoringModelVersion, { id });
    return row ? this.compile(row) : null;
  }

  /** Every registered version as the schema shows it, oldest first. */
  async views(): Promise<ScoringModelView[]> {
    const rows = await this.db.getRepository(ScoringModelVersion).find({ order: { registeredAt: 'ASC' } });
    return rows.map((row) => toModelView(row, this.compile(row)));
  }

  /** One version as the schema shows it (the active one when `id` is omitted); null when unknown. */
  async view(id?: string): Promise<ScoringModelView | null> {
    const row = await this.db.getRepository(ScoringModelVersion).findOneBy(id ? { id } : { status: 'ACTIVE' });
    return row ? toModelView(row, this.compile(row)) : null;
  }

  compile(row: ScoringModelVersion): ScoringModel {
    return compiledModel(row);
  }

  async register(viewer: Viewer, definition: unknown): Promise<ScoringModelVersion | InputValidationError> {
    let model: ScoringModel;
    try {
      model = loadModel(definition);
    } catch (error) {
      if (!(error instanceof ModelValidationError)) throw error;
      return new InputValidationError(
        error.issues.map((i) => ({ field: `definition.${i.path}`, reason: 'INVALID_MODEL', message: i.message })),
      );
    }
    return this.db.transaction(async (em) => {
      if (await em.findOneBy(ScoringModelVersion, { id: model.id })) {
        return new InputValidationError([
          {
            field: 'definition.id',
            reason: 'ALREADY_EXISTS',
            message: `model ${model.id} exists; a registered version is immutable, use a new id`,
          },
        ]);
      }
      return em.save(
        em.create(ScoringModelVersion, {
          id: model.id,
          definition,
          status: 'REGISTERED',
          registeredBy: viewer.id,
          activatedAt: null,
        }),
      );
    });
  }

  async activate(viewer: Viewer, id: string): Promise<ScoringModelVersion | NotFoundError> {
    return this.db.transaction(async (em) => {
      const row = await em.findOneBy(ScoringModelVersion, { id });
      if (!row) return new NotFoundError('ScoringModel', id);
      await em.update(ScoringModelVersion, { status: 'ACTIVE' }, { status: 'REGISTERED' });
      row.status = 'ACTIVE';
      row.activatedAt = this.clock.now();
      return em.save(row);
    });
  }
}

/** Seeds the built-in model and makes it active when no model is active yet (idempotent). */
export async function seedBuiltInModel(db: DataSource) {
  return db.transaction(async (em) => {
    const existing = await em.findOneBy(ScoringModelVersion, { id: builtIn.id });
    if (!existing) {
      loadModel(builtIn); // never store a model that does not validate
      await em.insert(ScoringModelVersion, {
        id: builtIn.id,
        definition: builtIn,
        status: 'REGISTERED',
        registeredBy: 'seed',
        activatedAt: null,
      });
    }
    if (!(await em.findOneBy(ScoringModelVersion, { status: 'ACTIVE' }))) {
      // Seeding runs before any clock is chosen: the database's time.
      await em.update(ScoringModelVersion, { id: builtIn.id }, { status: 'ACTIVE', activatedAt: () => 'now()' });
    }
    return { scoringModel: builtIn.id };
  });
}
