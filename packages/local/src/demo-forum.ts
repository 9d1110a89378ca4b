import { registerCitizen, type CitizenRecord } from "@kompeten/core/citizens/citizens";
import type { AppContext } from "@kompeten/core/context";
import { createDialog, publishMinutes } from "@kompeten/core/dialogs/dialogs";
import { createDialogInput, dialogMinutesInput } from "@kompeten/core/dialogs/dialogs.schemas";
import { sendForumDeadlines } from "@kompeten/core/forum-answers/deadlines";
import { answerTopic, changeTopicStatus, recordLaporTicket } from "@kompeten/core/forum-answers/forum-answers";
import { answerTopicInput, laporTicketInput, topicStatusInput } from "@kompeten/core/forum-answers/forum-answers.schemas";
import { completeMilestone, createProgram, setProgramStatus } from "@kompeten/core/programs/programs";
import { createProgramInput } from "@kompeten/core/programs/programs.schemas";
import { toStaff } from "@kompeten/core/staff/staff";
import type { Staff } from "@kompeten/core/staff/staff.schemas";
import { areaOwners, createComment, createTopic, reportItem, setSupport } from "@kompeten/core/topics/topics";
import { createCommentInput, createTopicInput } from "@kompeten/core/topics/topics.schemas";
import type { ForumArea, Kecamatan, TopicStatus } from "@kompeten/core/values";

const DAY = 86400_000;
const HOUR = 3600_000;
const MINUTE = 60_000;
const DOMAIN = "demo.mataramkota.go.id";

/** The forum's demo citizens: they sign in by code (locally it lands in /dev/mailbox). */
export const demoCitizens: { email: string; displayName: string; kecamatan: Kecamatan }[] = [
  { email: `warga1@${DOMAIN}`, displayName: "Lalu Wirahadi", kecamatan: "ampenan" },
  { email: `warga2@${DOMAIN}`, displayName: "Baiq Nurhayati", kecamatan: "cakranegara" },
  { email: `warga3@${DOMAIN}`, displayName: "I Wayan Sudarsana", kecamatan: "cakranegara" },
  { email: `warga4@${DOMAIN}`, displayName: "Siti Aisyah", kecamatan: "sekarbela" },
  { email: `warga5@${DOMAIN}`, displayName: "Muhammad Rizki", kecamatan: "selaparang" },
  { email: `warga6@${DOMAIN}`, displayName: "Ni Komang Ayu Lestari", kecamatan: "mataram" },
  { email: `warga7@${DOMAIN}`, displayName: "Hj. Maemunah", kecamatan: "sandubaya" },
  { email: `warga8@${DOMAIN}`, displayName: "Zulkarnain", kecamatan: "ampenan" },
];
/** Not a demo account: the one who posts an advert as a comment, hidden by three reports. */
const spammer = { email: `promo.pompa@${DOMAIN}`, displayName: "Pompa Jaya Mataram" };
const SPAMMER = 8;

/** What happens to a topic, hours after it was posted. */
type Step =
  | { h: number; answer: string; status?: TopicStatus; reason?: string }
  | { h: number; status: TopicStatus; reason?: string }
  | { h: number; lapor: string }
  | { h: number; by: number; comment: string; reportedBy?: number[] };

interface DemoTopic {
  /** Posted this many days ago, at this hour WITA. */
  d: number;
  at: number;
  by: number;
  area: ForumArea;
  kecamatan: Kecamatan;
  title: string;
  body: string;
  /** Demo citizens who support it, one after another in the hours after it was posted. */
  supporters: number[];
  steps: Step[];
}

