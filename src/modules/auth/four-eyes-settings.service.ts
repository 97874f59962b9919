// Which decisions need a second person, per district (四眼原则设置): read with the defaults filled in,
// and set by ADMIN. The check itself is four-eyes.ts; the defaults are policy/four-eyes.ts.
import type { DataSource } from 'typeorm';
import { FOUR_EYES_DECISIONS, type FourEyesDecision } from '../../../policy/four-eyes';
import type { Clock } from '../../common/clock';
import { District } from '../geo/geo.entity';
import { secondPersonOf } from './four-eyes';
import { FourEyesRule, FourEyesSetting } from './four-eyes.entity';

export class FourEyesSettingsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One rule per decision: the district's own setting, or the default. */
  async rules(districtCode: string): Promise<FourEyesRule[]> {
    const rows = await this.db.getRepository(FourEyesSetting).findBy({ districtCode });
    return FOUR_EYES_DECISIONS.map((decision) => {
      const row = rows.find((r) => r.decision === decision);
      return Object.assign(new FourEyesRule(), {
        districtCode,
        decision,
        secondPerson: secondPersonOf(row, decision),
        isDefault: !row,
        updatedBy: row?.updatedBy ?? null,
        updatedAt: row?.updatedAt ?? null,
      });
    });
  }

  districtExists(districtCode: string): Promise<boolean> {
    return this.db.getRepository(District).existsBy({ code: districtCode });
  }

  /** Sets one decision's rule for a district (the caller has checked the district). */
  async set(districtCode: string, decision: FourEyesDecision, secondPerson: boolean, by: string) {
    const now = this.clock.now();
    await this.db
      .getRepository(FourEyesSetting)
      .upsert({ districtCode, decision, secondPerson, updatedBy: by, updatedAt: now }, ['districtCode', 'decision']);
    return Object.assign(new FourEyesRule(), {
      districtCode,
      decision,
      secondPerson,
      isDefault: false,
      updatedBy: by,
      updatedAt: now,
    });
  }
}
