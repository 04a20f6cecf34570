import { describedEnum, type EnumValue } from '../common/described-enum.js';

export const SignOffMeaning = describedEnum('SignOffMeaning', 'What a sign-off says about the section’s content.', {
  APPROVE: 'Approved as it stands: fills a sign-off slot while the content is unchanged.',
  REQUEST_CHANGES: 'Changes are needed: holds the entry back from APPROVED until the content changes or the signer signs again.',
});
export type SignOffMeaning = EnumValue<typeof SignOffMeaning>;

export const DiffOp = describedEnum('DiffOp', 'One part of a word-level text diff.', {
  EQUAL: 'Unchanged text.',
  INSERT: 'Text added since.',
  DELETE: 'Text removed since.',
});
export type DiffOp = EnumValue<typeof DiffOp>;

export const SignOffConfirmation = describedEnum('SignOffConfirmation', 'How the signer was confirmed to be themselves when they signed off.', {
  PASSWORD: 'They typed their Quorum password again.',
  SINGLE_SIGN_ON: 'Their identity provider (single sign-on) made them sign in again just before (`prompt=login`, a fresh `auth_time`).',
});
export type SignOffConfirmation = EnumValue<typeof SignOffConfirmation>;
