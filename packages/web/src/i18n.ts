// Every user-visible string of the app, in Bahasa Indonesia (default) and English.
import { createSignal } from "solid-js";

const id = {
  "app.name": "Kompeten",
  "app.owner": "Pemerintah Kota Mataram",
  "app.tagline": "Pengembangan kompetensi ASN",
  "app.skipLink": "Langsung ke konten utama",
  "app.loading": "Memuat…",
  "app.footer": "BKPSDM Kota Mataram · Waktu dalam WITA",

  "lang.switchTo": "English",
  "lang.switchLabel": "Switch the language to English",

  "nav.label": "Menu utama",
  "nav.menu": "Menu",
  "nav.home": "Beranda",
  "nav.profile": "Profil saya",
  "nav.team": "Tim saya",
  "nav.directory": "Direktori pegawai",
  "nav.addStaff": "Tambah pegawai",
  "nav.importCsv": "Impor CSV",
  "nav.units": "Unit kerja",
  "nav.password": "Ganti kata sandi",
  "nav.signedInAs": "Masuk sebagai {name}",
  "nav.logout": "Keluar",

  "signIn.title": "Masuk",
  "signIn.intro": "Masuk dengan NIP atau email dinas Anda.",
  "signIn.login": "NIP atau email",
  "signIn.password": "Kata sandi",
  "signIn.submit": "Masuk",
  "signIn.submitting": "Sedang masuk…",
  "signIn.help": "Lupa kata sandi? Hubungi admin BKPSDM di unit Anda.",

  "password.title": "Ganti kata sandi",
  "password.forced": "Demi keamanan, Anda wajib mengganti kata sandi sebelum melanjutkan.",
  "password.current": "Kata sandi saat ini",
  "password.new": "Kata sandi baru",
  "password.confirm": "Ulangi kata sandi baru",
  "password.hint": "Minimal 10 karakter.",
  "password.submit": "Simpan kata sandi",
  "password.saved": "Kata sandi berhasil diganti.",

  "home.title": "Beranda",
  "home.greeting": "Selamat datang, {name}",
  "home.summary": "Ringkasan Anda",
  "home.openProfile": "Lihat profil saya",
  "home.openTeam": "Lihat tim saya",
  "home.competencies": "Kamus kompetensi",
  "home.competenciesIntro": "Kompetensi teknis, manajerial, dan sosial kultural (PermenPANRB 38/2017).",
  "home.standardLevel": "Level standar untuk tingkat jabatan Anda: {level}",
  "home.levels": "Level kompetensi",
  "home.showCompetencies": "Lihat daftar kompetensi",

  "field.nip": "NIP",
  "field.name": "Nama lengkap",
  "field.email": "Email",
  "field.unit": "Unit kerja",
  "field.position": "Jabatan",
  "field.positionLevel": "Tingkat jabatan",
  "field.supervisor": "Atasan langsung",
  "field.roles": "Peran",
  "field.active": "Status",
  "field.chooseUnit": "Pilih unit kerja",
  "field.chooseLevel": "Pilih tingkat jabatan",

  "staff.active": "Aktif",
  "staff.inactive": "Nonaktif",
  "staff.none": "Tidak ada",

  "level.pelaksana": "Pelaksana",
  "level.pengawas": "Pengawas",
  "level.administrator": "Administrator",
  "level.jpt_pratama": "JPT Pratama",
  "level.jpt_madya": "JPT Madya",

  "role.staff": "Pegawai",
  "role.supervisor": "Atasan",
  "role.mentor": "Mentor",
  "role.admin": "Admin",
  "role.moderator": "Moderator",

  "kind.sekretariat": "Sekretariat",
  "kind.badan": "Badan",
  "kind.dinas": "Dinas",
  "kind.kecamatan": "Kecamatan",
  "kind.rsud": "RSUD",
  "kind.lainnya": "Lainnya",

  "directory.title": "Direktori pegawai",
  "directory.search": "Cari nama atau NIP",
  "directory.searchHint": "Awal nama atau awal NIP.",
  "directory.allUnits": "Semua unit kerja",
  "directory.submit": "Cari",
  "directory.results": "Daftar pegawai",
  "directory.empty": "Tidak ada pegawai yang cocok.",
  "directory.next": "Berikutnya",
  "directory.previous": "Sebelumnya",
  "directory.page": "Halaman {page}",

  "profile.title": "Profil pegawai",
  "profile.details": "Data pegawai",
  "profile.team": "Bawahan langsung",
  "profile.teamEmpty": "Tidak ada bawahan langsung.",
  "profile.edit": "Ubah data pegawai",
  "profile.supervisorRef": "NIP atau ID atasan",
  "profile.supervisorRefHint": "Opsional. Kosongkan jika tidak ada atasan.",
  "profile.activeCheckbox": "Akun aktif",
  "profile.save": "Simpan perubahan",
  "profile.saved": "Perubahan tersimpan.",
  "profile.reset": "Atur ulang kata sandi",
  "profile.resetIntro": "Pegawai wajib mengganti kata sandi ini saat masuk berikutnya.",
  "profile.resetPassword": "Kata sandi sementara",
  "profile.resetSubmit": "Atur ulang kata sandi",
  "profile.resetDone": "Kata sandi telah diatur ulang.",

  "team.title": "Tim saya",
  "team.intro": "Pegawai yang Anda bina sebagai atasan langsung.",

  "admin.staffTitle": "Tambah dan impor pegawai",
  "admin.addTitle": "Tambah pegawai",
  "admin.supervisorNip": "NIP atasan",
  "admin.supervisorNipHint": "Opsional. NIP 18 digit; kosongkan jika tidak ada atasan.",
  "admin.initialPassword": "Kata sandi awal",
  "admin.initialPasswordHint": "Minimal 10 karakter. Pegawai wajib menggantinya saat masuk pertama.",
  "admin.addSubmit": "Simpan pegawai",
  "admin.added": "Pegawai {name} berhasil ditambahkan.",
  "admin.openProfile": "Buka profil",
  "admin.importTitle": "Impor CSV",
  "admin.importIntro": "Baris pertama harus berupa kepala kolom berikut:",
  "admin.importOptional": "Kolom opsional: {column} (pelaksana, pengawas, administrator, jpt_pratama, jpt_madya).",
  "admin.importKeyNote": "Pegawai dikenali dari NIP: baris dengan NIP yang sudah ada akan memperbarui datanya.",
  "admin.csvFile": "Berkas CSV",
  "admin.csvFileHint": "Isi berkas akan dimuat ke kotak di bawah.",
  "admin.csvText": "Isi CSV",
  "admin.importSubmit": "Impor",
  "admin.importDone": "Impor selesai.",
  "admin.created": "Dibuat",
  "admin.updated": "Diperbarui",
  "admin.unchanged": "Tidak berubah",
  "admin.rowErrors": "Baris yang ditolak",
  "admin.rowErrorsIntro": "Perbaiki baris berikut lalu impor ulang.",
  "admin.row": "Baris",
  "admin.reason": "Alasan",
  "admin.csvEmpty": "Pilih berkas atau tempel isi CSV terlebih dahulu.",

  "units.title": "Unit kerja",
  "units.list": "Daftar unit kerja",
  "units.empty": "Belum ada unit kerja.",
  "units.code": "Kode",
  "units.name": "Nama unit",
  "units.kind": "Jenis",
  "units.chooseKind": "Pilih jenis",
  "units.add": "Tambah unit kerja",
  "units.submit": "Tambah unit",
  "units.added": "Unit {name} ditambahkan.",

  "notFound.title": "Halaman tidak ditemukan",
  "notFound.body": "Alamat yang Anda buka tidak ada.",
  "notFound.home": "Kembali ke beranda",
  "forbidden.title": "Akses ditolak",
  "pageError.title": "Terjadi kesalahan",
  "pageError.retry": "Coba lagi",

  "error.invalid_credentials": "NIP/email atau kata sandi salah.",
  "error.current_password_wrong": "Kata sandi saat ini salah.",
  "error.account_locked": "Akun dikunci sementara karena terlalu banyak percobaan masuk. Coba lagi dalam {minutes} menit.",
  "error.account_locked_soon": "Akun dikunci sementara karena terlalu banyak percobaan masuk. Coba lagi nanti.",
  "error.account_inactive": "Akun Anda tidak aktif. Hubungi admin BKPSDM.",
  "error.unauthenticated": "Sesi Anda telah berakhir. Silakan masuk kembali.",
  "error.password_change_required": "Anda harus mengganti kata sandi terlebih dahulu.",
  "error.invalid_password": "Kata sandi baru tidak memenuhi syarat (minimal 10 karakter).",
  "error.password_too_short": "Kata sandi baru minimal 10 karakter.",
  "error.password_mismatch": "Ulangan kata sandi baru tidak sama.",
  "error.forbidden": "Anda tidak memiliki akses ke data ini.",
  "error.not_found": "Data tidak ditemukan.",
  "error.conflict": "Data yang sama sudah ada.",
  "error.conflict_nip": "NIP sudah digunakan pegawai lain.",
  "error.conflict_email": "Email sudah digunakan pegawai lain.",
  "error.conflict_code": "Kode unit sudah digunakan.",
  "error.validation_failed": "Periksa kembali isian berikut:",
  "error.invalid_rows": "Sebagian baris CSV tidak valid.",
  "error.supervisor_not_found": "Atasan dengan NIP tersebut tidak ditemukan.",
  "error.network_error": "Tidak dapat terhubung ke server. Periksa koneksi Anda.",
  "error.unknown": "Terjadi kesalahan. Silakan coba lagi.",
} as const;

