import { Arg, type ClassType } from 'type-graphql';

/**
 * A mutation's one argument, `input`, described the same way everywhere: `@InputArg(XInput) input: XInput`.
 * The GraphQL input type keeps its class's name, so the description can name it.
 */
export function InputArg(type: ClassType) {
  return Arg('input', () => type, { description: `The fields of this mutation: see ${type.name}.` });
}
