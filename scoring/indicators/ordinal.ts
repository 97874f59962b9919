// Enum value → situation ordinal. A keyed read such as TABLE[f.arrears] with a varying string key
// is a megamorphic property lookup on the hot path; comparing against the few names is several
// times faster. An unknown value reads as unknown (null), as the keyed read's undefined did.

export type OrdinalOf<K extends string> = (value: K) => number | null;

export function ordinalTable<K extends string>(table: Readonly<Record<K, number>>): OrdinalOf<K> {
  const names = Object.keys(table) as K[];
  const ordinals = names.map((name) => table[name]);
  return (value) => {
    for (let i = 0; i < names.length; i++) if (names[i] === value) return ordinals[i];
    return null;
  };
}