// Eight areas, six kecamatan, every state; answers by the owner unit's responders.
const topics: DemoTopic[] = [
  // Kesehatan (Dinas Kesehatan)
  {
    d: 38, at: 7, by: 0, area: "kesehatan", kecamatan: "ampenan",
    title: "Antrean pendaftaran Puskesmas Ampenan sejak subuh",
    body: "Setiap Senin warga sudah antre sejak jam 5 pagi untuk mengambil nomor di Puskesmas Ampenan, padahal loket baru buka jam 8. Lansia dan ibu yang membawa balita ikut berdiri lama di luar. Mohon ada pendaftaran daring atau nomor antrean lewat WhatsApp.",
    supporters: [7, 3, 6, 2, 5],
    steps: [
      { h: 5, by: 7, comment: "Betul, ibu saya sampai dua kali pulang tanpa dapat nomor." },
      { h: 26, answer: "Terima kasih atas masukannya. Kami sudah meninjau alur pendaftaran di Puskesmas Ampenan: penumpukan terjadi karena semua nomor dibagikan di loket. Kami menyiapkan pendaftaran daring dengan kuota per jam.", status: "ditinjau" },
      { h: 4 * 24, status: "ditindaklanjuti" },
      { h: 20 * 24, answer: "Pendaftaran daring Puskesmas Ampenan sudah berjalan: 60% nomor antrean dibagikan daring sehari sebelumnya, sisanya di loket mulai pukul 07.30, dengan loket prioritas untuk lansia dan ibu hamil.", status: "selesai" },
      { h: 21 * 24, by: 0, comment: "Alhamdulillah, Senin kemarin saya daftar dari rumah dan langsung dilayani. Terima kasih." },
    ],
  },
  {
    d: 12, at: 9, by: 6, area: "kesehatan", kecamatan: "sandubaya",
    title: "Obat hipertensi di Puskesmas Dasan Cermen sering kosong",
    body: "Sudah tiga bulan obat darah tinggi untuk peserta Prolanis sering kosong di Puskesmas Dasan Cermen. Kami disuruh membeli sendiri di apotek, padahal banyak lansia yang berobat rutin setiap bulan dengan BPJS.",
    supporters: [1, 4, 5],
    steps: [
      { h: 30, answer: "Kami sudah memeriksa data stok: permintaan amlodipin di Puskesmas Dasan Cermen naik sejak peserta Prolanis bertambah. Kami mengajukan tambahan dari gudang farmasi kota.", status: "ditinjau" },
      { h: 6 * 24, status: "ditindaklanjuti" },
      { h: 7 * 24, by: 1, comment: "Minggu ini di Puskesmas Babakan juga kosong, mohon dicek sekalian." },
    ],
  },
  {
    d: 2, at: 20, by: 5, area: "kesehatan", kecamatan: "mataram",
    title: "Ambulans kelurahan sulit dihubungi pada malam hari",
    body: "Tetangga kami di Pagesangan sesak napas tengah malam dan nomor ambulans kelurahan tidak diangkat. Akhirnya dibawa dengan sepeda motor ke rumah sakit. Mohon ada petugas jaga malam yang pasti bisa dihubungi.",
    supporters: [6, 3],
    steps: [],
  },
  {
    d: 25, at: 16, by: 4, area: "kesehatan", kecamatan: "selaparang",
    title: "Permintaan fogging demam berdarah di Dasan Agung",
    body: "Banyak nyamuk di lingkungan kami di Dasan Agung sejak musim hujan. Warga khawatir demam berdarah. Mohon dilakukan pengasapan (fogging) di seluruh lingkungan secepatnya.",
    supporters: [0, 7],
    steps: [
      { h: 22, answer: "Pengasapan hanya dilakukan bila ada kasus DBD terkonfirmasi dan hasil penyelidikan epidemiologi menunjukkan penularan; asapnya hanya membunuh nyamuk dewasa. Petugas Puskesmas Dasan Agung akan mendampingi gerakan 3M Plus dan pemeriksaan jentik bersama kader.", status: "ditolak", reason: "Belum ada kasus DBD terkonfirmasi di lingkungan ini; ditangani dengan pemberantasan sarang nyamuk." },
    ],
  },
  // Pendidikan (Dinas Pendidikan)
  {
    d: 35, at: 10, by: 3, area: "pendidikan", kecamatan: "sekarbela",
    title: "Zonasi penerimaan SMP: rumah dekat tapi anak tidak diterima",
    body: "Rumah kami di Kekalik Jaya hanya sekitar satu kilometer dari SMPN di dekat kami, tetapi anak kami tidak diterima karena titik koordinat di aplikasi berbeda dengan lokasi rumah. Mohon ada verifikasi ulang titik rumah sebelum pengumuman.",
    supporters: [0, 1, 5],
    steps: [
      { h: 40, answer: "Terima kasih. Selisih titik koordinat memang bisa terjadi bila titik diambil dari alamat KK, bukan lokasi rumah. Kami akan membuka pos verifikasi titik di setiap SMP negeri pada masa pendaftaran berikutnya.", status: "ditinjau" },
      { h: 9 * 24, status: "ditindaklanjuti" },
      { h: 10 * 24, by: 5, comment: "Semoga juga ada simulasi jarak sebelum pendaftaran dibuka, supaya orang tua bisa cek dulu." },
    ],
  },
  {
    d: 30, at: 8, by: 2, area: "pendidikan", kecamatan: "cakranegara",
    title: "Atap ruang kelas SD negeri di Cakranegara bocor",
    body: "Dua ruang kelas di SD negeri dekat Pasar Cakranegara bocor setiap hujan. Anak-anak dipindah ke perpustakaan dan belajar bergantian. Plafonnya juga sudah mulai jebol dan membahayakan.",
    supporters: [1, 4, 6],
    steps: [
      { h: 20, answer: "Tim kami sudah meninjau sekolah tersebut. Dua ruang kelas masuk daftar rehabilitasi ringan tahun ini; sementara itu kelas dipindah ke ruang yang aman.", status: "ditinjau" },
      { h: 3 * 24, status: "ditindaklanjuti" },
      { h: 24 * 24, answer: "Rehabilitasi atap dan plafon dua ruang kelas selesai dan sudah diperiksa. Kelas kembali dipakai mulai pekan ini.", status: "selesai" },
    ],
  },
  {
    d: 9, at: 19, by: 7, area: "pendidikan", kecamatan: "ampenan",
    title: "Pungutan uang seragam dan buku di sekolah negeri",
    body: "Orang tua murid baru di salah satu SMP negeri di Ampenan diminta membayar seragam dan buku paket dengan jumlah cukup besar. Apakah pungutan seperti ini dibolehkan di sekolah negeri?",
    supporters: [0, 3, 4],
    steps: [
      { h: 28, answer: "Sekolah negeri tidak boleh mewajibkan pembelian seragam atau buku melalui sekolah. Kami sudah meminta keterangan dari sekolah yang bersangkutan dan akan menyampaikan hasilnya di sini.", status: "ditinjau" },
      { h: 50, by: 3, comment: "Di sekolah anak saya juga begitu, katanya sudah kesepakatan komite." },
    ],
  },
  {
    d: 1, at: 9, by: 6, area: "pendidikan", kecamatan: "sandubaya",
    title: "Bus sekolah gratis belum sampai ke wilayah Sandubaya",
    body: "Anak-anak dari Babakan dan Bertais harus naik ojek ke sekolah karena rute bus sekolah gratis belum sampai ke sini. Biayanya berat untuk keluarga kami. Mohon rute bus sekolah diperluas.",
    supporters: [1, 2],
    steps: [],
  },
  // Kependudukan (Disdukcapil)
  {
    d: 40, at: 9, by: 4, area: "kependudukan", kecamatan: "selaparang",
    title: "Blangko KTP-el kosong, hanya diberi surat keterangan",
    body: "Sudah dua bulan saya hanya memegang surat keterangan pengganti KTP-el karena blangko kosong. Surat ini sering ditolak ketika mengurus bank. Kapan blangko tersedia lagi?",
    supporters: [0, 1, 3, 5, 7],
    steps: [
      { h: 18, answer: "Blangko KTP-el sedang kami ajukan tambahan ke Ditjen Dukcapil. Surat keterangan tetap berlaku untuk layanan publik; kami juga menawarkan Identitas Kependudukan Digital (IKD) di loket.", status: "ditinjau" },
      { h: 2 * 24, status: "ditindaklanjuti" },
      { h: 12 * 24, answer: "Blangko sudah datang. Warga yang memegang surat keterangan dapat mencetak KTP-el di kantor Disdukcapil atau di kantor camat tanpa antre ulang, cukup membawa surat keterangan.", status: "selesai" },
      { h: 13 * 24, by: 4, comment: "Sudah saya ambil kemarin, cepat. Terima kasih." },
    ],
  },
  {
    d: 20, at: 11, by: 5, area: "kependudukan", kecamatan: "mataram",
    title: "Akta kelahiran langsung terbit di rumah sakit",
    body: "Setelah melahirkan kami masih harus bolak-balik ke kantor dinas untuk akta kelahiran bayi. Di kota lain akta bisa langsung diurus dari rumah sakit. Apakah di Mataram bisa dibuat layanan serupa?",
    supporters: [1, 3, 6],
    steps: [
      { h: 45, answer: "Kami sedang menyiapkan kerja sama dengan RSUD Kota Mataram dan beberapa rumah sakit bersalin agar akta kelahiran, KK baru dan KIA bisa diajukan dari rumah sakit.", status: "ditinjau" },
      { h: 8 * 24, status: "ditindaklanjuti" },
    ],
  },
  {
    d: 5, at: 10, by: 6, area: "kependudukan", kecamatan: "sandubaya",
    title: "Perekaman KTP-el pemula di kantor camat Sandubaya dibatasi",
    body: "Anak kami baru 17 tahun dan perlu KTP-el untuk mendaftar kuliah. Di kantor camat Sandubaya perekaman dibatasi 20 orang sehari dan sudah penuh sejak pagi. Mohon kuota ditambah atau ada jadwal jemput bola ke sekolah.",
    supporters: [3, 4, 0],
    steps: [{ h: 6, by: 4, comment: "Di sekolah adik saya juga banyak yang belum rekam, jemput bola ke SMA sangat membantu." }],
  },
  {
    d: 16, at: 14, by: 0, area: "kependudukan", kecamatan: "ampenan",
    title: "Urus pindah datang tanpa harus ke kantor dinas",
    body: "Mengurus pindah datang masih harus datang ke kantor dinas dan antre lama. Mohon layanan pindah datang bisa diurus lewat kelurahan atau secara daring.",
    supporters: [7],
    steps: [
      { h: 26, answer: "Pindah datang sudah bisa diajukan daring lewat aplikasi layanan Disdukcapil; dokumen dikirim ke e-mail pemohon. Usulan yang sama tentang layanan daring dibahas pada topik tentang akta kelahiran dan KTP-el.", status: "ditolak", reason: "Layanan yang diminta sudah tersedia secara daring." },
    ],
  },
  // Perizinan (Sekretariat Daerah)
  {
    d: 33, at: 13, by: 1, area: "perizinan", kecamatan: "cakranegara",
    title: "Izin usaha mikro lewat OSS membingungkan pedagang pasar",
    body: "Pedagang di Pasar Cakranegara diminta punya NIB, tetapi banyak yang tidak paham cara mendaftar di OSS dan tidak punya e-mail. Mohon ada pendampingan langsung di pasar.",
    supporters: [2, 5, 6],
    steps: [
      { h: 30, answer: "Terima kasih. Kami berkoordinasi dengan Dinas Penanaman Modal dan PTSP untuk membuka klinik OSS keliling di pasar-pasar kota.", status: "ditinjau" },
      { h: 5 * 24, status: "ditindaklanjuti" },
      { h: 19 * 24, answer: "Klinik OSS sudah dibuka setiap Selasa dan Kamis di kantor pengelola Pasar Cakranegara. Pekan pertama 64 pedagang mendapat NIB.", status: "selesai" },
    ],
  },
  {
    d: 12, at: 15, by: 3, area: "perizinan", kecamatan: "sekarbela",
    title: "Aturan izin nyongkolan di jalan utama",
    body: "Hampir setiap Sabtu ada nyongkolan di jalan utama Sekarbela yang membuat macet berjam-jam. Kami menghormati adat, tetapi mohon ada aturan izin, jam dan rute yang jelas serta petugas pengatur lalu lintas.",
    supporters: [0, 4, 5],
    steps: [
      { h: 44, answer: "Masukan ini kami bahas bersama Bagian Hukum, Dinas Perhubungan dan tokoh adat. Rancangan pedoman izin keramaian untuk nyongkolan (jam, rute dan pendampingan petugas) sedang disusun.", status: "ditinjau" },
      { h: 60, by: 7, comment: "Setuju diatur, asal tidak dilarang. Nyongkolan itu tradisi kita." },
    ],
  },
  {
    d: 7, at: 10, by: 4, area: "perizinan", kecamatan: "selaparang",
    title: "Persetujuan bangunan gedung untuk rumah kecil terlalu lama",
    body: "Saya mengajukan PBG untuk rumah tinggal satu lantai sejak dua bulan lalu dan belum ada kabar. Apakah ada layanan cepat untuk rumah sederhana?",
    supporters: [1],
    steps: [
      { h: 50, answer: "Berkas Bapak kami temukan; tertunda di tahap perhitungan retribusi. Kami meminta DPMPTSP dan Dinas PUPR menyelesaikannya, dan mengkaji jalur cepat untuk rumah tinggal sederhana.", status: "ditinjau" },
    ],
  },
  {
    d: 22, at: 9, by: 5, area: "perizinan", kecamatan: "mataram",
    title: "Reklame tanpa izin di sepanjang Jalan Pejanggik",
    body: "Banyak spanduk dan baliho dipasang di tiang listrik dan pohon di Jalan Pejanggik. Selain merusak pemandangan, beberapa hampir jatuh saat angin kencang. Mohon ditertibkan.",
    supporters: [0, 2],
    steps: [
      { h: 20, status: "ditinjau" },
      { h: 40, answer: "Penertiban reklame tanpa izin dilakukan Satpol PP secara berkala dan jadwal berikutnya sudah ditetapkan. Pelanggaran di lokasi tertentu mohon dilaporkan lewat SP4N-LAPOR! agar tercatat dan diteruskan resmi.", status: "ditolak", reason: "Penertiban reklame adalah tugas rutin Satpol PP; laporan lokasi tertentu lewat SP4N-LAPOR!." },
    ],
  },
  // Infrastruktur dan jalan (Dinas PUPR)
  {
    d: 28, at: 6, by: 0, area: "infrastruktur", kecamatan: "ampenan",
    title: "Drainase tersumbat, kampung kami di Ampenan banjir tiap hujan",
    body: "Setiap hujan deras lebih dari satu jam, air masuk ke rumah-rumah di Kampung Banjar, Ampenan, sampai selutut. Saluran di sepanjang jalan tersumbat sedimen dan sampah, dan gorong-gorong di ujung gang terlalu kecil.",
    supporters: [7, 3, 4, 5, 6, 1, 2],
    steps: [
      { h: 3, by: 7, comment: "Tadi malam air masuk lagi ke rumah kami. Kasur dan buku anak-anak basah semua." },
      { h: 9, by: SPAMMER, comment: "PROMO! Jasa sedot banjir dan pompa air termurah se-Mataram, diskon 50% khusus hari ini, cek toko online kami!!!", reportedBy: [0, 7, 3] },
      { h: 20, answer: "Tim UPTD Drainase sudah ke lokasi: saluran tersumbat sedimen sepanjang kira-kira 300 meter dan gorong-gorong di ujung gang menyempit. Pengerukan dijadwalkan pekan ini.", status: "ditinjau" },
      { h: 4 * 24, status: "ditindaklanjuti" },
      { h: 5 * 24, lapor: "LAPOR-2611-00417" },
      { h: 10 * 24, answer: "Pengerukan 300 meter saluran selesai. Penggantian gorong-gorong dengan box culvert yang lebih besar masuk paket pekerjaan drainase Ampenan dan dimulai setelah kontrak ditandatangani." },
      { h: 11 * 24, by: 4, comment: "Hujan kemarin air sudah lebih cepat surut. Semoga gorong-gorongnya segera diganti." },
    ],
  },
  {
    d: 18, at: 20, by: 2, area: "infrastruktur", kecamatan: "cakranegara",
    title: "Lampu penerangan jalan mati di Jalan Selaparang Cakranegara",
    body: "Sudah tiga minggu sekitar delapan lampu jalan mati di Jalan Selaparang dekat Mayura. Malam hari sangat gelap dan pernah ada penjambretan. Mohon segera diperbaiki.",
    supporters: [1, 5, 6],
    steps: [
      { h: 14, answer: "Terima kasih. Petugas penerangan jalan umum akan memeriksa jaringan dan lampu di ruas tersebut besok malam.", status: "ditinjau" },
      { h: 2 * 24, status: "ditindaklanjuti" },
      { h: 4 * 24, answer: "Delapan lampu sudah diganti dengan LED dan satu panel yang terbakar diperbaiki. Semua lampu di ruas tersebut kembali menyala.", status: "selesai" },
      { h: 5 * 24, by: 2, comment: "Sudah terang sekarang, terima kasih cepat sekali." },
    ],
  },
  {
    d: 11, at: 8, by: 6, area: "infrastruktur", kecamatan: "sandubaya",
    title: "Jalan berlubang di Bertais dekat Terminal Mandalika",
    body: "Di jalan depan Terminal Mandalika, Bertais, ada beberapa lubang dalam yang tergenang saat hujan. Truk dan motor sering mengerem mendadak. Sudah ada pengendara yang jatuh minggu lalu.",
    supporters: [1, 2, 4],
    steps: [
      { h: 24, answer: "Lokasi sudah kami survei; lubang ditambal sementara besok dan ruas ini diusulkan masuk pemeliharaan berkala dengan lapisan aspal baru.", status: "ditinjau" },
      { h: 3 * 24, status: "ditindaklanjuti" },
    ],
  },
  {
    d: 2, at: 9, by: 3, area: "infrastruktur", kecamatan: "sekarbela",
    title: "Trotoar di Jalan Lingkar Selatan rusak dan dipakai parkir",
    body: "Trotoar di Jalan Lingkar Selatan banyak yang pecah dan dipakai parkir mobil dan pedagang, sehingga pejalan kaki dan anak sekolah harus berjalan di badan jalan.",
    supporters: [5, 4],
    steps: [{ h: 5, by: 5, comment: "Apalagi pagi hari saat anak-anak berangkat sekolah, berbahaya sekali." }],
  },
  {
    d: 6, at: 16, by: 4, area: "infrastruktur", kecamatan: "selaparang",
    title: "Jembatan kecil di Rembiga retak",
    body: "Jembatan kecil penghubung dua lingkungan di Rembiga retak di bagian tepi dan pagarnya sudah patah. Setiap hari banyak motor dan anak sekolah lewat di sana.",
    supporters: [0, 7, 2],
    steps: [{ h: 30, answer: "Tim kami sudah memeriksa jembatan. Kendaraan roda empat dilarang lewat sementara, pagar darurat dipasang, dan perbaikan struktur sedang dihitung.", status: "ditinjau" }],
  },
  // Kebersihan (Dinas PUPR)
  {
    d: 37, at: 16, by: 7, area: "kebersihan", kecamatan: "ampenan",
    title: "Sampah menumpuk di TPS dekat Pantai Ampenan",
    body: "TPS di dekat Pantai Ampenan sering penuh sampai meluber ke jalan, baunya sampai ke permukiman dan pengunjung pantai. Truk pengangkut datang tidak setiap hari.",
    supporters: [0, 3, 6],
    steps: [
      { h: 20, answer: "Kami menambah jadwal pengangkutan TPS Ampenan menjadi setiap hari dan memeriksa kapasitas kontainernya.", status: "ditinjau" },
      { h: 3 * 24, status: "ditindaklanjuti" },
      { h: 15 * 24, answer: "Kontainer TPS Ampenan ditambah satu dan pengangkutan berjalan setiap pagi. Petugas juga memasang papan jam buang sampah.", status: "selesai" },
    ],
  },
  {
    d: 15, at: 7, by: 5, area: "kebersihan", kecamatan: "mataram",
    title: "Jadwal angkut sampah di Pagesangan tidak tentu",
    body: "Truk sampah di lingkungan kami di Pagesangan kadang datang dua hari sekali, kadang seminggu tidak datang. Warga jadi membuang sampah ke sungai. Mohon jadwal angkut yang tetap dan diumumkan.",
    supporters: [6, 1, 3],
    steps: [
      { h: 50, answer: "Jadwal angkut Pagesangan akan ditetapkan tiga kali seminggu. Kami menunggu perbaikan satu truk yang sedang rusak.", status: "ditinjau" },
      { h: 7 * 24, status: "ditindaklanjuti" },
    ],
  },
  {
    d: 10, at: 9, by: 6, area: "kebersihan", kecamatan: "sandubaya",
    title: "Bank sampah untuk warga Babakan",
    body: "Ibu-ibu PKK di Babakan ingin membuat bank sampah agar sampah plastik tidak dibakar. Kami butuh pendampingan, timbangan dan kerja sama pengangkutan ke pengepul.",
    supporters: [1, 5],
    steps: [{ h: 26, answer: "Usulan yang baik. Kami akan menjadwalkan pelatihan pengelolaan bank sampah bersama kelurahan dan menghubungkan dengan bank sampah induk kota.", status: "ditinjau" }],
  },
  {
    d: 1, at: 7, by: 2, area: "kebersihan", kecamatan: "cakranegara",
    title: "Sungai Jangkok di Cakranegara penuh sampah plastik",
    body: "Setelah hujan kemarin, aliran Sungai Jangkok di Cakranegara penuh sampah plastik yang tersangkut di bawah jembatan. Mohon dibersihkan sebelum menyumbat dan menyebabkan banjir.",
    supporters: [1, 0, 5],
    steps: [],
  },
  // Sosial (Dinas Sosial)
  {
    d: 31, at: 10, by: 3, area: "sosial", kecamatan: "sekarbela",
    title: "Data penerima bansos di Tanjung Karang tidak tepat sasaran",
    body: "Di lingkungan kami di Tanjung Karang ada warga mampu yang menerima bansos, sementara janda lansia dan buruh harian tidak terdaftar. Mohon pendataan ulang yang terbuka.",
    supporters: [0, 2, 6, 7, 4],
    steps: [
      { h: 28, answer: "Terima kasih. Kami akan melakukan verifikasi dan validasi DTKS di Kelurahan Tanjung Karang bersama pendamping sosial, dan warga bisa mengusulkan nama lewat musyawarah kelurahan.", status: "ditinjau" },
      { h: 9 * 24, status: "ditindaklanjuti" },
      { h: 10 * 24, by: 6, comment: "Musyawarahnya mohon diumumkan lewat masjid dan kepala lingkungan supaya semua tahu." },
    ],
  },
  {
    d: 24, at: 15, by: 4, area: "sosial", kecamatan: "selaparang",
    title: "Anak jalanan di simpang empat Rembiga",
    body: "Setiap sore banyak anak usia sekolah mengamen dan berjualan tisu di simpang empat Rembiga sampai malam. Mohon ada penanganan agar mereka kembali bersekolah.",
    supporters: [3, 5, 1],
    steps: [
      { h: 30, answer: "Tim reaksi cepat Dinas Sosial akan menjangkau anak-anak tersebut dan keluarganya bersama pekerja sosial.", status: "ditinjau" },
      { h: 4 * 24, status: "ditindaklanjuti" },
      { h: 18 * 24, answer: "Sebelas anak sudah didata; sembilan kembali bersekolah dengan bantuan perlengkapan sekolah dan keluarganya didaftarkan ke program bantuan. Penjangkauan dilanjutkan secara rutin.", status: "selesai" },
    ],
  },
  {
    d: 8, at: 10, by: 7, area: "sosial", kecamatan: "ampenan",
    title: "Lansia hidup sendiri di Ampenan butuh kunjungan rutin",
    body: "Di lingkungan kami ada beberapa lansia yang tinggal sendiri, sakit-sakitan dan jarang ada yang menengok. Apakah ada program pendampingan atau kunjungan rutin untuk mereka?",
    supporters: [0, 6],
    steps: [{ h: 40, answer: "Ada program pendampingan lansia melalui Puskesos kelurahan. Kami akan mendata lansia yang tinggal sendiri di lingkungan tersebut bersama kader.", status: "ditinjau" }],
  },
  {
    d: 19, at: 13, by: 5, area: "sosial", kecamatan: "mataram",
    title: "Kursi roda untuk tetangga penyandang disabilitas",
    body: "Tetangga kami penyandang disabilitas tidak punya kursi roda dan tidak bisa keluar rumah. Mohon bantuan kursi roda dari pemerintah kota.",
    supporters: [6],
    steps: [
      { h: 30, answer: "Bantuan alat bantu disabilitas diberikan melalui pendataan Puskesos kelurahan agar tercatat dan bisa diverifikasi. Mohon keluarga mengajukan lewat kelurahan; petugas kami akan membantu.", status: "ditolak", reason: "Permohonan bantuan perorangan diajukan lewat Puskesos kelurahan, bukan lewat forum." },
    ],
  },
  // Lainnya (Diskominfo)
  {
    d: 27, at: 17, by: 5, area: "lainnya", kecamatan: "mataram",
    title: "Wi-Fi publik di Taman Sangkareang sering putus",
    body: "Wi-Fi gratis di Taman Sangkareang sering putus dan sangat lambat pada sore hari, padahal banyak pelajar memakainya untuk mengerjakan tugas.",
    supporters: [3, 4, 7],
    steps: [
      { h: 16, answer: "Terima kasih laporannya. Kami memeriksa perangkat akses di taman; salah satunya rusak dan kapasitas jaringan akan ditambah.", status: "ditinjau" },
      { h: 2 * 24, status: "ditindaklanjuti" },
      { h: 9 * 24, answer: "Dua titik akses baru dipasang dan bandwidth ditambah. Uji pada jam ramai menunjukkan koneksi stabil.", status: "selesai" },
    ],
  },
  {
    d: 13, at: 6, by: 6, area: "lainnya", kecamatan: "sandubaya",
    title: "Air PDAM keruh dan sering mati di Sandubaya",
    body: "Sudah dua minggu air PDAM di rumah kami di Sandubaya keruh kecoklatan dan hanya mengalir tengah malam. Kami harus membeli air galon untuk masak.",
    supporters: [1, 2, 0, 4, 5],
    steps: [
      { h: 20, answer: "Keluhan ini kami teruskan ke Perumda Air Minum Giri Menang, yang melayani wilayah Sandubaya, dan kami pantau tindak lanjutnya di sini.", status: "ditinjau" },
      { h: 3 * 24, status: "ditindaklanjuti" },
      { h: 4 * 24, answer: "Dari Perumda Air Minum Giri Menang: kekeruhan terjadi karena perbaikan pipa transmisi; pencucian jaringan dilakukan pekan ini dan mobil tangki disiagakan untuk wilayah yang terdampak." },
    ],
  },
  {
    d: 4, at: 9, by: 1, area: "lainnya", kecamatan: "cakranegara",
    title: "Aplikasi layanan kota sulit dipakai lansia",
    body: "Orang tua saya kesulitan memakai aplikasi layanan kota: hurufnya kecil, banyak menu dan harus membuat akun dulu. Mohon ada versi sederhana atau bantuan di kantor kelurahan.",
    supporters: [6, 0],
    steps: [{ h: 22, answer: "Masukan ini kami catat untuk perbaikan tampilan: ukuran huruf dan menu sederhana. Sementara itu petugas kelurahan bisa membantu pengajuan langsung.", status: "ditinjau" }],
  },
];

