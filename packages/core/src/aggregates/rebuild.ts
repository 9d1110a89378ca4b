import type { AppContext } from "../context";
import { isConditionFailure } from "../transaction";
import { addCounters, deriveStaff, sameFigures, sameValue, topicFigures, type Counters, type StaffCache } from "./aggregates";

// The nightly rebuild: every subject's figures and every unit's counters recomputed from the
// facts, written only where they differ. Running it twice changes nothing the second time; after
// the stream has delivered every change it changes nothing at all (the aggregates test proves it).

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
  const [people, topics, units, storedStaff, storedTopics, storedUnits] = await Promise.all([
    e.staff.query.byName({}).go({ pages: "all" }),
    e.topic.query.recent({}).go({ pages: "all" }),
    e.unit.query.all({}).go({ pages: "all", attributes: ["id", "code"] }),
    e.staffFigures.query.byPath({}).go({ pages: "all" }),
    e.topicFigures.query.all({}).go({ pages: "all" }),
    e.unitFigures.query.byUnit({}).go({ pages: "all" }),
  ]);
  const cache: StaffCache = new Map(people.data.map((s) => [s.id, s]));
  const staffRows = (await inBatches(people.data, 8, (s) => deriveStaff(ctx, s.id, cache))).filter((row) => row !== null);
  // Topics name their owner unit by code; the topics and units read above are all it takes.
  const unitOfCode = new Map(units.data.map((u) => [u.code.toLowerCase(), u.id]));
  const topicRows = topics.data.flatMap((t) => {
    const unitId = unitOfCode.get(t.ownerUnitCode.toLowerCase());
    return unitId ? [topicFigures(t, unitId)] : [];
  });

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
    if (sameFigures(stored, row)) continue;
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
    if (sameFigures(stored, row)) continue;
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
    if (stored && sameValue(stored.counters, values)) continue;
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
