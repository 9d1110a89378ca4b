import { competencyTypes, type CompetencyType, type PositionLevel } from "../values";

export { competencyTypes, type CompetencyType };

/**
 * The competency framework (PermenPANRB 38/2017): managerial, socio-cultural and
 * technical competencies, each with five levels and a descriptor per level.
 */

export interface Competency {
  id: string;
  type: CompetencyType;
  name: string;
  description: string;
  /** Descriptors of levels 1..5, index 0 is level 1. */
  levels: [string, string, string, string, string];
}

export const levelNames = [
  { level: 1, name: "Paham" },
  { level: 2, name: "Dasar" },
  { level: 3, name: "Menengah" },
  { level: 4, name: "Mumpuni" },
  { level: 5, name: "Ahli" },
] as const;

/** Standard level expected of each position level. */
export const standardLevels: Record<PositionLevel, number> = {
  pelaksana: 1,
  pengawas: 2,
  administrator: 3,
  jpt_pratama: 4,
  jpt_madya: 5,
};

export const competencies: Competency[] = [
  {
    id: "integritas",
    type: "manajerial",
    name: "Integritas",
    description: "Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi, jujur dalam hubungan dengan atasan, rekan dan masyarakat.",
    levels: [
      "Mampu bertindak sesuai nilai, norma dan etika organisasi dalam kapasitas pribadi.",
      "Mampu mengingatkan dan mengajak rekan kerja untuk bertindak sesuai nilai, norma dan etika organisasi.",
      "Mampu memastikan, menanamkan keyakinan bersama agar anggota unit bertindak sesuai nilai, norma dan etika organisasi.",
      "Mampu menciptakan situasi kerja yang membuat rekan kerja patuh pada nilai, norma dan etika organisasi.",
      "Mampu menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional.",
    ],
  },
  {
    id: "kerjasama",
    type: "manajerial",
    name: "Kerjasama",
    description: "Kemampuan menjalin, membina dan mempertahankan hubungan kerja yang efektif serta komitmen saling membantu.",
    levels: [
      "Berpartisipasi dalam kelompok kerja dan menyelesaikan tugas bagiannya.",
      "Menumbuhkan tim kerja yang partisipatif dan efektif.",
      "Efektif membangun tim kerja untuk peningkatan kinerja organisasi.",
      "Membangun komitmen tim dan sinergi lintas unit.",
      "Menciptakan hubungan kerja yang mendukung kerjasama antar instansi dan pemangku kepentingan.",
    ],
  },
  {
    id: "komunikasi",
    type: "manajerial",
    name: "Komunikasi",
    description: "Kemampuan menerangkan pandangan dan gagasan secara jelas, sistematis, dengan argumen yang logis.",
    levels: [
      "Menyampaikan informasi dengan jelas, lengkap dan mudah dipahami.",
      "Aktif menjalankan komunikasi secara formal dan informal, bersedia mendengarkan orang lain.",
      "Berkomunikasi secara asertif, terampil berkomunikasi lisan dan tertulis untuk menyampaikan informasi yang sensitif.",
      "Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan.",
      "Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dengan tujuan meningkatkan kinerja.",
    ],
  },
  {
    id: "orientasi-hasil",
    type: "manajerial",
    name: "Orientasi pada Hasil",
    description: "Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan dan bertanggung jawab.",
    levels: [
      "Bertanggung jawab untuk memenuhi standar kerja.",
      "Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan.",
      "Menetapkan target kerja yang menantang bagi unit kerja dan memberi apresiasi kepada yang berhasil.",
      "Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya.",
      "Kemampuan menyusun kebijakan untuk pencapaian kinerja yang berdampak tinggi bagi instansi.",
    ],
  },
  {
    id: "pelayanan-publik",
    type: "manajerial",
    name: "Pelayanan Publik",
    description: "Kemampuan melaksanakan tugas pemerintahan dan pelayanan publik secara profesional, transparan dan mengikuti standar.",
    levels: [
      "Menjalankan tugas pelayanan publik secara transparan, tulus dan ramah.",
      "Mampu mensupervisi dan mengawasi pelaksanaan pelayanan publik oleh staf.",
      "Mampu memanfaatkan kekuatan kelompok dan memperbaiki standar pelayanan publik di lingkup unit.",
      "Mampu memonitor, mengevaluasi dan memperhitungkan pemecahan masalah pelayanan publik di lingkup instansi.",
      "Mampu menciptakan kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan yang objektif dan berdampak luas.",
    ],
  },
  {
    id: "pengembangan-diri",
    type: "manajerial",
    name: "Pengembangan Diri dan Orang Lain",
    description: "Kemampuan meningkatkan pengetahuan dan menyempurnakan keterampilan diri, serta menginspirasi orang lain untuk berkembang.",
    levels: [
      "Berusaha mengembangkan diri dengan belajar dari berbagai sumber.",
      "Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan pekerjaan.",
      "Memberikan umpan balik dan membimbing bawahan (mentoring dan coaching).",
      "Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran.",
      "Menciptakan situasi yang mendorong organisasi untuk mengembangkan kemampuan belajar secara berkelanjutan.",
    ],
  },
  {
    id: "mengelola-perubahan",
    type: "manajerial",
    name: "Mengelola Perubahan",
    description: "Kemampuan menyesuaikan diri dengan situasi baru dan mendorong perubahan untuk peningkatan efektivitas organisasi.",
    levels: [
      "Sadar mengenai perubahan yang terjadi di organisasi dan berusaha menyesuaikan diri.",
      "Proaktif beradaptasi mengikuti perubahan.",
      "Membantu orang lain mengikuti perubahan dan mengantisipasi dampaknya.",
      "Memimpin perubahan pada unit kerja.",
      "Mengarahkan perubahan di tingkat instansi, menyusun strategi dan kebijakan perubahan.",
    ],
  },
  {
    id: "pengambilan-keputusan",
    type: "manajerial",
    name: "Pengambilan Keputusan",
    description: "Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian.",
    levels: [
      "Mengumpulkan informasi untuk bertindak sesuai kewenangan.",
      "Menganalisis masalah secara mendalam sebelum mengambil keputusan.",
      "Membandingkan berbagai alternatif tindakan dan implikasinya.",
      "Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan.",
      "Menghasilkan solusi dan mengambil keputusan untuk mengatasi permasalahan jangka panjang yang strategis.",
    ],
  },
  {
    id: "perekat-bangsa",
    type: "sosial_kultural",
    name: "Perekat Bangsa",
    description: "Kemampuan mempromosikan sikap toleransi, keterbukaan dan peka terhadap perbedaan individu dan kelompok masyarakat.",
    levels: [
      "Peduli terhadap perbedaan latar belakang, tradisi dan kebiasaan orang lain.",
      "Aktif mengembangkan sikap saling menghargai dan menekankan persamaan di atas perbedaan.",
      "Mempromosikan dan mengembangkan sikap toleransi dan persatuan.",
      "Mendayagunakan perbedaan secara konstruktif dan kreatif untuk efektivitas organisasi.",
      "Wakil pemerintah untuk membangun hubungan sosial psikologis dengan masyarakat yang majemuk.",
    ],
  },
  {
    id: "literasi-digital",
    type: "teknis",
    name: "Literasi Digital dan e-Government",
    description: "Kemampuan menggunakan aplikasi dan sistem informasi pemerintahan (SPBE) untuk mengelola data dan layanan secara efisien.",
    levels: [
      "Menggunakan perangkat kantor dan aplikasi layanan dasar dengan bimbingan.",
      "Menggunakan aplikasi e-Government unit kerja secara mandiri dan menjaga keamanan data.",
      "Mengolah dan menganalisis data dari sistem informasi untuk mendukung keputusan unit.",
      "Merancang dan mengintegrasikan proses layanan digital lintas unit.",
      "Menetapkan arah transformasi digital dan tata kelola data instansi.",
    ],
  },
  {
    id: "manajemen-proyek",
    type: "teknis",
    name: "Manajemen Proyek",
    description: "Kemampuan merencanakan, melaksanakan, memantau dan menutup proyek pemerintah dengan ruang lingkup, waktu, biaya dan mutu yang terkendali.",
    levels: [
      "Memahami siklus proyek dan melaksanakan tugas proyek sesuai rencana.",
      "Menyusun jadwal, anggaran dan laporan kemajuan kegiatan.",
      "Mengelola proyek unit kerja termasuk risiko, pemangku kepentingan dan pengadaan.",
      "Mengelola portofolio proyek lintas unit dan membina manajer proyek.",
      "Menetapkan kebijakan dan standar manajemen proyek instansi.",
    ],
  },
  {
    id: "analisis-kebijakan",
    type: "teknis",
    name: "Analisis Kebijakan Publik",
    description: "Kemampuan menganalisis masalah publik dan menyusun rekomendasi kebijakan berbasis bukti.",
    levels: [
      "Mengumpulkan data dan informasi untuk bahan kebijakan.",
      "Menyusun kajian sederhana dan telaahan staf.",
      "Menganalisis alternatif kebijakan dan dampaknya.",
      "Merumuskan rekomendasi kebijakan dan mengawal pelaksanaannya.",
      "Menetapkan agenda kebijakan strategis daerah.",
    ],
  },
];

export const competencyIds = competencies.map((competency) => competency.id);
