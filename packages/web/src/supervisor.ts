// Admins name a supervisor by NIP; the API wants an id.
import { api, ApiError } from "./api";

const NIP = /^\d{18}$/;

/**
 * Empty means "no supervisor". An 18-digit NIP is looked up in the directory;
 * anything else is taken to be an id already.
 */
export async function resolveSupervisorId(reference: string): Promise<string | null> {
  const value = reference.trim();
  if (!value) return null;
  if (!NIP.test(value)) return value;
  const page = await api.listStaff({ q: value, limit: 5 });
  const match = page.items.find((person) => "nip" in person && person.nip === value);
  if (!match) throw new ApiError(400, "supervisor_not_found", "Supervisor not found", { nip: value });
  return match.id;
}
