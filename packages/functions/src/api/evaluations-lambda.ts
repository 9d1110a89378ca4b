import { evaluationsArea } from "./areas/evaluations";
import { areaHandler } from "./lambda-app";

// Lambda entry of the staff API's evaluations area (/api/cycles, /api/evaluations).
export const handler = areaHandler(evaluationsArea);
