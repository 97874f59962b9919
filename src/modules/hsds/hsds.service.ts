// HSDS 3.0 interchange: export the published catalogue, import a dataset as DRAFT resources.
// The mapping is pure (hsds-export.ts, hsds-import.ts, hsds-organization.ts); the reading and the
// writing are in hsds-catalogue.service.ts and hsds-import.service.ts.
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/viewer';
import { HsdsCatalogueService } from './hsds-catalogue.service';
import { exportOrganizations } from './hsds-export';
import { HsdsImportService } from './hsds-import.service';
import type { Json } from './hsds-reader';

export class HsdsService {
  readonly catalogue: HsdsCatalogueService;
  private readonly importer: HsdsImportService;

  constructor(db: DataSource) {
    this.catalogue = new HsdsCatalogueService(db);
    this.importer = new HsdsImportService(db);
  }

  /** The published catalogue (active and temporarily closed) as an HSDS organization package. */
  async export(): Promise<Json[]> {
    const { items, services, ctx } = await this.catalogue.organizations({ withServices: true }, null);
    return exportOrganizations(items, [...services.values()].flat(), ctx);
  }

  import(viewer: Viewer, providerId: string | undefined, dataset: unknown) {
    return this.importer.import(viewer, providerId, dataset);
  }
}
