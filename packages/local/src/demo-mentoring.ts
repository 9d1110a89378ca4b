import type { Actor } from "@kompeten/core/actor";
import type { AppContext } from "@kompeten/core/context";
import { giveFeedback } from "@kompeten/core/mentorship-feedback/mentorship-feedback";
import { feedbackInput } from "@kompeten/core/mentorship-feedback/mentorship-feedback.schemas";
import { completeMentorship, confirmSession, logSession, tickAction } from "@kompeten/core/mentorship-sessions/mentorship-sessions";
import { logSessionInput } from "@kompeten/core/mentorship-sessions/mentorship-sessions.schemas";
import { changeMentorship, requestMentorship } from "@kompeten/core/mentorships/mentorships";
import { requestMentorshipInput } from "@kompeten/core/mentorships/mentorships.schemas";
import { saveMentorProfile } from "@kompeten/core/mentors/mentors";
import { mentorProfileInput } from "@kompeten/core/mentors/mentors.schemas";
import { getStaffRecord, toActor, toStaff, updateStaff } from "@kompeten/core/staff/staff";
import { witaDate } from "@kompeten/core/time";

const DAY = 86400_000;
const HOUR = 3600_000;

/**
 * The demo's mentoring and coaching, written through the same service functions as the app and
 * each step on a clock set to when it happened, so every guard, seat, counter, notification and
 * ledger entry is what the app itself writes:
 *
 * - eight mentors in seven units (`mentor@` at Bappeda among them; one not taking mentees now);
 * - two running mentorships with sessions (confirmed ones and one waiting for the mentee) and
 *   their actions, one of them done;
 * - a mentorship completed two weeks ago, its 5 JP in the mentee's ledger and both sides' feedback;
 * - a request to `mentor@` from yesterday, waiting for an answer;
 * - coaching of the forum moderator by her supervisor, `atasan@`.
 *
 * `pegawai@` has no part in any of it: the whole choice of mentors and requests stays hers.
 */
