import * as z from "../zod";

/** What a health check answers while the API can serve. */
export const healthView = z.object({ status: z.literal("ok") });
export type Health = z.infer<typeof healthView>;
