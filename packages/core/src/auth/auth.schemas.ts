import * as z from "../zod";

export const loginInput = z.object({
  login: z.string().check(z.trim(), z.minLength(1, "Enter your NIP or email"), z.maxLength(254)),
  password: z.string().check(z.minLength(1, "Enter your password"), z.maxLength(200)),
});

export const changePasswordInput = z.object({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(200)),
  newPassword: z.string().check(z.maxLength(200)),
});
