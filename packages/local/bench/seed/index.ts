// What the benchmarks seed, split by what it is: staff, courses, enrollments, mentors, and the year that joins them.
export { batchPutTasks, runPool } from "./batch";
export { BENCH_NOW, BENCH_YEAR, positiveInt, UsageError } from "./common";
export type { SeededCourse } from "./courses";
export { seedMentors, type MentorFixture, type MentorSeedOptions } from "./mentors";
export { generator } from "./random";
export { seedStaff, type StaffFixture, type StaffOptions } from "./staff";
export { seedYear, yearOptionsFrom, yearOptionSpecs, yearOptionsUsage, type YearFixture, type YearOptions } from "./year";
