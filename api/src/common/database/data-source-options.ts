import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The one place that says how we talk to PostgreSQL. Schema changes go through migrations only. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Failed queries surface as errors through the exception filter (with a correlation id);
    // TYPEORM_LOGGING=true also prints every query, for debugging.
    logging: process.env.TYPEORM_LOGGING === 'true',
    extra: { max: Number(process.env.DB_POOL_SIZE ?? 10) },
  };
}
