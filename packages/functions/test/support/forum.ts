import { expect } from "vitest";
import type { Topic } from "@kompeten/core/topics/topics.schemas";
import type { TestApi } from "../../../local/test/support";

// What the forum's tests share: citizens signed in by the e-mailed code, and the topics they post.

/** A topic the health office (DINKES) answers for. */
export const sampleTopic = {
  title: "Antrean puskesmas Ampenan terlalu panjang",
  body: "Setiap pagi antrean di puskesmas Ampenan mengular sampai jalan; mohon ada nomor antrean daring.",
  area: "kesehatan",
  kecamatan: "ampenan",
};

export type SignedInCitizen = { cookie: string; email: string; id: string; name: string };

let signedIn = 0;

/** A new citizen, signed in through the 6-digit code the forum e-mails them. */
export async function signInCitizen(api: TestApi, name?: string): Promise<SignedInCitizen> {
  const serial = ++signedIn;
  const displayName = name ?? `Warga ${serial}`;
  const email = `warga${serial}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  await api.request("/public/auth/code", { method: "POST", json: { email } });
  const code = api.mail.filter((m) => m.to === email).at(-1)!.subject.match(/(\d{6})$/)![1];
  const answer = await api.request("/public/auth/verify", { method: "POST", json: { email, code, displayName } });
  expect(answer.status).toBe(200);
  const { data } = await api.ctx.db.entities.citizenEmail.get({ email }).go();
  return { cookie: (answer.headers.get("set-cookie") ?? "").split(";")[0]!, email, id: data!.citizenId, name: displayName };
}

/** A topic posted by `author` (who follows it from then on), as the forum published it. */
export async function postTopic(api: TestApi, author: Pick<SignedInCitizen, "cookie">, input: Record<string, unknown> = sampleTopic): Promise<Topic> {
  const created = await api.request("/public/topics", { method: "POST", cookie: author.cookie, json: input });
  expect(created.status, JSON.stringify(created.data)).toBe(201);
  return created.data.topic;
}
