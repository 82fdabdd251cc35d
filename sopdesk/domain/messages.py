"""The core's messages in both interface languages: one catalogue of templates keyed by a code.

The core (domain, store) speaks Bahasa Indonesia; a message that the GUI shows is built from
a code and its arguments, so the English interface can show the same message in English
(`render(code, args, "en")`). Templates use ``str.format`` fields (``{0}``, ``{1}``…).
Arguments that are fixed Indonesian phrases of the core (e.g. why a Waktu is unreadable) are
passed as `Phrase` and looked up in ``PHRASES``; other text (the user's) is shown as it is. A tuple
argument is a list, joined with ", ".

An error raised with a `Message` (``raise ExecutionError(message("exec-future", when))``) reads
in Bahasa Indonesia as before (``str(error)``); `translated(error, "en")` gives it in English,
also when a store error passes it on as its cause. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

Language = str  # "id" (Bahasa Indonesia, the default) or "en"

TEMPLATES: dict[str, tuple[str, str]] = {
    # the format checker (sopdesk.domain.checker): code -> (Bahasa Indonesia, English)
    "too-short": ("SOP perlu paling sedikit dua langkah (Mulai dan Selesai)",
                  "An SOP needs at least two steps (start and end)"),
    "start-terminator": ("Langkah pertama harus terminator (Mulai)", "The first step must be a terminator (start)"),
    "end-terminator": ("Langkah terakhir harus terminator (Selesai)", "The last step must be a terminator (end)"),
    "no-lane": ("Langkah {0} tidak punya Pelaksana", "Step {0} has no Pelaksana"),
    "empty-activity": ("Kegiatan langkah {0} kosong", "The Kegiatan of step {0} is empty"),
    "empty-output": ("Output langkah {0} kosong", "The Output of step {0} is empty"),
    "too-long": ("{0} terlalu panjang untuk lembar SOP ({1} karakter, sebaiknya paling banyak {2}); tetap "
                 "tercetak utuh, tetapi bersambung ke halaman berikutnya",
                 "{0} is too long for the SOP sheet ({1} characters, at most {2} advised); it still prints "
                 "whole, continued on the next page"),
    "too-long-step": ("{0} langkah {1} terlalu panjang untuk lembar SOP ({2} karakter, sebaiknya paling banyak "
                      "{3}); tetap tercetak utuh, tetapi bersambung ke halaman berikutnya",
                      "The {0} of step {1} is too long for the SOP sheet ({2} characters, at most {3} advised); "
                      "it still prints whole, continued on the next page"),
    "waktu": ("Waktu langkah {0} tidak terbaca: {1}", "The Waktu of step {0} cannot be read: {1}"),
    "decision-exits": ("Keputusan langkah {0} harus punya dua jalan keluar berlabel",
                       "The decision at step {0} needs two labelled exits"),
    "decision-target": ("Jalan keluar «{1}» langkah {0} tidak punya tujuan",
                        "Exit «{1}» of step {0} has no target"),
    "decision-self": ("Jalan keluar «{1}» langkah {0} kembali ke keputusan itu sendiri",
                      "Exit «{1}» of step {0} leads back to the decision itself"),
    "decision-same": ("Kedua jalan keluar keputusan langkah {0} menuju langkah yang sama",
                      "Both exits of the decision at step {0} lead to the same step"),
    # the checker's rules for arrows (sopdesk.domain.flow_check); {0} the step number as signed
    "flow-target": ("Panah «{1}» dari langkah {0} tidak punya tujuan", "Arrow «{1}» from step {0} has no target"),
    "flow-no-start": ("Tidak ada terminator Mulai (terminator yang tidak dituju panah mana pun)",
                      "There is no start terminator (a terminator no arrow leads into)"),
    "flow-unreachable": ("Langkah {0} tidak tercapai dari terminator Mulai",
                         "Step {0} cannot be reached from a start terminator"),
    "flow-dead-end": ("Alur berhenti di langkah {0}: tidak ada panah keluar dan bukan terminator Selesai",
                      "The flow stops at step {0}: no arrow leaves it and it is not an end terminator"),
    "flow-no-end": ("Dari langkah {0} tidak ada jalan ke terminator Selesai",
                    "From step {0} no path leads to an end terminator"),
    "decision-exits-n": ("Keputusan langkah {0} harus punya paling sedikit dua jalan keluar berlabel",
                         "The decision at step {0} needs at least two labelled exits"),
    "flow-part": ("Panah dari langkah {0} keluar dari bagan alirnya", "An arrow from step {0} leaves its flowchart"),
    "parts-count": ("Jumlah baris bagan alir ({0}) tidak sama dengan jumlah langkah ({1})",
                    "The flowcharts' rows ({0}) do not add up to the steps ({1})"),
    "number-twice": ("No {0} tercetak pada lebih dari satu baris (baris ke-{1}); beri tiap baris nomornya sendiri",
                     "No {0} is printed on more than one row (rows {1}); give each row a number of its own"),
    "unused-lane": ("Pelaksana «{0}» tidak dipakai langkah mana pun", "Pelaksana «{0}» is used by no step"),
    "lane-name": ("Pelaksana kolom {0} tidak bernama", "The Pelaksana of column {0} has no name"),
    "lane-twice": ("Pelaksana «{0}» ada dua kali", "Pelaksana «{0}» appears twice"),
    "identity-empty": ("{0} kosong", "{0} is empty"),
    "dates-order": ("Tanggal Efektif sebelum Tanggal Pembuatan", "Tanggal Efektif is before Tanggal Pembuatan"),
    "review-overdue": ("Tanggal tinjau ulang ({0}) sudah lewat", "The review date ({0}) has passed"),
    "related-missing": ("Keterkaitan «{0}» tidak ada di katalog", "Keterkaitan «{0}» is not in the catalogue"),
    # exchange files: the schema (sopdesk.io.exchange_schema); {0} file, {1} field
    "sf-required": ("{0}: {1}: wajib ada (tidak ditemukan)", "{0}: {1}: required (not found)"),
    "sf-unknown": ("{0}: {1}: kolom tidak dikenal", "{0}: {1}: unknown field"),
    "sf-type": ("{0}: {1}: harus {2}", "{0}: {1}: must be {2}"),
    "sf-choice": ("{0}: {1}: nilai {2} tidak dikenal; pilihan: {3}", "{0}: {1}: unknown value {2}; choices: {3}"),
    "sf-minimum": ("{0}: {1}: harus >= {2}", "{0}: {1}: must be >= {2}"),
    "sf-min-items": ("{0}: {1}: minimal {2} isi", "{0}: {1}: at least {2} entries"),
    "sf-max-items": ("{0}: {1}: paling banyak {2} isi", "{0}: {1}: at most {2} entries"),
    "sf-min-length": ("{0}: {1}: minimal {2} karakter", "{0}: {1}: at least {2} characters"),
    "sf-max-length": ("{0}: {1}: paling banyak {2} karakter", "{0}: {1}: at most {2} characters"),
    "sf-pattern": ("{0}: {1}: bentuknya tidak sesuai (pola {2})", "{0}: {1}: wrong form (pattern {2})"),
    "sf-other": ("{0}: {1}: {2}", "{0}: {1}: {2}"),
    # exchange files, version 2: what the schema cannot say (sopdesk.io.exchange_v2)
    "v2-only": ("{0}: {1}: hanya ada di format_version 2", "{0}: {1}: only in format_version 2"),
    "v2-lane": ("{0}: {1}: Pelaksana {2!r} tidak ada di 'lanes'", "{0}: {1}: Pelaksana {2!r} is not in 'lanes'"),
    "v2-derived": ("{0}: {1}: harus {2} (dari 'symbols')", "{0}: {1}: must be {2} (from 'symbols')"),
    "v2-row": ("{0}: {1}: harus nomor baris 1..{2}", "{0}: {1}: must be a row number 1..{2}"),
    "v2-symbol": ("{0}: {1}: baris itu hanya punya {2} simbol", "{0}: {1}: that row has only {2} symbols"),
    "v2-exits-and-arrows": ("{0}: {1}: SOP dengan 'arrows' tidak memakai 'exits'; jadikan panah berlabel",
                            "{0}: {1}: an SOP with 'arrows' does not use 'exits'; make them labelled arrows"),
    "v2-time-rows": ("{0}: {1}: Waktu melewati baris terakhir", "{0}: {1}: the Waktu runs past the last row"),
    "v2-time-covered": ("{0}: {1}: baris ini di bawah Waktu baris {2}; kosongkan Waktunya",
                        "{0}: {1}: this row is under the Waktu of row {2}; leave its Waktu empty"),
    "v2-parts-count": ("{0}: {1}: jumlah baris bagian ({2}) harus sama dengan jumlah langkah ({3})",
                       "{0}: {1}: the parts' rows ({2}) must add up to the steps ({3})"),
    "v2-part-lane": ("{0}: {1}: Pelaksana {2!r} tidak ada di bagian bagan alirnya",
                     "{0}: {1}: Pelaksana {2!r} is not in its flowchart part"),
    "v2-image": ("{0}: {1}: harus gambar PNG atau JPEG (base64)", "{0}: {1}: must be a PNG or JPEG image (base64)"),
    # format version 2 (sopdesk.domain.format_v2)
    "v2-unsupported": ("{0} belum dapat menangani fitur format versi 2 yang dipakai SOP ini: {1}.",
                       "{0} cannot handle yet the format version 2 features this SOP uses: {1}."),
    # editing a step's No (sopdesk.domain.editing.set_step_number); {0} the step's No now
    "step-number-long": ("No langkah {0} paling banyak {1} karakter; «{2}» terlalu panjang",
                         "The No of step {0} has at most {1} characters; «{2}» is too long"),
    "step-number-lines": ("No langkah {0} harus satu baris", "The No of step {0} must be one line"),
    # the rules of an execution (sopdesk.domain.execution, sopdesk.store.executions)
    "exec-not-approved": ("Hanya SOP yang sudah disahkan yang dapat dilaksanakan (draf hanya sebagai uji coba).",
                          "Only an approved SOP can be executed (a draft only as a trial run)."),
    "exec-future": ("Waktu {0} ada di masa depan; isi waktu yang sudah lewat.",
                    "The time {0} is in the future; enter a time that has passed."),
    "exec-start-future": ("Waktu mulai ada di masa depan.", "The start time is in the future."),
    "exec-no-title": ("Isi judul pelaksanaan.", "Enter a title for the execution."),
    "exec-waktu-unreadable": ("Waktu tidak terbaca pada langkah {0} ({1!r}: {2}). Perbaiki SOP-nya dulu.",
                              "The Waktu of step {0} cannot be read ({1!r}: {2}). Fix the SOP first."),
    "exec-closed": ("Pelaksanaan ini sudah selesai atau dibatalkan.", "This execution is finished or cancelled."),
    "exec-step-open": ("Langkah {0} belum selesai.", "Step {0} is not finished yet."),
    "exec-out-of-order": ("Langkah {0} tidak urut: yang berikutnya adalah langkah {1}.",
                          "Step {0} is out of order: the next one is step {1}."),
    "exec-before-previous": ("Mulai {0} sebelum langkah sebelumnya selesai ({1}).",
                             "The start {0} is before the previous step finished ({1})."),
    "exec-none-running": ("Tidak ada langkah yang sedang berjalan.", "No step is running."),
    "exec-finish-before-start": ("Selesai {0} sebelum mulai ({1}).", "The finish {0} is before the start ({1})."),
    "exec-choose-exit": ("Pilih keputusan langkah {0}: {1}.", "Choose the decision of step {0}: {1}."),
    "exec-cancel-reason": ("Isi alasan pembatalan.", "Enter the reason for cancelling."),
    "exec-no-record": ("Catatan yang dikoreksi tidak ada.", "The record to correct does not exist."),
    "exec-correct-open": ("Langkah ini belum selesai; catat selesainya, bukan koreksi.",
                          "This step is not finished; log its finish instead of a correction."),
    "exec-correct-order": ("Koreksi ini membuat langkah {0} mulai sebelum langkah sebelumnya selesai.",
                           "This correction makes step {0} start before the previous step finished."),
    "exec-correct-reversed": ("Koreksi ini membuat langkah {0} selesai sebelum mulai.",
                              "This correction makes step {0} finish before it starts."),
    "exec-not-ready": ("Langkah {0} belum dapat dimulai; yang dapat dimulai: {1}.",
                       "Step {0} cannot start yet; the steps that can start: {1}."),
    "exec-choose-step": ("Beberapa langkah sedang berjalan ({0}); pilih langkah yang selesai.",
                         "Several steps are running ({0}); choose the step that finished."),
    "exec-join-running": ("Pada {0} langkah yang mengarah ke langkah {1} masih berjalan.",
                          "At {0} a step leading into step {1} was still running."),
    "exec-not-running": ("Langkah {0} tidak sedang berjalan.", "Step {0} is not running."),
    "exec-correct-flow": ("Koreksi ini membuat langkah {0} mulai sebelum langkah yang mengarah kepadanya selesai.",
                          "This correction makes step {0} start before the steps leading into it finished."),
    # sopdesk check (sopdesk.store.check, audit, coverage): what is wrong in a database
    "check-structure": ("struktur berkas: {0}", "file structure: {0}"),
    "check-hash": ("SOP {0} revisi {1}: isi tidak cocok dengan hash yang tersimpan ({2}… ≠ {3}…)",
                   "SOP {0} revision {1}: the content does not match the stored hash ({2}… ≠ {3}…)"),
    "check-chain-broken": ("log audit #{0}: rantai putus (entri sebelumnya hilang atau diubah)",
                           "audit log #{0}: the chain is broken (the entry before it is missing or changed)"),
    "check-entry-changed": ("log audit #{0}: isi entri diubah", "audit log #{0}: the entry was changed"),
    "check-revision-gone": ("log audit #{0}: SOP {1} revisi {2} hilang dari basis data",
                            "audit log #{0}: SOP {1} revision {2} is missing from the database"),
    "check-execution-gone": ("pelaksanaan #{0} tercatat di log audit tetapi hilang dari basis data",
                             "execution #{0} is in the audit log but missing from the database"),
    "check-execution-unlogged": ("pelaksanaan #{0} tidak tercatat di log audit (entri log audit hilang)",
                                 "execution #{0} is not in the audit log (its audit entry is missing)"),
    "check-records": ("pelaksanaan #{0}: {1} catatan langkah di log audit, {2} di basis data",
                      "execution #{0}: {1} step record(s) in the audit log, {2} in the database"),
    "check-corrections": ("koreksi waktu: {0} di log audit, {1} di basis data",
                          "time corrections: {0} in the audit log, {1} in the database"),
    # opening a database (sopdesk.store.sqlite_file, migrate, transaction, location): each refusal says
    # what is wrong and that the file was not changed
    "db-busy": ("Basis data sedang dipakai program lain; coba lagi sebentar.",
                "The database is in use by another program; try again in a moment."),
    "db-first-start-busy": ("Basis data sedang disiapkan oleh komputer lain; coba lagi sebentar.",
                            "Another computer is setting up the database; try again in a moment."),
    "db-folder": ("{0} adalah sebuah folder, bukan berkas basis data.", "{0} is a folder, not a database file."),
    "db-not-sqlite": ("Berkas {0} bukan basis data SQLite yang utuh (rusak, atau berkas lain). Jika ini basis data "
                      "sopdesk, pulihkan dari cadangan; jika bukan, pilih berkas yang benar. Berkas tidak diubah.",
                      "The file {0} is not a sound SQLite database (damaged, or another kind of file). If it is a "
                      "sopdesk database, restore it from a backup; if not, choose the right file. The file was not "
                      "changed."),
    "db-no-permission": ("Tidak ada izin membaca {0}. Periksa hak akses berkas.",
                         "No permission to read {0}. Check the file's access rights."),
    "db-unreadable": ("Berkas {0} tidak dapat dibaca: {1}.", "The file {0} cannot be read: {1}."),
    "db-foreign": ("Berkas {0} adalah basis data program lain, bukan basis data sopdesk; berkas tidak diubah. "
                   "Pilih berkas sopdesk, atau nama berkas baru untuk basis data baru.",
                   "The file {0} is another program's database, not a sopdesk database; the file was not changed. "
                   "Choose a sopdesk file, or a new file name for a new database."),
    "db-damaged": ("Basis data {0} rusak ({1}). Pulihkan dari cadangan; berkas tidak diubah.",
                   "The database {0} is damaged ({1}). Restore it from a backup; the file was not changed."),
    "db-read-only": ("Berkas {0} hanya-baca (hak akses, atau disk/folder yang hanya-baca); sopdesk perlu menulis ke "
                     "berkas ini. Isinya tidak diubah: salin ke folder yang dapat ditulisi, atau minta hak tulis.",
                     "The file {0} is read-only (access rights, or a read-only disk or folder); sopdesk needs to "
                     "write to it. Its content was not changed: copy it to a folder you can write to, or ask for "
                     "write access."),
    "db-folder-read-only": ("Folder {0} hanya-baca; SQLite perlu membuat berkas pendamping (-wal, -shm) di sana. "
                            "Pindahkan basis data ke folder yang dapat ditulisi.",
                            "The folder {0} is read-only; SQLite needs to create its companion files (-wal, -shm) "
                            "there. Move the database to a folder you can write to."),
    "db-newer": ("Basis data ini dibuat oleh sopdesk yang lebih baru (skema {0}). Perbarui sopdesk; berkas tidak "
                 "diubah.", "This database was made by a newer sopdesk (schema {0}). Update sopdesk; the file was "
                 "not changed."),
    "db-cannot-open": ("Basis data tidak dapat dibuka: {0}", "The database cannot be opened: {0}"),
    "db-not-sopdesk": ("Berkas ini bukan basis data sopdesk yang utuh: {0}",
                       "This file is not a sound sopdesk database: {0}"),
    "db-disk-full": ("Disk penuh: perubahan tidak disimpan.", "The disk is full: the change was not saved."),
    "db-error": ("Kesalahan basis data: {0}", "Database error: {0}"),
    "db-save-failed": ("Gagal menyimpan: {0}", "Could not save: {0}"),
    "db-network-fs": ("Basis data berada di sistem berkas jaringan ({0}); penguncian SQLite di sana tidak andal dan "
                      "data bisa rusak. {1}", "The database is on a network file system ({0}); SQLite's locking is "
                      "not reliable there and the data can be damaged. {1}"),
    "db-network-folder": ("Basis data berada di folder jaringan ({0}); penguncian SQLite di sana tidak andal. {1}",
                          "The database is in a network folder ({0}); SQLite's locking is not reliable there. {1}"),
    "db-network-drive": ("Drive {0} adalah drive jaringan; penguncian SQLite di sana tidak andal. {1}",
                         "Drive {0} is a network drive; SQLite's locking is not reliable there. {1}"),
    "db-network-advice": ("Simpan basis data di folder lokal komputer ini, atau gunakan server PostgreSQL untuk "
                          "beberapa komputer (--db postgresql://…).", "Keep the database in a local folder of this "
                          "computer, or use a PostgreSQL server for several computers (--db postgresql://…)."),
    # backups (sopdesk.store.backup)
    "backup-check-failed": ("Cadangan gagal diperiksa ({0}); tidak disimpan.",
                            "The backup failed its check ({0}); it was not kept."),
    "backup-failed": ("Cadangan tidak dapat dibuat: {0}", "The backup could not be made: {0}"),
    "backup-damaged": ("Cadangan {0} rusak ({1}); basis data tidak diubah.",
                       "The backup {0} is damaged ({1}); the database was not changed."),
    "restore-failed": ("Pemulihan gagal: {0}", "The restore failed: {0}"),
    # the revision lifecycle (sopdesk.domain.lifecycle)
    "status-not-allowed": ("Status tidak dapat diubah dari {0} ke {1}.", "The status cannot change from {0} to {1}."),
    "approve-missing": ("Belum dapat disahkan; isi dulu: {0}.", "Cannot be approved yet; fill in first: {0}."),
    # office settings (sopdesk.domain.office, sopdesk.domain.calendar)
    "hours-unreadable": ("Jam kerja {0}: {1!r} tidak terbaca (tulis mis. 07:30-12:00).",
                         "Working hours of {0}: {1!r} cannot be read (write e.g. 07:30-12:00)."),
    "hours-impossible": ("Jam kerja {0}: {1!r} bukan jam yang ada.",
                         "Working hours of {0}: {1!r} is not a time of day."),
    "date-in-list": ("{0}: {1!r} bukan tanggal (tulis 31-12-2025).", "{0}: {1!r} is not a date (write 31-12-2025)."),
    "week-hours-count": ("Jam kerja harus diisi untuk 7 hari (Senin sampai Minggu), bukan {0}",
                         "Working hours are needed for 7 days (Monday to Sunday), not {0}"),
    "week-hours-zero": ("Jam kerja sepekan nol: isi jam kerja untuk paling sedikit satu hari",
                        "No working hours in the week: fill in the hours of one day at least"),
    "day-hours-zone": ("Jam kerja hari {0}: tulis jam setempat kantor tanpa zona waktu",
                       "Working hours of {0}: write the office's local time without a time zone"),
    "day-hours-order": ("Jam kerja hari {0}: jam selesai {1} harus sesudah jam mulai {2}",
                        "Working hours of {0}: the end {1} must be after the start {2}"),
    "day-hours-overlap": ("Jam kerja hari {0}: {1} dan {2} bertumpang tindih",
                          "Working hours of {0}: {1} and {2} overlap"),
    # dates typed by the user (sopdesk.domain.dates)
    "date-not-in-calendar": ("Tanggal '{0}' tidak ada di kalender", "The date '{0}' is not in the calendar"),
    "date-unreadable": ("Tanggal '{0}' tidak dapat dibaca: tulis mis. 04-01-2021 atau 4 Januari 2021",
                        "The date '{0}' cannot be read: write e.g. 04-01-2021 or 4 Januari 2021"),
    # monitoring and evaluation (sopdesk.domain.monitoring, sopdesk.store.monitoring)
    "period-order": ("Periode tidak sah: {0} sesudah {1}.", "The period is not valid: {0} is after {1}."),
    "monitor-not-approved": ("SOP {0} tidak punya revisi yang disahkan; tidak dapat dinilai.",
                             "SOP {0} has no approved revision; it cannot be assessed."),
    "monitor-assessor": ("Isi paraf/nama penilai untuk \u201c{0}\u201d sebelum memberi penilaian.",
                         "Enter the assessor's paraf (initials) or name for \u201c{0}\u201d before giving an "
                         "assessment."),
    # sheet codes (sopdesk.domain.sheetcode, sopdesk.store.verify)
    "code-malformed": ("Kode tidak sah: {0}", "Not a valid code: {0}"),
    "code-shape": ("Kode harus berbentuk <id SOP>/<revisi>/<kode isi>, misalnya "
                   "balangan-pengukuran-kinerja/1/4Q4W2Z3H9T.",
                   "A code has the form <SOP id>/<revision>/<content code>, e.g. "
                   "balangan-pengukuran-kinerja/1/4Q4W2Z3H9T."),
    "code-key": ("Id SOP {0!r} tidak sah: hanya huruf, angka dan tanda hubung.",
                 "SOP id {0!r} is not valid: only letters, digits and hyphens."),
    "code-revision": ("Nomor revisi {0!r} tidak sah: harus bilangan bulat positif (angka 0-9).",
                      "Revision number {0!r} is not valid: it must be a positive whole number (digits 0-9)."),
    "code-digest": ("Kode isi {0!r} tidak sah: {1} sampai {2} huruf/angka base32 (tanpa U).",
                    "Content code {0!r} is not valid: {1} to {2} base32 letters/digits (no U)."),
    # ISO weeks (sopdesk.domain.isoweek)
    "week-year-range": ("Tahun {0} di luar jangkauan.", "The year {0} is out of range."),
    "week-not-in-year": ("Tahun {0} hanya punya minggu 1 sampai {1}, bukan minggu {2}.",
                         "The year {0} has only weeks 1 to {1}, not week {2}."),
    "diff-added": ("{0} · {1}: ditambahkan «{2}»", "{0} · {1}: added «{2}»"),
    "diff-removed": ("{0} · {1}: dihapus «{2}»", "{0} · {1}: removed «{2}»"),
    "diff-changed": ("{0} · {1}: «{2}» → «{3}»", "{0} · {1}: «{2}» → «{3}»"),
    "diff-step": ("langkah {0}", "step {0}"),
    "diff-step-field": ("langkah {0}: {1}", "step {0}: {1}"),
    "week-unreadable": ("Minggu {0!r} tidak terbaca: tulis tahun dan nomor minggu ISO, mis. 2026-W46.",
                        "Week {0!r} cannot be read: write the year and the ISO week number, e.g. 2026-W46."),
}

PHRASES: dict[str, str] = {
    # fixed Indonesian phrases used as arguments -> English
    "unit kerja (kop)": "the unit (kop)",
    "Disahkan oleh (nama)": "Disahkan oleh (name)",
    "Jumlah waktu harus lebih dari nol": "The amount of time must be more than zero",
    "Rentang waktu tidak dapat dibaca: tulis satu nilai, mis. '3 hari'":
        "A range of time cannot be read: write one value, e.g. '3 hari'",
    "Tidak ada angka: tulis mis. '15 menit', '2 jam', '3 hari', atau 'Disesuaikan'":
        "No number: write e.g. '15 menit', '2 jam', '3 hari', or 'Disesuaikan'",
    "Lebih dari 5 tahun: periksa angkanya (tulis mis. '3 hari' atau '2 bulan')":
        "More than 5 years: check the number (write e.g. '3 hari' or '2 bulan')",
    "Angka dan tulisan dalam kurung berbeda: tulis mis. '7 (tujuh) hari'":
        "The number and the words in brackets differ: write e.g. '7 (tujuh) hari'",
    "Satuan tidak dikenal: gunakan menit, jam, hari, minggu, atau bulan":
        "Unknown unit: use menit, jam, hari, minggu or bulan",
    # revision statuses (sopdesk.domain.lifecycle.LABELS)
    "draf": "draft", "terverifikasi": "verified", "disahkan": "approved", "digantikan": "superseded",
    # weekdays (sopdesk.domain.calendar.WEEKDAYS) and the office settings' date lists
    "Senin": "Monday", "Selasa": "Tuesday", "Rabu": "Wednesday", "Kamis": "Thursday", "Jumat": "Friday",
    "Sabtu": "Saturday", "Minggu": "Sunday", "Libur kantor": "Office days off",
    "Hari libur yang masuk": "Holidays worked",
    # what changed between revisions (sopdesk.domain.diff)
    "Identitas": "Identity", "Unit kerja": "Unit", "Disahkan oleh: jabatan": "Disahkan oleh: position",
    "Disahkan oleh: nama": "Disahkan oleh: name", "Disahkan oleh: pangkat": "Disahkan oleh: rank",
    "simbol": "symbol", "keputusan": "decision", "nama": "name", "urutan": "order", "proses": "process",
    # JSON types (sopdesk.io.exchange_schema)
    "teks": "text", "bilangan bulat": "integer", "daftar": "list", "objek": "object", "bilangan": "number",
    # format version 2: the consumers and the features (sopdesk.domain.format_v2)
    "Tata letak lembar SOP": "The SOP sheet layout", "Penyunting SOP": "The SOP editor",
    "Pelaksanaan SOP": "SOP execution", "nomor langkah sesuai naskah": "step numbers as signed",
    "beberapa simbol atau teks dalam simbol": "several symbols in a row or text in a symbol",
    "panah antarsimbol": "arrows between symbols", "Waktu untuk beberapa baris": "a Waktu over several rows",
    "beberapa bagan alir": "several flowcharts",
    "pilihan kolom, label, gaya daftar atau kertas": "column, label, list style or paper choices",
    "kop dengan ketebalan huruf": "letterhead lines with weights", "logo": "logo",
    "tanda tangan elektronik": "electronic signature", "penghubung": "off-page connector",
    "tanggal tinjau ulang": "review date",
    # why a Waktu has no standard (sopdesk.domain.waktu)
    "Kosong: tidak ada standar waktu": "Empty: no standard time",
    "Tanda '-': tidak ada standar waktu": "A '-': no standard time",
    "Disesuaikan: tidak ada standar waktu tetap": "Disesuaikan (as needed): no fixed standard time",
    "Setiap saat: tidak ada standar waktu tetap": "Setiap saat (at any time): no fixed standard time",
    "Pada hari dan jam kerja: tidak ada standar waktu tetap": "During working hours: no fixed standard time",
    "Sesuai kebutuhan: tidak ada standar waktu tetap": "As needed: no fixed standard time",
    # sopdesk check (sopdesk.store.check)
    "Basis data utuh: struktur, hash isi setiap revisi, rantai log audit dan baris yang dicatatnya cocok.":
        "The database is sound: its structure, the content hash of every revision, the audit log's chain and "
        "the rows it recorded match.",
}


class Phrase(str):
    """An argument that is a fixed phrase of the core (looked up in ``PHRASES``), not user text."""


def phrase(text: str, language: Language = "id") -> str:
    """``text`` (a fixed Indonesian phrase of the core) in ``language``; unknown text unchanged."""
    return PHRASES.get(text, text) if language == "en" else text


def _argument(value: object, language: Language) -> object:
    if isinstance(value, Message):
        return value.text(language)
    if isinstance(value, Phrase):
        return phrase(value, language)
    if isinstance(value, tuple):
        return ", ".join(str(_argument(v, language)) for v in value)
    return value


def render(code: str, args: Sequence[object] = (), language: Language = "id") -> str:
    """The message ``code`` with ``args`` in ``language`` ("id" or "en"). Raises ``KeyError``
    for an unknown code."""
    indonesian, english = TEMPLATES[code]
    template = english if language == "en" else indonesian
    return template.format(*(_argument(a, language) for a in args))


class Message(str):
    """A message of the core: the text in Bahasa Indonesia (this string), with the ``code`` and
    ``arguments`` that give it in another language (`text`)."""

    code: str
    arguments: tuple[object, ...]

    def __new__(cls, code: str, *arguments: object) -> Message:
        made = super().__new__(cls, render(code, arguments, "id"))
        made.code, made.arguments = code, arguments
        return made

    def text(self, language: Language = "id") -> str:
        """The message in ``language``."""
        return render(self.code, self.arguments, language)


def message(code: str, *arguments: object) -> Message:
    """The `Message` ``code`` with ``arguments`` (raise errors with it)."""
    return Message(code, *arguments)


def translated(error: BaseException, language: Language = "id") -> str:
    """What ``error`` says, in ``language`` when it (or the error it was raised from) carries a
    `Message`; otherwise ``str(error)``."""
    seen: BaseException | None = error
    while seen is not None:
        listed = getattr(seen, "errors", None)  # a file error lists one message per problem
        if isinstance(listed, list) and any(isinstance(e, Message) for e in listed):
            return "\n".join(e.text(language) if isinstance(e, Message) else str(e) for e in listed)
        if seen.args and isinstance(seen.args[0], Message):
            return seen.args[0].text(language)
        seen = seen.__cause__
    return str(error)
