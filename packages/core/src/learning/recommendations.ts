import { standardLevels } from "../competencies/framework";
import type { Actor } from "../auth/actor";
import type { AppContext } from "../context";
import { toCourse } from "../courses/courses";
import type { Recommendation } from "./learning.schemas";
import { getStaffRecord } from "../staff/staff";
import { assertMayReadLearning } from "./learning";

export type { Recommendation };

/**
 * Published courses that develop a competency where the person's position expects more
 * than they have now. A competency not yet assessed counts as level 1 (Paham). Courses the
 * person already joined are left out. Three Queries: the person, the catalog, their enrollments.
 * The actor's own without a staff id; someone else's for their supervisor or an admin.
 */
export async function recommendCourses(ctx: AppContext, actor: Actor, staffId = actor.id): Promise<Recommendation[]> {
  await assertMayReadLearning(ctx, actor, staffId);
  const [staff, published, mine] = await Promise.all([
    getStaffRecord(ctx, staffId),
    ctx.db.entities.course.query.byStatus({ status: "published" }).go({ pages: "all" }),
    ctx.db.entities.enrollment.query.byStaff({ staffId }).go({ pages: "all", attributes: ["courseId", "status"] }),
  ]);
  const standard = standardLevels[staff.positionLevel];
  const levels = staff.competencyLevels as Record<string, number>;
  const joined = new Set(mine.data.filter((e) => e.status !== "withdrawn").map((e) => e.courseId));
  const recommendations: Recommendation[] = [];
  for (const record of published.data) {
    if (joined.has(record.id)) continue;
    const course = toCourse(record);
    const eligible =
      (!course.eligibility.unitIds.length || course.eligibility.unitIds.includes(staff.unitId)) &&
      (!course.eligibility.positionLevels.length || course.eligibility.positionLevels.includes(staff.positionLevel));
    if (!eligible) continue;
    // The competency with the largest gap this course closes.
    const best = course.competencies
      .map((c) => ({ competencyId: c.competencyId, currentLevel: levels[c.competencyId] ?? 1, targetLevel: c.targetLevel }))
      .filter((c) => standard > c.currentLevel && c.targetLevel > c.currentLevel)
      .sort((a, b) => a.currentLevel - b.currentLevel)[0];
    if (best) recommendations.push({
        course,
        competencyId: best.competencyId,
        standardLevel: standard,
        currentLevel: best.currentLevel,
        gapToStandard: best.currentLevel - standard,
      });
  }
  return recommendations.sort((a, b) => a.currentLevel - b.currentLevel || a.course.startsAt.localeCompare(b.course.startsAt));
}
