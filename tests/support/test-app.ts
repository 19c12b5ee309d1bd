import type { NestExpressApplication } from '@nestjs/platform-express';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../api/src/app.factory';
import type { Clock } from '../../api/src/common/clock';
import type { MailOptions } from '../../api/src/mail/mail-options';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-region';
import { type TestDatabase, createTestDatabase } from './test-database';

export type Agent = ReturnType<typeof supertest.agent>;

export interface TestApp {
  app: NestExpressApplication;
  db: TestDatabase;
  dataSource: DataSource;
  /** A client without a session. */
  anonymous(): Agent;
  /** A client logged in as a demo (or test-made) user. */
  login(email: string, password?: string): Promise<Agent>;
  close(): Promise<void>;
}

/** The real application on its own copy of the seeded template database. */
export async function startTestApp(options: { clock?: Clock; mail?: MailOptions } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  // Without an SMTP sink of their own, suites keep the e-mails out of the test output.
  const mail = options.mail ?? { log: () => undefined };
  const app = await createApp({ databaseUrl: db.url, clock: options.clock, logLevels: ['error'], mail });
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    db,
    dataSource: app.get(DataSource),
    anonymous: () => supertest.agent(server),
    async login(email, password = DEMO_PASSWORD) {
      const agent = supertest.agent(server);
      const res = await agent.post('/api/auth/login').send({ email, password });
      if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return agent;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
