/**
 * NIP (Nomor Induk Pegawai) of a PNS: 18 digits =
 * birth date YYYYMMDD + appointment (TMT CPNS) YYYYMM + sex digit (1 man, 2 woman) + 3-digit sequence.
 * Returns the reason a NIP is invalid, or null when it is valid.
 */
export function nipProblem(nip: string): string | null {
  if (!/^\d{18}$/.test(nip)) return "NIP must be exactly 18 digits";
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const birth = new Date(Date.UTC(birthYear, birthMonth - 1, birthDay));
  if (
    birthYear < 1940 ||
    birth.getUTCFullYear() !== birthYear ||
    birth.getUTCMonth() !== birthMonth - 1 ||
    birth.getUTCDate() !== birthDay
  ) {
    return "NIP digits 1-8 must be a valid birth date (YYYYMMDD)";
  }
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtMonth < 1 || tmtMonth > 12 || tmtYear < birthYear + 15) {
    return "NIP digits 9-14 must be the appointment month (YYYYMM), at least 15 years after birth";
  }
  if (nip[14] !== "1" && nip[14] !== "2") return "NIP digit 15 must be 1 (man) or 2 (woman)";
  if (nip.slice(15) === "000") return "NIP digits 16-18 must be a sequence number from 001";
  return null;
}

export const isValidNip = (nip: string) => nipProblem(nip) === null;
