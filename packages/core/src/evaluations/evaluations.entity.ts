import { createSchema } from "electrodb";
import { evaluationStatuses, finalRatings, planStatuses, reviewKinds, reviewStates } from "../values";
import { keyedBy } from "../table/keys";

/** BerAKHLAK, the core values of the ASN (PermenPANRB 6/2022). */
export const coreValues = [
  { id: "berorientasi-pelayanan", name: "Berorientasi Pelayanan" },
  { id: "akuntabel", name: "Akuntabel" },
  { id: "kompeten", name: "Kompeten" },
  { id: "harmonis", name: "Harmonis" },
  { id: "loyal", name: "Loyal" },
  { id: "adaptif", name: "Adaptif" },
  { id: "kolaboratif", name: "Kolaboratif" },
] as const;

// outstanding = not submitted yet (pending or a saved draft). Missed is what an outstanding
// review reads as once its cycle is closed (`asOfCycle`); closing writes no review.

/** One person's evaluation in a cycle: who reviews them, the final rating, the development plan. */
export const evaluationSchema = createSchema({
  model: { entity: "evaluation", version: "1", service: "kompeten" },
  attributes: {
    cycleId: { type: "string", required: true },
    staffId: { type: "string", required: true },
    staffName: { type: "string", required: true },
    unitId: { type: "string", required: true },
    unitName: { type: "string", required: true },
    supervisorId: { type: "string", required: true },
    positionLevel: { type: "string", required: true },
    /** The competencies on this person's form. */
    competencyIds: { type: "list", items: { type: "string" }, required: true },
    peerIds: { type: "list", items: { type: "string" }, required: true },
    /** Review states by review id, kept with each submit so a team page is one Query. */
    progress: { type: "any", required: true },
    // Stored open or finalized; an open one reads as closed once its cycle is (`asOfCycle`).
    status: { type: evaluationStatuses, required: true },
    finalRating: { type: finalRatings },
    finalizedAt: { type: "string" },
    plan: { type: "any" },
    planStatus: { type: planStatuses, required: true, default: "none" },
    planApprovedBy: { type: "string" },
    createdAt: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byKey: keyedBy("primary", ["cycleId", "staffId"], []),
    byStaff: keyedBy("gsi1", ["staffId"], ["cycleId"]),
    byCycle: keyedBy("gsi2", ["cycleId"], ["unitId", "staffId"]),
    bySupervisor: keyedBy("gsi3", ["supervisorId", "cycleId"], ["staffName", "staffId"]),
  },
});

/** One review: self, supervisor or one peer, about one subject in one cycle. */
export const reviewSchema = createSchema({
  model: { entity: "review", version: "1", service: "kompeten" },
  attributes: {
    cycleId: { type: "string", required: true },
    subjectId: { type: "string", required: true },
    // "self", "supervisor" or "peer-<reviewerId>"
    reviewId: { type: "string", required: true },
    kind: { type: reviewKinds, required: true },
    reviewerId: { type: "string", required: true },
    subjectName: { type: "string", required: true },
    unitId: { type: "string", required: true },
    state: { type: reviewStates, required: true },
    draft: { type: "boolean", required: true, default: false },
    /** { [valueOrCompetencyId]: { score: 1-5, comment? } } */
    ratings: { type: "any", required: true },
    strengths: { type: "string" },
    improvements: { type: "string" },
    dueAt: { type: "string", required: true },
    submittedAt: { type: "string" },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byEvaluation: keyedBy("primary", ["cycleId", "subjectId"], ["reviewId"]),
    byReviewer: keyedBy("gsi1", ["reviewerId"], ["state", "cycleId", "subjectId", "reviewId"]),
    // The reminder job reads only the outstanding reviews of a cycle: it grows with them, not with all staff.
    byCycleState: keyedBy("gsi2", ["cycleId", "state"], ["reviewerId", "subjectId", "reviewId"]),
  },
});
