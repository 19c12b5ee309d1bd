import type { DataSource, EntityManager } from 'typeorm';

/** PostgreSQL's serialization_failure: a REPEATABLE READ write met a row changed since its snapshot. */
const SERIALIZATION_FAILURE = '40001';
const ATTEMPTS = 3;

function isSerializationFailure(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } } | null)?.driverError?.code ?? (error as { code?: string } | null)?.code;
  return code === SERIALIZATION_FAILURE;
}

/**
 * Runs `work` in a REPEATABLE READ transaction (every read sees the database as it was at the
 * first one) while holding an advisory lock on `key`, so that works of one key run one at a time
 * and each sees everything the one before it wrote. The lock is taken on the connection *before*
 * the transaction begins: taken inside it, the snapshot would date from the lock query itself,
 * from before the wait, and miss what the work it waited for committed. A write that meets a row
 * changed since the snapshot (serialization failure) starts the work again, up to three times.
 */
export async function serialisedSnapshot<T>(dataSource: DataSource, key: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    try {
      for (let attempt = 1; ; attempt++) {
        await runner.startTransaction('REPEATABLE READ');
        try {
          const result = await work(runner.manager);
          await runner.commitTransaction();
          return result;
        } catch (error) {
          await runner.rollbackTransaction();
          if (attempt < ATTEMPTS && isSerializationFailure(error)) continue;
          throw error;
        }
      }
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
    }
  } finally {
    await runner.release();
  }
}
