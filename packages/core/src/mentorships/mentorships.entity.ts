import { createSchema } from "electrodb";
import { mentorshipKinds, mentorshipStatuses } from "../values";
import { keyedBy } from "../table/keys";

/** A mentoring or coaching relation between a mentor and a mentee, from the request to its end. */
export const mentorshipSchema = createSchema({
  model: { entity: "mentorship", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true, readOnly: true },
    kind: { type: mentorshipKinds, required: true },
    status: { type: mentorshipStatuses, required: true },
    menteeId: { type: "string", required: true },
    menteeName: { type: "string", required: true },
    menteeUnitName: { type: "string", required: true },
    menteeSupervisorId: { type: "string", required: true },
    mentorId: { type: "string", required: true },
    mentorName: { type: "string", required: true },
    mentorUnitName: { type: "string", required: true },
    mentorSupervisorId: { type: "string", required: true },
    competencyIds: { type: "any", required: true },
    // [{ id, competencyId, text }]
    goals: { type: "any", required: true },
    weeks: { type: "number", required: true },
    message: { type: "string", required: true, default: "" },
    // Why it was declined or cancelled.
    reason: { type: "string" },
    requestedAt: { type: "string", required: true, readOnly: true },
    startedAt: { type: "string" },
    // startedAt + weeks: when both are asked to complete it.
    endsAt: { type: "string" },
    endedAt: { type: "string" },
    endedBy: { type: "string" },
    // The latest session's start (planned ones included): 30 quiet days after it, both are told.
    lastSessionAt: { type: "string" },
    // How many sessions were logged: each log is conditioned on the count it read, so logs never race past each other.
    sessionsLogged: { type: "number" },
    // When both were last told of 30 days without a session.
    quietToldAt: { type: "string" },
    // When both were asked to complete it, its end date having passed.
    dueToldAt: { type: "string" },
    // When the mentor was reminded of the waiting request.
    waitingToldAt: { type: "string" },
    // The JP the completion credited to the mentee.
    creditedJp: { type: "number" },
    // The development plan item it answers: { evaluationId, itemId }.
    planItem: { type: "any" },
    /**
     * The next moment the daily job acts on the relation in its status: for a request, 3 days
     * after it (remind the mentor), then 14 days after it (expire it); for an active relation, 30
     * days after its latest session (or start) or its end date, whichever comes first. The daily
     * job reads only the relations whose moment has come (the status index up to now).
     */
    watchAt: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: keyedBy("primary", ["id"], []),
    byMentee: keyedBy("gsi1", ["menteeId"], ["requestedAt", "id"]),
    byMentor: keyedBy("gsi2", ["mentorId"], ["requestedAt", "id"]),
    // "Requests older than 3 days", "active relations past their end": a range of one status.
    byStatusWatch: keyedBy("gsi3", ["status"], ["watchAt", "id"]),
  },
});

/**
 * The mentee's guards, written in the same transactions as the relation so the rules hold under
 * concurrency: `open` counts their open requests (`count`, at most 3), `pair#<mentorId>` is the one
 * open request to that mentor, `competency#<id>` the one active relation in that competency.
 */
export const mentorshipLockSchema = createSchema({
  model: { entity: "mentorshipLock", version: "1", service: "kompeten" },
  attributes: {
    staffId: { type: "string", required: true },
    lock: { type: "string", required: true },
    mentorshipId: { type: "string" },
    count: { type: "number" },
  },
  indexes: {
    byStaff: keyedBy("primary", ["staffId"], ["lock"]),
  },
});
