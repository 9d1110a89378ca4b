import { mainArea } from "./areas/main";
import { areaHandler } from "./lambda-app";

// Lambda entry of the staff API's main area (every /api path no other area claims).
export const handler = areaHandler(mainArea);
