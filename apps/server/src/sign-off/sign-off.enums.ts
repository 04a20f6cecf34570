import { registerEnumType } from 'type-graphql';

export enum SignOffMeaning {
  APPROVE = 'APPROVE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
}
registerEnumType(SignOffMeaning, {
  name: 'SignOffMeaning',
  description: 'What a sign-off says about the section’s content.',
  valuesConfig: {
    APPROVE: { description: 'Approved as it stands: fills a sign-off slot while the content is unchanged.' },
    REQUEST_CHANGES: { description: 'Changes are needed: holds the entry back from APPROVED until the content changes or the signer signs again.' },
  },
});

export enum DiffOp {
  EQUAL = 'EQUAL',
  INSERT = 'INSERT',
  DELETE = 'DELETE',
}
registerEnumType(DiffOp, {
  name: 'DiffOp',
  description: 'One part of a word-level text diff.',
  valuesConfig: {
    EQUAL: { description: 'Unchanged text.' },
    INSERT: { description: 'Text added since.' },
    DELETE: { description: 'Text removed since.' },
  },
});
