import * as z from "zod";

export const loginInput = z.object({
  login: z.string().trim().min(1, "Enter your NIP or email").max(254),
  password: z.string().min(1, "Enter your password").max(200),
});

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().max(200),
});
