import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../api/src/common/database/data-source-options';
import { MIGRATIONS } from '../../migrations';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

describe('migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    ds = new DataSource(dataSourceOptions(db.url));
    await ds.initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const pendingSchemaChanges = async () => (await ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
  const tables = async () =>
    (
      await ds.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      )
    ).map((r: { tablename: string }) => r.tablename);

  it('apply to an empty database, agree with the entities, revert completely and apply again', async () => {
    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await pendingSchemaChanges()).toEqual([]);
    const created = await tables();
    expect(created).toEqual(expect.arrayContaining(['employees', 'departments', 'users', 'audit_log', 'shift_types']));

    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);

    await ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(created);
    expect(await pendingSchemaChanges()).toEqual([]);
  });

  it('keeps the audit log append-only at the database level', async () => {
    const [org] = await ds.query(`INSERT INTO organisations (name, code) VALUES ('T', 'T') RETURNING id`);
    await ds.query(
      `INSERT INTO audit_log (organisation_id, action, entity_type, entity_id) VALUES ($1, 'create', 'x', '1')`,
      [org.id],
    );
    await expect(ds.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });
});
