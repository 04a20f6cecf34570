import { Migration } from '@mikro-orm/migrations';

export class Migration20261206180000 extends Migration {
  // A sign-off covers the evidence its section presents (issue 11): the digest of the linked
  // metrics and testimonials when it was given (sign-off/evidence-digest.ts), and the items'
  // hashes, to say what changed. Sign-offs given before have neither and cover the text only.
  override async up(): Promise<void> {
    this.addSql(`alter table "sign_offs" add column "evidence_digest" text null, add column "evidence" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sign_offs" drop column "evidence_digest", drop column "evidence";`);
  }
}
