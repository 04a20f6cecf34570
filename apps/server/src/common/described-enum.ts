import { registerEnumType } from 'type-graphql';

/** The values of an enum made by `describedEnum`, as a type: `type X = EnumValue<typeof X>`. */
export type EnumValue<E> = E[keyof E];

/**
 * A GraphQL enum declared once: each value beside its description. Returns the enum object
 * (`X.VALUE === 'VALUE'`), registered with type-graphql, for `@Field(() => X)` and MikroORM's
 * `@Enum({ items: () => X })`; a TypeScript `enum` would need every value written twice.
 */
export function describedEnum<const V extends Record<string, string>>(name: string, description: string, values: V): { readonly [K in keyof V]: K } {
  const enumObject = Object.fromEntries(Object.keys(values).map((value) => [value, value])) as { readonly [K in keyof V]: K };
  const valuesConfig = Object.fromEntries(Object.entries(values).map(([value, said]) => [value, { description: said }]));
  registerEnumType(enumObject, { name, description, valuesConfig: valuesConfig as Partial<Record<keyof V, { description: string }>> });
  return enumObject;
}
