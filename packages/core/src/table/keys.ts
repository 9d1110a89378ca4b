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
} as const;

export type GlobalIndexName = keyof typeof tableKeys.globalIndexes;

/** Every key attribute is a string. */
export const keyAttributeNames: string[] = [
  tableKeys.partitionKey,
  tableKeys.sortKey,
  ...Object.values(tableKeys.globalIndexes).flatMap((index) => [index.partitionKey, index.sortKey]),
];
