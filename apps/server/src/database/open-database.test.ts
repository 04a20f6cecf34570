import 'reflect-metadata';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { migrationsList } from './migrations/index.js';
import { errorMessage, openDatabase } from './orm.js';
import { DomainError } from '../common/errors.js';
import { Testimonial } from '../evidence/testimonial.entity.js';

// Several processes sharing one PostgreSQL server is a server setup: the embedded database is one process's own.
describe.skipIf(!process.env.TEST_DATABASE_URL)('starting several processes at once on a new PostgreSQL database', () => {
  let db: TestDatabase;
  afterAll(() => db?.drop());

  it('applies each migration once, and every process starts', async () => {
    db = await createTestDatabase();
    const orms = await Promise.all([1, 2, 3].map(() => openDatabase({ url: db.url!, singleConnection: false })));
    try {
      const applied = await orms[0].em.fork().execute<{ name: string }[]>('select name from mikro_orm_migrations order by id');
      expect(applied.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
      for (const orm of orms) expect(await orm.em.fork().execute('select count(*)::int as n from entries')).toEqual([{ n: 0 }]);
    } finally {
      await Promise.all(orms.map((orm) => orm.close()));
    }
  });
});

describe('a failed statement in a log line', () => {
  it('says which error, statement kind, table and constraint, without the statement and its values', async () => {
    const embedded = await startEmbeddedPostgres('memory://');
    const orm = await openDatabase({ url: embedded.url, singleConnection: true });
    try {
      const insert = `insert into users (id, email, name, password_hash, created_at) values (gen_random_uuid(), ?, 'Ada', ?, now())`;
      await orm.em.fork().execute(insert, ['ada@example.nhs.uk', '$argon2id$secret']);
      const failure = await orm.em
        .fork()
        .execute(insert, ['ada@example.nhs.uk', '$argon2id$secret'])
        .catch((error: Error) => error);
      expect((failure as Error).message).toContain('$argon2id$secret'); // as the driver reports it, with the email in its detail
      expect(errorMessage(failure)).toMatch(/^UniqueConstraintViolationException \(SQLSTATE 23505\b.*\), in insert, table users, constraint users_email_unique$/);
      expect(errorMessage(failure)).not.toMatch(/argon2|ada@/);
    } finally {
      await orm.close(true);
      await embedded.stop();
    }
  });
});

describe('a row that is not there when findOneOrFail reads it', () => {
  // E.g. a testimonial deleted between an update's check and its locked re-read: the client hears NOT_FOUND, not an internal error.
  it('is the client’s NOT_FOUND, naming the kind of row', async () => {
    const embedded = await startEmbeddedPostgres('memory://');
    const orm = await openDatabase({ url: embedded.url, singleConnection: true });
    try {
      const failure = await orm.em
        .fork()
        .findOneOrFail(Testimonial, '00000000-0000-4000-8000-000000000000')
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DomainError);
      expect(failure).toMatchObject({ code: 'NOT_FOUND', message: 'Testimonial was not found.' });
    } finally {
      await orm.close(true);
      await embedded.stop();
    }
  });
});
