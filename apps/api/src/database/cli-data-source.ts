import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

// Used by the TypeORM CLI (scripts/typeorm.mjs), which sets DATABASE_URL.
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set (scripts/typeorm.mjs sets it)');

export default new DataSource(dataSourceOptions(url));
