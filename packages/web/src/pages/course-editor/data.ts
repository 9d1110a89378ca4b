// Reading the course editor's form, saving it, and naming its fields in the API's refusals.
import { action, redirect, revalidate } from "@solidjs/router";
import { api } from "../../api";
import { type PathLabel } from "../../components/ErrorMessage";
import { all, text, type FormInput } from "../../forms";
import { t, type MessageKey } from "../../i18n";
import { getCourse, listCourses } from "../../queries";
import { witaInputToIso } from "../../time";
import { type CourseCategory, type CourseForm, type CourseInput, type PositionLevel } from "../../types";

function numberOrUndefined(value: string): number {
  // An empty box is left out of the JSON, so the API names the missing field.
  return value === "" ? (undefined as unknown as number) : Number(value);
}

/** Reads the editor's form into what the API takes; times typed in WITA become UTC instants. */
export function readCourseForm(form: FormInput): CourseInput {
  const starts = all(form, "sessionStartsAt");
  const ends = all(form, "sessionEndsAt");
  const places = all(form, "sessionPlace");
  const links = all(form, "sessionOnlineUrl");
  const sessions = starts.map((startsAt, index) => {
    const place = (places[index] ?? "").trim();
    const onlineUrl = (links[index] ?? "").trim();
    return {
      startsAt: witaInputToIso(startsAt),
      endsAt: witaInputToIso(ends[index] ?? ""),
      ...(place ? { place } : {}),
      ...(onlineUrl ? { onlineUrl } : {}),
    };
  });
  const levels = all(form, "targetLevel");
  const competencies = all(form, "competencyId")
    .map((competencyId, index) => ({ competencyId, targetLevel: Number(levels[index] ?? "") }))
    .filter((item) => item.competencyId !== "");

  return {
    code: text(form, "code"),
    year: numberOrUndefined(text(form, "year")),
    title: text(form, "title"),
    description: text(form, "description"),
    category: text(form, "category") as CourseCategory,
    form: text(form, "form") as CourseForm,
    competencies,
    jp: numberOrUndefined(text(form, "jp")),
    institutionId: text(form, "institutionId"),
    capacity: numberOrUndefined(text(form, "capacity")),
    sessions,
    enrollOpensAt: witaInputToIso(text(form, "enrollOpensAt")),
    enrollClosesAt: witaInputToIso(text(form, "enrollClosesAt")),
    eligibility: {
      unitIds: all(form, "eligibleUnitIds"),
      positionLevels: all(form, "eligiblePositionLevels") as PositionLevel[],
    },
    ...(form.has("minAttendancePercent") ? { minAttendancePercent: numberOrUndefined(text(form, "minAttendancePercent")) } : {}),
  };
}

/** `courseId` empty creates a draft; otherwise the course is changed. Either way its page opens next. */
export const saveCourseAction = action(async (courseId: string, form: FormInput) => {
  const input = readCourseForm(form);
  const course = courseId ? await api.updateCourse(courseId, input) : await api.createCourse(input);
  await revalidate([getCourse.key, listCourses.key]);
  throw redirect(`/kursus/${encodeURIComponent(course.id)}`);
}, "save-course");

const FIELD_LABELS: Record<string, MessageKey> = {
  code: "course.code",
  year: "course.year",
  title: "course.title",
  description: "course.description",
  category: "course.category",
  form: "course.form",
  jp: "course.jp",
  institutionId: "course.institution",
  capacity: "course.capacity",
  enrollOpensAt: "editor.enrollOpens",
  enrollClosesAt: "editor.enrollCloses",
  eligibility: "editor.eligibility",
  unitIds: "editor.units",
  positionLevels: "editor.levels",
  startsAt: "course.startsAt",
  endsAt: "course.endsAt",
  place: "course.place",
  onlineUrl: "course.onlineUrl",
  competencyId: "editor.competency",
  targetLevel: "editor.targetLevel",
  sessions: "editor.sessions",
  competencies: "editor.competencies",
  minAttendancePercent: "editor.minAttendance",
};

/** ["sessions", 0, "startsAt"] → "Sesi 1 · Mulai (WITA)". */
export const coursePathLabel: PathLabel = (path) => {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    const index = typeof next === "number" ? next : /^\d+$/.test(String(next ?? "")) ? Number(next) : undefined;
    if ((segment === "sessions" || segment === "competencies") && index !== undefined) {
      words.push(t(segment === "sessions" ? "course.session" : "editor.competency", { n: index + 1 }));
      i++;
      continue;
    }
    const key = FIELD_LABELS[String(segment)];
    words.push(key ? t(key, { n: "" }).trim() : String(segment));
  }
  return words.join(" · ");
};