interface Event {
  time: number;
  /** The topic's place in `topics`; -1 for the daily deadline job. */
  chain: number;
  run: (state: { topicId?: string }) => Promise<unknown>;
}

/**
 * The forum's demo, written through the same service functions as the app, each step on a clock
 * set to when it happened, and the daily deadline job run each morning at 08:10 WITA between them:
 *
 * - eight demo citizens (warga1@ to warga8@), who sign in by code;
 * - 32 topics over the last 40 days in all eight areas and six kecamatan, in every state
 *   (ditolak with its reason), with supports, comments and official answers by the owner unit's
 *   responders (`atasan@` for Diskominfo);
 * - one topic five days old without an answer (overdue, escalated to the unit's head);
 * - an advert posted as a comment, hidden by three citizens' reports and waiting in the moderation queue;
 * - a topic with its SP4N-LAPOR! ticket;
 * - Dinas PUPR's public dialogue on the Ampenan flooding 12 days ago, with its minutes, and
 *   Dinas Kesehatan's dialogue on the puskesmas next week;
 * - Dinas PUPR's service program from the two Ampenan topics (drainage, TPS) with four
 *   milestones, the first done (the topics' followers got its notice), and its competency needs.
 */
export async function seedDemoForum(ctx: AppContext): Promise<void> {
  const now = ctx.now();
  /** `days` from now at `hour`:`minute` WITA. */
  const at = (days: number, hour: number, minute = 0) => {
    const day = new Date(now.getTime() + days * DAY + 8 * HOUR);
    return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour - 8, minute);
  };
  // What was e-mailed back then is not replayed into the local mailbox: it shows what happens from now on (sign-in codes first).
  const clock = (time: number): AppContext => ({ ...ctx, mailer: { send: async () => {} }, now: () => new Date(time) });

  // The citizens joined a little before their first topic.
  const joined = clock(at(-45, 19));
  const citizens: CitizenRecord[] = await Promise.all(
    [...demoCitizens, spammer].map((c: { email: string; displayName: string; kecamatan?: Kecamatan }) => registerCitizen(joined, c)),
  );

  // Each owner unit's responder: atasan@ for Diskominfo, otherwise the unit's secretary (supervisors of the unit, found by the staff byUnit index).
  const responders = new Map<string, Staff>();
  await Promise.all(
    [...new Set(Object.values(areaOwners).map((o) => o.code))].map(async (code) => {
      const { data } = await ctx.db.entities.staff.query.byUnit({ unitId: code.toLowerCase() }).go({ pages: "all" });
      const supervisors = data.filter((s) => s.active && s.roles.includes("supervisor"));
      const chosen =
        supervisors.find((s) => s.email === `atasan@${DOMAIN}`) ??
        supervisors.find((s) => s.positionLevel === "administrator" && s.position.startsWith("Sekretaris")) ??
        supervisors[0];
      if (!chosen) throw new Error(`demo forum: no responder in ${code}`);
      responders.set(code, toStaff(chosen));
    }),
  );

  const events: Event[] = [];
  const states = topics.map(() => ({}) as { topicId?: string });
  const postedTimes: number[] = [];
  topics.forEach((topic, chain) => {
    const posted = at(-topic.d, topic.at, 7 + ((chain * 13) % 40));
    postedTimes.push(posted);
    const responder = responders.get(areaOwners[topic.area].code)!;
    const author = citizens[topic.by]!;
    events.push({
      time: posted,
      chain,
      run: async (state) => {
        const input = createTopicInput.parse({ title: topic.title, body: topic.body, area: topic.area, kecamatan: topic.kecamatan });
        state.topicId = (await createTopic(clock(posted), author, input)).topic.id;
      },
    });
    topic.supporters.forEach((who, k) => {
      const time = posted + (k + 1) * 97 * MINUTE;
      events.push({ time, chain, run: (state) => setSupport(clock(time), citizens[who]!, state.topicId!, true) });
    });
    for (const step of topic.steps) {
      const time = posted + step.h * HOUR + 11 * MINUTE;
      const moment = clock(time);
      if ("comment" in step) {
        events.push({
          time,
          chain,
          run: async (state) => {
            const { comment } = await createComment(moment, citizens[step.by]!, state.topicId!, createCommentInput.parse({ body: step.comment }));
            // Reports from different citizens in the hours after.
            for (const [k, who] of (step.reportedBy ?? []).entries()) {
              await reportItem(clock(time + (k + 1) * 35 * MINUTE), citizens[who]!, { targetType: "comment", targetId: `${state.topicId}:${comment.id}`, reason: "spam" });
            }
          },
        });
      } else if ("answer" in step) {
        const input = answerTopicInput.parse({ body: step.answer, status: step.status, reason: step.reason });
        events.push({ time, chain, run: (state) => answerTopic(moment, responder, state.topicId!, input) });
      } else if ("lapor" in step) {
        const { ticket } = laporTicketInput.parse({ ticket: step.lapor });
        events.push({ time, chain, run: (state) => recordLaporTicket(moment, responder, state.topicId!, ticket) });
      } else {
        const input = topicStatusInput.parse({ status: step.status, reason: step.reason });
        events.push({ time, chain, run: (state) => changeTopicStatus(moment, responder, state.topicId!, input) });
      }
    }
  });
  // The job's morning runs, on the days when some topic reaches a deadline step (half or all of 3 or 14 days).
  const stepTimes = postedTimes.flatMap((posted) => [1.5, 3, 7, 14].map((days) => posted + days * DAY));
  const first = Math.min(...postedTimes);
  for (let days = -Math.ceil((now.getTime() - first) / DAY); days <= 0; days++) {
    const time = at(days, 8, 10);
    if (stepTimes.some((step) => step > time - DAY && step <= time)) events.push({ time, chain: -1, run: () => sendForumDeadlines(clock(time)) });
  }

  // Dialogues and the program, each between two batches of topic steps, on the topics of their time.
  for (const e of dialogsAndProgram(at, clock, responders, (title) => states[topics.findIndex((t) => t.title.startsWith(title))]!)) events.push({ ...e, chain: -1 });

  // Nothing is written in the future: a step that would come after now (for a topic of yesterday, say) waits.
  const due = events.filter((e) => e.time < now.getTime()).sort((a, b) => a.time - b.time);
  // Between two runs of the job, each topic's steps in order, the topics side by side.
  let batch: Event[] = [];
  const flush = async () => {
    const chains = new Map<number, Event[]>();
    for (const e of batch) chains.set(e.chain, [...(chains.get(e.chain) ?? []), e]);
    await Promise.all(
      [...chains].map(async ([chain, steps]) => {
        for (const step of steps) await step.run(states[chain]!);
      }),
    );
    batch = [];
  };
  for (const event of due) {
    if (event.chain >= 0) {
      batch.push(event);
      continue;
    }
    await flush();
    await event.run({});
  }
  await flush();
}

