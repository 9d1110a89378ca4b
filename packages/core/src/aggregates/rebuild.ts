import type { AppContext } from "../context";
import { isConditionFailure } from "../transaction";
import { addCounters, deriveStaff, deriveTopic, type Counters, type StaffCache } from "./aggregates";

// The nightly rebuild: every subject's figures and every unit's counters recomputed from the
// facts, written only where they differ. Running it twice changes nothing the second time; after
// the stream has delivered every change it changes nothing at all (the aggregates test proves it).

const canonical = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => a.localeCompare(b))) : v));
const strip = <T extends { version?: number; refreshedAt?: string; updatedAt?: string }>(item: T) => {
  const { version: _v, refreshedAt: _r, updatedAt: _u, ...rest } = item;
  return rest;
};

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

export interface RebuildResult {
  staff: number;
  topics: number;
  units: number;
  /** Figures written or removed because they differed from the facts. */
  changed: { staff: number; topics: number; units: number };
}

export async function rebuildFigures(ctx: AppContext): Promise<RebuildResult> {
  const e = ctx.db.entities;
  const now = ctx.now().toISOString();
  const [people, topics, storedStaff, storedTopics, storedUnits] = await Promise.all([
    e.staff.query.byName({}).go({ pages: "all" }),
    e.topic.query.recent({}).go({ pages: "all", attributes: ["id"] }),
    e.staffFigures.query.byPath({}).go({ pages: "all" }),
    e.topicFigures.query.all({}).go({ pages: "all" }),
    e.unitFigures.query.byUnit({}).go({ pages: "all" }),
  ]);
  const cache: StaffCache = new Map(people.data.map((s) => [s.id, s]));
  const staffRows = (await inBatches(people.data, 8, (s) => deriveStaff(ctx, s.id, cache))).filter((row) => row !== null);
  const topicRows = (await inBatches(topics.data, 8, (t) => deriveTopic(ctx, t.id))).filter((row) => row !== null);

  const counters = new Map<string, Counters>();
  for (const row of [...staffRows, ...topicRows]) counters.set(row.unitId, addCounters(counters.get(row.unitId) ?? {}, row.contribution as Counters));

  const changed = { staff: 0, topics: 0, units: 0 };
  const staffNow = new Map(storedStaff.data.map((r) => [r.staffId, r]));
  // Each write is conditional on the version read: one that lost to a concurrent refresh is left to it.
  const writes: (() => Promise<unknown>)[] = [];
  const onVersion = (stored: { version: number } | undefined) => (attr: any, op: any) => (stored ? op.eq(attr.version, stored.version) : op.notExists(attr.version));
  for (const row of staffRows) {
    const stored = staffNow.get(row.staffId);
    staffNow.delete(row.staffId);
    if (stored && canonical(strip(stored)) === canonical(row)) continue;
    changed.staff++;
    writes.push(() => e.staffFigures.put({ ...row, version: (stored?.version ?? 0) + 1, refreshedAt: now }).where(onVersion(stored)).go());
  }
  for (const gone of staffNow.values()) {
    changed.staff++;
    writes.push(() => e.staffFigures.delete({ staffId: gone.staffId }).where(onVersion(gone)).go());
  }
  const topicsNow = new Map(storedTopics.data.map((r) => [r.topicId, r]));
  for (const row of topicRows) {
    const stored = topicsNow.get(row.topicId);
    topicsNow.delete(row.topicId);
    if (stored && canonical(strip(stored)) === canonical(row)) continue;
    changed.topics++;
    writes.push(() => e.topicFigures.put({ ...row, version: (stored?.version ?? 0) + 1, refreshedAt: now }).where(onVersion(stored)).go());
  }
  for (const gone of topicsNow.values()) {
    changed.topics++;
    writes.push(() => e.topicFigures.delete({ topicId: gone.topicId }).where(onVersion(gone)).go());
  }
  const unitsNow = new Map(storedUnits.data.map((u) => [u.unitId, u]));
  for (const unitId of new Set([...counters.keys(), ...unitsNow.keys()])) {
    const values = counters.get(unitId) ?? {};
    const stored = unitsNow.get(unitId);
    if (stored && canonical(stored.counters) === canonical(values)) continue;
    changed.units++;
    writes.push(() => e.unitFigures.put({ unitId, counters: values, version: (stored?.version ?? 0) + 1, updatedAt: now }).where(onVersion(stored)).go());
  }
  await inBatches(writes, 16, (write) =>
    write().catch((error) => {
      if (!isConditionFailure(error)) throw error;
    }),
  );
  return { staff: staffRows.length, topics: topicRows.length, units: counters.size, changed };
}