export type MessageKey = keyof typeof id;
type Dictionary = Record<MessageKey, string>;

const en: Dictionary = {
  "app.name": "Kompeten",
  "app.owner": "Mataram City Government",
  "app.tagline": "Civil servant competency development",
  "app.skipLink": "Skip to main content",
  "app.loading": "Loading…",
  "app.footer": "BKPSDM Kota Mataram · Times in WITA",

  "lang.switchTo": "Bahasa Indonesia",
  "lang.switchLabel": "Ganti bahasa ke Bahasa Indonesia",

  "nav.label": "Main menu",
  "nav.menu": "Menu",
  "nav.home": "Home",
  "nav.profile": "My profile",
  "nav.team": "My team",
  "nav.directory": "Staff directory",
  "nav.addStaff": "Add staff",
  "nav.importCsv": "Import CSV",
  "nav.units": "Work units",
  "nav.password": "Change password",
  "nav.signedInAs": "Signed in as {name}",
  "nav.logout": "Sign out",

  "signIn.title": "Sign in",
  "signIn.intro": "Sign in with your NIP or official email.",
  "signIn.login": "NIP or email",
  "signIn.password": "Password",
  "signIn.submit": "Sign in",
  "signIn.submitting": "Signing in…",
  "signIn.help": "Forgot your password? Contact the BKPSDM admin of your unit.",

  "password.title": "Change password",
  "password.forced": "For your security, you must change your password before continuing.",
  "password.current": "Current password",
  "password.new": "New password",
  "password.confirm": "Repeat new password",
  "password.hint": "At least 10 characters.",
  "password.submit": "Save password",
  "password.saved": "Your password has been changed.",

  "home.title": "Home",
  "home.greeting": "Welcome, {name}",
  "home.summary": "Your summary",
  "home.openProfile": "View my profile",
  "home.openTeam": "View my team",
  "home.competencies": "Competency dictionary",
  "home.competenciesIntro": "Technical, managerial and socio-cultural competencies (PermenPANRB 38/2017).",
  "home.standardLevel": "Standard level for your position level: {level}",
  "home.levels": "Competency levels",
  "home.showCompetencies": "Show the competency list",

  "field.nip": "NIP",
  "field.name": "Full name",
  "field.email": "Email",
  "field.unit": "Work unit",
  "field.position": "Position",
  "field.positionLevel": "Position level",
  "field.supervisor": "Direct supervisor",
  "field.roles": "Roles",
  "field.active": "Status",
  "field.chooseUnit": "Choose a work unit",
  "field.chooseLevel": "Choose a position level",

  "staff.active": "Active",
  "staff.inactive": "Inactive",
  "staff.none": "None",

  "level.pelaksana": "Pelaksana",
  "level.pengawas": "Pengawas",
  "level.administrator": "Administrator",
  "level.jpt_pratama": "JPT Pratama",
  "level.jpt_madya": "JPT Madya",

  "role.staff": "Staff",
  "role.supervisor": "Supervisor",
  "role.mentor": "Mentor",
  "role.admin": "Admin",
  "role.moderator": "Moderator",

  "kind.sekretariat": "Secretariat",
  "kind.badan": "Agency",
  "kind.dinas": "Department",
  "kind.kecamatan": "District",
  "kind.rsud": "Regional hospital",
  "kind.lainnya": "Other",

  "directory.title": "Staff directory",
  "directory.search": "Search name or NIP",
  "directory.searchHint": "Start of a name or of a NIP.",
  "directory.allUnits": "All work units",
  "directory.submit": "Search",
  "directory.results": "Staff list",
  "directory.empty": "No staff match.",
  "directory.next": "Next",
  "directory.previous": "Previous",
  "directory.page": "Page {page}",

  "profile.title": "Staff profile",
  "profile.details": "Staff details",
  "profile.team": "Direct reports",
  "profile.teamEmpty": "No direct reports.",
  "profile.edit": "Edit staff details",
  "profile.supervisorRef": "Supervisor NIP or ID",
  "profile.supervisorRefHint": "Optional. Leave empty when there is no supervisor.",
  "profile.activeCheckbox": "Account active",
  "profile.save": "Save changes",
  "profile.saved": "Changes saved.",
  "profile.reset": "Reset password",
  "profile.resetIntro": "The person must change this password at their next sign-in.",
  "profile.resetPassword": "Temporary password",
  "profile.resetSubmit": "Reset password",
  "profile.resetDone": "The password has been reset.",

  "team.title": "My team",
  "team.intro": "The staff you supervise directly.",

  "admin.staffTitle": "Add and import staff",
  "admin.addTitle": "Add staff",
  "admin.supervisorNip": "Supervisor NIP",
  "admin.supervisorNipHint": "Optional. An 18-digit NIP; leave empty when there is no supervisor.",
  "admin.initialPassword": "Initial password",
  "admin.initialPasswordHint": "At least 10 characters. The person must change it at first sign-in.",
  "admin.addSubmit": "Save staff",
  "admin.added": "{name} has been added.",
  "admin.openProfile": "Open profile",
  "admin.importTitle": "Import CSV",
  "admin.importIntro": "The first line must be this header:",
  "admin.importOptional": "Optional column: {column} (pelaksana, pengawas, administrator, jpt_pratama, jpt_madya).",
  "admin.importKeyNote": "Staff are matched by NIP: a line with an existing NIP updates that person.",
  "admin.csvFile": "CSV file",
  "admin.csvFileHint": "The file's content is loaded into the box below.",
  "admin.csvText": "CSV content",
  "admin.importSubmit": "Import",
  "admin.importDone": "Import finished.",
  "admin.created": "Created",
  "admin.updated": "Updated",
  "admin.unchanged": "Unchanged",
  "admin.rowErrors": "Rejected lines",
  "admin.rowErrorsIntro": "Fix these lines and import again.",
  "admin.row": "Line",
  "admin.reason": "Reason",
  "admin.csvEmpty": "Choose a file or paste CSV content first.",

  "units.title": "Work units",
  "units.list": "Work unit list",
  "units.empty": "No work units yet.",
  "units.code": "Code",
  "units.name": "Unit name",
  "units.kind": "Kind",
  "units.chooseKind": "Choose a kind",
  "units.add": "Add a work unit",
  "units.submit": "Add unit",
  "units.added": "Unit {name} added.",

  "notFound.title": "Page not found",
  "notFound.body": "The address you opened does not exist.",
  "notFound.home": "Back to home",
  "forbidden.title": "Access denied",
  "pageError.title": "Something went wrong",
  "pageError.retry": "Try again",

  "error.invalid_credentials": "Wrong NIP/email or password.",
  "error.current_password_wrong": "The current password is wrong.",
  "error.account_locked": "The account is locked for a while after too many sign-in attempts. Try again in {minutes} minutes.",
  "error.account_locked_soon": "The account is locked for a while after too many sign-in attempts. Try again later.",
  "error.account_inactive": "Your account is inactive. Contact the BKPSDM admin.",
  "error.unauthenticated": "Your session has ended. Please sign in again.",
  "error.password_change_required": "You must change your password first.",
  "error.invalid_password": "The new password does not meet the rules (at least 10 characters).",
  "error.password_too_short": "The new password needs at least 10 characters.",
  "error.password_mismatch": "The repeated new password does not match.",
  "error.forbidden": "You do not have access to this data.",
  "error.not_found": "Not found.",
  "error.conflict": "The same data already exists.",
  "error.conflict_nip": "This NIP is already used by someone else.",
  "error.conflict_email": "This email is already used by someone else.",
  "error.conflict_code": "This unit code is already used.",
  "error.validation_failed": "Please check these fields:",
  "error.invalid_rows": "Some CSV lines are invalid.",
  "error.supervisor_not_found": "No supervisor with that NIP was found.",
  "error.network_error": "Cannot reach the server. Check your connection.",
  "error.unknown": "Something went wrong. Please try again.",
};

export type Lang = "id" | "en";
const dictionaries: Record<Lang, Dictionary> = { id, en };
const STORAGE_KEY = "kompeten.lang";

function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === "en" ? "en" : "id";
  } catch {
    return "id";
  }
}

const [lang, setLangSignal] = createSignal<Lang>(storedLang());

function applyDocumentLang(value: Lang) {
  if (typeof document !== "undefined") document.documentElement.lang = value;
}
applyDocumentLang(lang());

export { lang };

export function setLang(value: Lang) {
  setLangSignal(value);
  applyDocumentLang(value);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, value);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit.
  }
}

export function toggleLang() {
  setLang(lang() === "id" ? "en" : "id");
}

export type MessageParams = Record<string, string | number>;

/** The text for `key` in the current language, with `{name}` placeholders filled in. Reactive. */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = dictionaries[lang()][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function hasMessage(key: string): key is MessageKey {
  return key in id;
}