export async function seedDemoMentoring(ctx: AppContext, admin: Actor): Promise<void> {
  const now = ctx.now();
  /** The context at a moment: `days` from now at `hour` o'clock WITA. */
  const at = (days: number, hour: number) => {
    const day = new Date(now.getTime() + days * DAY + 8 * HOUR);
    return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour - 8));
  };
  const clock = (moment: Date): AppContext => ({ ...ctx, now: () => moment });
  const actors = new Map<string, Actor>();
  /** A demo person as the app's sign-in makes them an actor. */
  const as = async (id: string) => {
    if (!actors.has(id)) actors.set(id, toActor(toStaff(await getStaffRecord(ctx, id))));
    return actors.get(id)!;
  };

  // People by role in the demo (ids of demo-data's people, named where they act).
  const mentorAccount = "demo-4"; // mentor@, Perencana Ahli Madya, Bappeda
  const atasan = "demo-2"; // atasan@, Kepala Bidang e-Government, Diskominfo
  const moderator = "demo-5"; // moderator@, in atasan@'s team
  const dinkesSecretary = "demo-22";
  const dpuprSecretary = "demo-47";
  const bkpsdmKasubbag = "demo-13";
  const cakranegaraSecretary = "demo-77";
  const disdukcapilKasubbag = "demo-38";
  const dikbudSecretary = "demo-27";

  // Three months ago: assessed levels where they are known, then the offers to mentor (never above them).
  const before = clock(at(-90, 9));
  await Promise.all([
    updateStaff(before, admin, mentorAccount, { competencyLevels: { "analisis-kebijakan": 4, "manajemen-proyek": 4, komunikasi: 4, "orientasi-hasil": 3 } }),
    updateStaff(before, admin, disdukcapilKasubbag, { competencyLevels: { "literasi-digital": 4, "pelayanan-publik": 3 } }),
  ]);
  const offers: [string, Record<string, unknown>][] = [
    [mentorAccount, {
      capacity: 3,
      competencies: [{ competencyId: "analisis-kebijakan", level: 4 }, { competencyId: "manajemen-proyek", level: 4 }, { competencyId: "komunikasi", level: 3 }],
      bio: "Perencana di Bappeda: RPJMD, Renstra OPD dan kajian kebijakan. Membimbing penyusunan naskah kebijakan dan perencanaan proyek daerah.",
      modes: ["tatap_muka", "daring"],
    }],
    [atasan, {
      capacity: 2,
      // Assessed at 3 in Literasi Digital: a mentor's level is never above it.
      competencies: [{ competencyId: "literasi-digital", level: 3 }],
      bio: "Kepala Bidang e-Government: SPBE, aplikasi layanan dan keamanan informasi.",
      modes: ["tatap_muka", "daring"],
    }],
    [dinkesSecretary, {
      capacity: 2,
      competencies: [{ competencyId: "orientasi-hasil", level: 4 }, { competencyId: "komunikasi", level: 4 }],
      bio: "Sekretaris Dinas Kesehatan: standar dan target layanan puskesmas, pengaduan dan survei kepuasan masyarakat.",
      modes: ["tatap_muka"],
    }],
    [dpuprSecretary, {
      capacity: 2,
      competencies: [{ competencyId: "manajemen-proyek", level: 4 }, { competencyId: "pengambilan-keputusan", level: 3 }],
      bio: "Sekretaris Dinas PUPR: perencanaan, pengadaan dan pengendalian proyek infrastruktur kota.",
      modes: ["tatap_muka", "daring"],
    }],
    [bkpsdmKasubbag, {
      capacity: 2,
      competencies: [{ competencyId: "pengembangan-diri", level: 3 }, { competencyId: "kerjasama", level: 3 }],
      bio: "Kepala Sub Bagian Umum dan Kepegawaian BKPSDM: rencana pengembangan diri dan kerja tim.",
      modes: ["daring"],
    }],
    [cakranegaraSecretary, {
      capacity: 3,
      competencies: [{ competencyId: "kerjasama", level: 4 }, { competencyId: "perekat-bangsa", level: 4 }, { competencyId: "mengelola-perubahan", level: 3 }],
      bio: "Sekretaris Camat Cakranegara: pelayanan kewilayahan, kerukunan warga dan pembenahan layanan kecamatan.",
      modes: ["tatap_muka"],
    }],
    [disdukcapilKasubbag, {
      capacity: 1,
      competencies: [{ competencyId: "literasi-digital", level: 4 }],
      bio: "Kepala Sub Bagian di Disdukcapil: layanan kependudukan daring dan data yang rapi.",
      modes: ["daring"],
    }],
    [dikbudSecretary, {
      available: false,
      capacity: 2,
      competencies: [{ competencyId: "komunikasi", level: 4 }, { competencyId: "integritas", level: 4 }],
      bio: "Sekretaris Dinas Pendidikan. Sedang tidak menerima mentee baru sampai akhir tahun ajaran.",
      modes: ["tatap_muka"],
    }],
  ];
  await Promise.all(offers.map(async ([id, offer]) => saveMentorProfile(before, await as(id), mentorProfileInput.parse({ available: true, ...offer }))));

  const request = async (moment: Date, who: string, input: Record<string, unknown>) =>
    requestMentorship(clock(moment), await as(who), requestMentorshipInput.parse(input));
  const accept = async (moment: Date, who: string, id: string) => changeMentorship(clock(moment), await as(who), id, "accept");
  /** A session logged by `by` two hours after it ended, and confirmed by `confirmer` the next morning unless left waiting. */
  const session = async (id: string, by: string, confirmer: string | null, date: Date, input: { minutes: number; mode: string; notes: string; actions?: { text: string; dueDate: string }[] }) => {
    const logged = await logSession(clock(new Date(date.getTime() + input.minutes * 60_000 + 2 * HOUR)), await as(by), id, logSessionInput.parse({ date: date.toISOString(), ...input }));
    if (confirmer) await confirmSession(clock(new Date(date.getTime() + DAY)), await as(confirmer), id, logged.id);
    return logged;
  };

  // The relations, each on its own people, written side by side.
  await Promise.all([
    // Running: mentor@ guides a Dinas Sosial analyst in policy analysis, for twelve weeks.
    (async () => {
      const yuyun = "demo-44";
      const policy = await request(at(-38, 10), yuyun, {
        mentorId: mentorAccount,
        competencyIds: ["analisis-kebijakan"],
        goals: [
          { competencyId: "analisis-kebijakan", text: "Menyusun policy brief penyaluran bantuan sosial berbasis data DTKS" },
          { competencyId: "analisis-kebijakan", text: "Membandingkan alternatif kebijakan dengan analisis biaya-manfaat sederhana" },
        ],
        weeks: 12,
        message: "Saya ingin belajar menyusun kajian kebijakan yang bisa dipakai pimpinan. Mohon bimbingan Bapak.",
      });
      await accept(at(-37, 9), mentorAccount, policy.id);
      const first = await session(policy.id, mentorAccount, yuyun, at(-30, 9), {
        minutes: 90,
        mode: "tatap_muka",
        notes: "Membahas struktur policy brief: masalah, bukti, alternatif, rekomendasi. Contoh dari kajian RPJMD.",
        actions: [
          { text: "Mengumpulkan data penerima bansos tiga tahun terakhir", dueDate: witaDate(at(-23, 12)) },
          { text: "Menulis draf latar belakang masalah, paling banyak dua halaman", dueDate: witaDate(at(-9, 12)) },
        ],
      });
      await tickAction(clock(at(-24, 15)), await as(yuyun), policy.id, first.id, first.actions[0]!.id, true);
      await session(policy.id, yuyun, mentorAccount, at(-16, 14), {
        minutes: 60,
        mode: "daring",
        notes: "Telaah data DTKS bersama; menentukan indikator ketepatan sasaran.",
        actions: [{ text: "Menghitung tingkat salah sasaran per kecamatan", dueDate: witaDate(at(7, 12)) }],
      });
      // The latest one still waits for the mentee's confirmation.
      await session(policy.id, mentorAccount, null, at(-2, 9), {
        minutes: 60,
        mode: "tatap_muka",
        notes: "Menyusun alternatif kebijakan dan kriteria penilaiannya.",
      });
    })(),
    // Running: the Dinas Kesehatan secretary guides a kecamatan section head towards results in service.
    (async () => {
      const sri = "demo-58";
      const service = await request(at(-22, 11), sri, {
        mentorId: dinkesSecretary,
        competencyIds: ["orientasi-hasil"],
        goals: [{ competencyId: "orientasi-hasil", text: "Menetapkan dan memantau target waktu layanan surat di kantor camat" }],
        weeks: 8,
        message: "Kantor camat kami sedang membenahi loket layanan; saya ingin belajar dari pengalaman puskesmas.",
      });
      await accept(at(-21, 8), dinkesSecretary, service.id);
      await session(service.id, sri, dinkesSecretary, at(-12, 10), {
        minutes: 90,
        mode: "tatap_muka",
        notes: "Kunjungan ke loket Puskesmas Ampenan: alur antrean, papan standar pelayanan, kotak pengaduan.",
        actions: [{ text: "Memetakan alur layanan surat keterangan di kantor camat", dueDate: witaDate(at(2, 12)) }],
      });
    })(),
    // Completed two weeks ago: the DPUPR secretary guided a Dinas Pendidikan analyst in project management.
    (async () => {
      const agus = "demo-29";
      const project = await request(at(-60, 10), agus, {
        mentorId: dpuprSecretary,
        competencyIds: ["manajemen-proyek"],
        goals: [
          { competencyId: "manajemen-proyek", text: "Menyusun jadwal dan rencana anggaran rehabilitasi ruang kelas" },
          { competencyId: "manajemen-proyek", text: "Membuat daftar risiko proyek dan cara pengendaliannya" },
        ],
        weeks: 6,
        message: "Tahun ini saya ikut tim rehabilitasi sekolah dan baru pertama kali mengelola proyek.",
      });
      await accept(at(-59, 9), dpuprSecretary, project.id);
      await session(project.id, dpuprSecretary, agus, at(-52, 9), {
        minutes: 90,
        mode: "tatap_muka",
        notes: "Siklus proyek pemerintah daerah: dari DPA sampai serah terima.",
        actions: [{ text: "Menyusun struktur rincian kerja (WBS) rehabilitasi", dueDate: witaDate(at(-45, 12)) }],
      });
      await session(project.id, dpuprSecretary, agus, at(-38, 9), { minutes: 90, mode: "daring", notes: "Jadwal, jalur kritis dan kurva S." });
      await session(project.id, dpuprSecretary, agus, at(-24, 9), { minutes: 60, mode: "tatap_muka", notes: "Risiko, pengadaan dan laporan kemajuan." });
      // 240 confirmed minutes: 5 JP in Agus's ledger.
      await completeMentorship(clock(at(-17, 10)), await as(agus), project.id);
      await giveFeedback(clock(at(-16, 9)), await as(agus), project.id, feedbackInput.parse({ rating: 5, comment: "Sangat praktis; jadwal proyek kami kini lebih realistis." }));
      await giveFeedback(clock(at(-15, 14)), await as(dpuprSecretary), project.id, feedbackInput.parse({ rating: 4, comment: "Mentee tekun dan selalu menyiapkan bahan sebelum sesi." }));
    })(),
    // Waiting since yesterday for mentor@'s answer.
    (async () => {
      await request(at(-1, 10), "demo-54", {
        mentorId: mentorAccount,
        competencyIds: ["manajemen-proyek"],
        goals: [{ competencyId: "manajemen-proyek", text: "Merencanakan proyek digitalisasi rekam medis RSUD bertahap" }],
        weeks: 8,
        message: "RSUD akan memulai rekam medis elektronik; saya ditunjuk sebagai koordinator tim kecil.",
      });
    })(),
    // Coaching: atasan@ coaches the forum moderator of his team, active from the start.
    (async () => {
      const coaching = await request(at(-21, 13), atasan, {
        kind: "coaching",
        menteeId: moderator,
        competencyIds: ["komunikasi", "pelayanan-publik"],
        goals: [
          { competencyId: "komunikasi", text: "Menjawab aduan warga di media sosial dengan bahasa yang jelas dan santun" },
          { competencyId: "pelayanan-publik", text: "Menindaklanjuti aduan sampai tuntas dalam lima hari kerja" },
        ],
        weeks: 8,
        message: "Kita mulai coaching untuk penanganan aduan warga, ya.",
      });
      await session(coaching.id, atasan, moderator, at(-14, 15), {
        minutes: 60,
        mode: "tatap_muka",
        notes: "Meninjau sepuluh aduan terakhir dan jawabannya.",
        actions: [{ text: "Menyusun pedoman jawaban untuk lima jenis aduan terbanyak", dueDate: witaDate(at(-7, 12)) }],
      });
      await session(coaching.id, moderator, atasan, at(-4, 15), { minutes: 45, mode: "daring", notes: "Membahas draf pedoman jawaban aduan." });
    })(),
  ]);
}
