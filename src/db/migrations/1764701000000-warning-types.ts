import { MigrationInterface, QueryRunner } from 'typeorm';

// Warning types become reference data (issue 12, POL-WRN-3): a table instead of the code enum and
// the CHK_warning_type constraint, so adding a type (such as 吸毒, drug use, §4.2) is an insert. The
// rows below are the types as this migration was written; the need codes they name are the seeded
// need_code rows (seeded after migrations, so not a foreign key: saveWarningType checks them).
export class WarningTypes1764701000000 implements MigrationInterface {
  name = 'WarningTypes1764701000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "warning_type" ("code" varchar(40) PRIMARY KEY, "name_zh" text NOT NULL, "name_en" text NOT NULL,
      "need_code" varchar(3), "description" text NOT NULL, "position" smallint NOT NULL)`);
    for (const [i, row] of TYPES.entries()) {
      await q.query(
        `INSERT INTO "warning_type" ("code", "name_zh", "name_en", "need_code", "description", "position") VALUES ($1, $2, $3, $4, $5, $6)`,
        [...row, i + 1],
      );
    }
    await q.query(`ALTER TABLE "warning" DROP CONSTRAINT "CHK_warning_type"`);
    await q.query(
      `ALTER TABLE "warning" ADD CONSTRAINT "FK_warning_type" FOREIGN KEY ("type") REFERENCES "warning_type"("code")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "warning" DROP CONSTRAINT "FK_warning_type"`);
    await q.query(
      `DELETE FROM "warning" WHERE "type" NOT IN (${TYPES.filter((t) => t[0] !== 'DRUG_USE')
        .map((t) => `'${t[0]}'`)
        .join(', ')})`,
    );
    await q.query(
      `ALTER TABLE "warning" ADD CONSTRAINT "CHK_warning_type" CHECK ("type" IN (${TYPES.filter(
        (t) => t[0] !== 'DRUG_USE',
      )
        .map((t) => `'${t[0]}'`)
        .join(', ')}))`,
    );
    await q.query(`DROP TABLE "warning_type"`);
  }
}

// [code, 中文, English, need raised, why] — POLICY.md §4.2; the needs are NEEDS.md codes.
const TYPES: Array<[string, string, string, string | null, string]> = [
  ['DEATH', '身故', 'Death', 'N12', '§4.2 death: bereavement support for the survivors (N12 心理疏导).'],
  [
    'HOSPITALISATION',
    '住院 / 大病',
    'Hospitalisation or serious illness',
    'N02',
    '§4.2 hospitalisation: medical cost relief (N02).',
  ],
  [
    'EMPLOYMENT_CHANGE',
    '就业变化',
    'Employment change',
    null,
    '§4.2 employment: a job found or lost, the event does not tell which; the adviser checks.',
  ],
  [
    'INCOME_CHANGE',
    '收入变化',
    'Income change',
    null,
    'Income up or down, the event does not tell which; the adviser checks.',
  ],
  [
    'DISABILITY_CHANGE',
    '残疾变化',
    'New or changed disability grade',
    'N11',
    'POL-WRN-2 new disability grade: rehabilitation and assistive devices (N11).',
  ],
  [
    'CRIMINAL_PENALTY',
    '刑事处罚 / 服刑',
    'Criminal penalty or imprisonment',
    'N28',
    '§4.2 criminal penalty: case management for the family left behind (N28).',
  ],
  [
    'MARRIAGE_CHANGE',
    '婚姻变化',
    'Marriage or divorce',
    null,
    '§4.2 marriage: the household changes either way; the adviser checks.',
  ],
  ['MOVE', '迁移', 'House move', null, 'POL-WRN-2 house move: reassess; no need follows from the move itself.'],
  [
    'CATEGORY_CHANGE',
    '救助类别变化',
    'Assistance category change in another system',
    null,
    'A category began or ended elsewhere; the adviser records it.',
  ],
  [
    'DRUG_USE',
    '吸毒',
    'Drug use',
    'N28',
    '§4.2 drug use (街镇 exchange of drug-use data, 沪民救发〔2023〕3号): families with a drug user are a group to watch (§2.2); case management (N28) as for imprisonment, since compulsory rehabilitation also leaves a family behind.',
  ],
];
