// Reading the plan form, saving and approving a plan, and naming its fields in the API's refusals.
import { action, revalidate } from "@solidjs/router";
import { api } from "../../api";
import { type PathLabel } from "../../components/ErrorMessage";
import { all, text, type FormInput } from "../../forms";
import { t, type MessageKey } from "../../i18n";
import { getCycleTeam, getEvaluation, getMyEvaluations, getPlan } from "../../queries";
import { type PlanAction, type PlanItem, type PlanItemInput, type PlanItemStatus, type PlanSaved } from "../../types";

export const ROW_FIELD = "row";

/**
 * Reads the editor's activities in their order. In an approved plan only the statuses may
 * change, so each activity is sent back exactly as the server has it, with its new status.
 */
export function readPlanForm(form: FormInput, approvedItems: PlanItem[] | null): PlanItemInput[] {
  return all(form, ROW_FIELD).map((key) => {
    const field = (name: string) => text(form, `${key}:${name}`);
    const id = field("id");
    const status = (field("status") || "planned") as PlanItemStatus;
    const approved = approvedItems?.find((item) => item.id === id);
    if (approved) return { ...approved, status };
    const planAction = field("action") as PlanAction;
    const courseId = field("courseId");
    return {
      ...(id ? { id } : {}),
      competencyId: field("competencyId"),
      action: planAction,
      ...(planAction === "course" && courseId ? { courseId } : {}),
      description: field("description"),
      targetDate: field("targetDate"),
      status,
    };
  });
}

export type PlanResult = PlanSaved & { done: "draft" | "submit" | "progress" };

/** Save a draft, submit to the supervisor, or (approved plans) record progress: the pressed button says which. */
export const savePlanAction = action(
  async (evaluationId: string, approvedItems: PlanItem[] | null, form: FormInput): Promise<PlanResult> => {
    const done = text(form, "do") === "submit" ? "submit" : approvedItems ? "progress" : "draft";
    const saved = await api.savePlan(evaluationId, {
      items: readPlanForm(form, approvedItems),
      submit: done === "submit",
    });
    await revalidate([getPlan.key, getEvaluation.key, getMyEvaluations.key, getCycleTeam.key]);
    return { ...saved, done };
  },
  "save-plan",
);

export const approvePlanAction = action(async (evaluationId: string) => {
  const approved = await api.approvePlan(evaluationId);
  await revalidate([getPlan.key, getEvaluation.key, getCycleTeam.key]);
  return approved;
}, "approve-plan");

const FIELD_LABELS: Record<string, MessageKey> = {
  competencyId: "plan.competency",
  action: "plan.action",
  courseId: "plan.course",
  description: "plan.description",
  targetDate: "plan.targetDate",
  status: "plan.itemStatus",
};

/** "items.0.targetDate" as "Kegiatan 1 · Tanggal target". */
export const planPathLabel: PathLabel = (path) => {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = String(path[i]);
    const next = path[i + 1];
    if (segment === "items" && next !== undefined && /^\d+$/.test(String(next))) {
      words.push(t("plan.item", { n: Number(next) + 1 }));
      i++;
      continue;
    }
    if (segment === "items") continue;
    const key = FIELD_LABELS[segment];
    words.push(key ? t(key) : segment);
  }
  return words.join(" · ");
};
