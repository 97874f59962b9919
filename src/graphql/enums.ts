// GraphQL enums are registered from objects; value lists declared elsewhere become { V: 'V' } here.
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
