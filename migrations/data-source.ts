// For the TypeORM CLI (`npm run migration:generate -- migrations/<Name>`): DATABASE_URL must point
// at a database migrated to the latest state.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../api/src/common/database/data-source-options';

if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to generate or run migrations with the CLI');

export default new DataSource(dataSourceOptions(process.env.DATABASE_URL));
