import { mentoringArea } from "./areas/mentoring";
import { areaHandler } from "./lambda-app";

// Lambda entry of the staff API's mentoring area (/api/mentors, /api/mentorships, /api/mentoring).
export const handler = areaHandler(mentoringArea);
