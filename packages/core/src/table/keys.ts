/**
 * The one key schema of the Kompeten table. The SST stack, the local runtime
 * and the tests all derive their table definition from this object, so the
 * cloud table and the local one cannot drift apart.
 *
 * Generic attribute names (pk/sk, gsiNpk/gsiNsk) let every entity overload
 * the same indexes; ElectroDB maps each entity's access patterns onto them.
 */
export const tableKeys = {
  partitionKey: "pk",
  sortKey: "sk",
  globalIndexes: {
    gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    gsi2: { partitionKey: "gsi2pk", sortKey: "gsi2sk" },
    gsi3: { partitionKey: "gsi3pk", sortKey: "gsi3sk" },
    gsi4: { partitionKey: "gsi4pk", sortKey: "gsi4sk" },
  },
  /** Epoch seconds; DynamoDB deletes the item some time after this moment. */
  timeToLiveAttribute: "expiresAt",
  /** Every change, with the item before and after, goes to the stream the dashboards' aggregates follow. */
  streamView: "NEW_AND_OLD_IMAGES",
} as const;

export type GlobalIndexName = keyof typeof tableKeys.globalIndexes;

/** Every key attribute is a string. */
export const keyAttributeNames: string[] = [
  tableKeys.partitionKey,
  tableKeys.sortKey,
  ...Object.values(tableKeys.globalIndexes).flatMap((index) => [index.partitionKey, index.sortKey]),
];

type KeyPart = readonly string[] | { readonly composite: readonly string[]; readonly template?: string };
type KeyOf<K extends KeyPart> = K extends readonly string[] ? { readonly composite: K } : K;
type IndexOf<I extends "primary" | GlobalIndexName> = I extends GlobalIndexName ? { readonly index: I } : {};

/**
 * An ElectroDB access pattern on the table's primary key or one of its global indexes, with
 * the key attributes named by `tableKeys`, so no entity writes "gsi1pk" by hand:
 * `byUnit: keyedBy("gsi1", ["unitId"], ["name", "id"])`. A part may carry a template:
 * `keyedBy("primary", { composite: ["code"], template: "pub#${code}" }, ...)`.
 */
export function keyedBy<I extends "primary" | GlobalIndexName, const P extends KeyPart, const S extends KeyPart>(index: I, pk: P, sk: S) {
  const fields = index === "primary" ? { partitionKey: tableKeys.partitionKey, sortKey: tableKeys.sortKey } : tableKeys.globalIndexes[index as GlobalIndexName];
  const part = (key: KeyPart): { readonly composite: readonly string[]; readonly template?: string } =>
    "composite" in key ? key : { composite: key as readonly string[] };
  return {
    ...(index === "primary" ? {} : { index }),
    pk: { field: fields.partitionKey, ...part(pk) },
    sk: { field: fields.sortKey, ...part(sk) },
  } as unknown as IndexOf<I> & { readonly pk: { readonly field: string } & KeyOf<P>; readonly sk: { readonly field: string } & KeyOf<S> };
}