/** Where the dialogues and the program link to: the topic whose title starts so, once it is written. */
type TopicOf = (title: string) => { topicId?: string };

const DRAINAGE = "Drainase tersumbat, kampung kami di Ampenan";
const TPS = "Sampah menumpuk di TPS dekat Pantai Ampenan";
const PUSKESMAS_QUEUE = "Antrean pendaftaran Puskesmas Ampenan";
const HYPERTENSION = "Obat hipertensi di Puskesmas Dasan Cermen";

function dialogsAndProgram(
  at: (days: number, hour: number, minute?: number) => number,
  clock: (time: number) => AppContext,
  responders: Map<string, Staff>,
  topicOf: TopicOf,
): Omit<Event, "chain">[] {
  const pupr = responders.get("DPUPR")!;
  const dinkes = responders.get("DINKES")!;
  const iso = (time: number) => new Date(time).toISOString().replace("Z", "+00:00");
  /** The WITA date `days` from now, as YYYY-MM-DD. */
  const date = (days: number) => new Date(at(days, 12) + 8 * HOUR).toISOString().slice(0, 10);
  const ids = (...titles: string[]) => titles.map((title) => topicOf(title).topicId!);
  let pastDialog = "";
  let program = "";

  return [
    {
      time: at(-17, 10),
      run: async () => {
        const input = createDialogInput.parse({
          title: "Dialog publik penanganan banjir dan sampah di Ampenan",
          startsAt: iso(at(-12, 9)),
          place: "Aula Kantor Camat Ampenan",
          agenda: "Mendengar warga Kampung Banjar dan sekitar Pantai Ampenan tentang genangan setiap hujan dan sampah di saluran, lalu menyepakati urutan pekerjaan drainase dan pengangkutan sampah.",
          topicIds: ids(DRAINAGE, TPS),
        });
        pastDialog = (await createDialog(clock(at(-17, 10)), pupr, input)).id;
      },
    },
    {
      time: at(-12, 15, 30),
      run: () =>
        publishMinutes(
          clock(at(-12, 15, 30)),
          pupr,
          pastDialog,
          dialogMinutesInput.parse({
            minutes:
              "Dialog dibuka Camat Ampenan dan dipimpin Sekretaris Dinas PUPR. UPTD Drainase memaparkan hasil pengerukan 300 meter saluran di Kampung Banjar dan rencana penggantian gorong-gorong. Warga menyampaikan bahwa sampah dari sekitar TPS Pantai Ampenan ikut terbawa ke saluran saat hujan, dan meminta jadwal pekerjaan diumumkan lewat kepala lingkungan.",
            attendees: 46,
            outcomes: [
              "Gorong-gorong di ujung gang Kampung Banjar diganti dengan box culvert dalam paket pekerjaan drainase Ampenan.",
              "Saluran sekunder dibersihkan bersama warga sebelum puncak musim hujan.",
              "Penyaring sampah dipasang di saluran dekat TPS Pantai Ampenan.",
              "Kemajuan pekerjaan diumumkan di forum pada kedua topik dan lewat kepala lingkungan.",
            ],
          }),
        ),
    },
    {
      time: at(-11, 10),
      run: async () => {
        const input = createProgramInput.parse({
          title: "Penanganan banjir dan sampah saluran Ampenan",
          description:
            "Program Dinas PUPR dari dialog publik dengan warga Ampenan: saluran dan gorong-gorong Kampung Banjar diperbesar dan dibersihkan, dan sampah dari sekitar TPS Pantai Ampenan ditahan sebelum masuk saluran.",
          unitCode: "DPUPR",
          topicIds: ids(DRAINAGE, TPS),
          milestones: [
            { title: "Pembersihan saluran sekunder Kampung Banjar bersama warga", targetDate: date(-5) },
            { title: "Kontrak paket pekerjaan drainase Ampenan ditandatangani", targetDate: date(10) },
            { title: "Gorong-gorong ujung gang diganti dengan box culvert", targetDate: date(45) },
            { title: "Penyaring sampah terpasang di saluran dekat TPS Pantai Ampenan", targetDate: date(60) },
          ],
          competencyNeeds: [
            { competencyId: "pelayanan-publik", level: 3 },
            { competencyId: "manajemen-proyek", level: 2 },
          ],
        });
        const moment = clock(at(-11, 10));
        program = (await createProgram(moment, pupr, input)).id;
        await setProgramStatus(clock(at(-11, 10, 20)), pupr, program, { status: "running" });
      },
    },
    { time: at(-6, 15), run: () => completeMilestone(clock(at(-6, 15)), pupr, program, "m1") },
    {
      time: at(-1, 14),
      run: () =>
        createDialog(
          clock(at(-1, 14)),
          dinkes,
          createDialogInput.parse({
            title: "Dialog publik layanan puskesmas: antrean dan ketersediaan obat",
            startsAt: iso(at(7, 9)),
            place: "Aula Dinas Kesehatan Kota Mataram",
            onlineUrl: "https://meet.jit.si/dialog-publik-dinkes-mataram",
            agenda: "Menyampaikan hasil pendaftaran daring Puskesmas Ampenan, mendengar warga tentang antrean di puskesmas lain, dan membahas stok obat hipertensi peserta Prolanis.",
            topicIds: ids(PUSKESMAS_QUEUE, HYPERTENSION),
          }),
        ),
    },
  ];
}
