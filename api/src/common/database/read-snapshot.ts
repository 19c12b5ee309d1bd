import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `read` in one REPEATABLE READ, READ ONLY transaction: every query sees the database as it
 * was at the first one, so reads that must agree (a roster's shifts and the shifts its rules
 * check judged) cannot straddle a write that commits meanwhile. The manager is one connection:
 * its queries must run one after the other.
 */
export function readSnapshot<T>(dataSource: DataSource, read: (em: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (em) => {
    await em.query('SET TRANSACTION READ ONLY');
    return read(em);
  });
}
