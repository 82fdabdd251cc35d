"""Fill Indonesian translations into sopdesk/resources/translations/sopdesk_id.ts from a table.

    python tools/fill_ts.py   # then: python tools/translations.py

Only messages without a finished translation are filled; the table is keyed by
(context, source) or by source alone.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "sopdesk" / "resources" / "translations" / "sopdesk_id.ts"

BY_SOURCE = {
    "&New SOP…": "SOP &baru…", "&Edit…": "&Sunting…", "Edit": "Sunting",
    "This revision is verified and waits for approval; send it back to draft to edit it.":
        "Revisi ini sudah diverifikasi dan menunggu pengesahan; kembalikan ke draf untuk menyuntingnya.",
    "New SOP": "SOP baru", "&Blank": "&Kosong", "&Copy of": "&Salinan dari", "Start": "Isi awal",
    "Pelaksana (lanes)": "Pelaksana (kolom)", "Steps": "Langkah", "Identity": "Identitas",
    "Format checker": "Pemeriksa format", "<opened>": "<dibuka>", "Undo history": "Riwayat urungkan",
    "%s landscape": "%s mendatar", "&File": "&Berkas", "&Save": "&Simpan", "&Close": "&Tutup",
    "&Edit": "&Sunting", "&Undo": "&Urungkan", "&Redo": "U&langi", "S&tep": "&Langkah",
    "&New step below": "Langkah &baru di bawah", "&Insert step above": "&Sisipkan langkah di atas",
    "&Duplicate step": "&Gandakan langkah", "De&lete step": "&Hapus langkah",
    "Move step &up": "Pindahkan langkah ke &atas", "Move step do&wn": "Pindahkan langkah ke &bawah",
    "Process ↔ &decision": "Proses ↔ &keputusan", "&View": "&Tampilan", "Zoom &in": "Per&besar",
    "Zoom &out": "Per&kecil", "&Fit width": "Sesuaikan &lebar", "Editor": "Penyunting",
    "step %s": "langkah %s", "identity": "identitas", "Format checker (%d)": "Pemeriksa format (%d)",
    "Edit: %s — revision %d [*]": "Sunting: %s — revisi %d [*]", "(no name)": "(tanpa nama)",
    "%d flowchart page(s)": "%d halaman diagram alir",
    "Total Waktu: %s · %d flowchart page(s)": "Jumlah waktu: %s · %d halaman diagram alir",
    "New step %d": "Langkah baru %d",
    "Duplicate step %s": "Gandakan langkah %s", "Delete step %s": "Hapus langkah %s",
    "Move step %s": "Pindahkan langkah %s", "Symbol of step %s": "Simbol langkah %s",
    "Exit target of step %s": "Tujuan jalan keluar langkah %s", "Saving…": "Menyimpan…",
    "Saved.": "Tersimpan.",
    "The revision was not saved; your edits are kept.\n\n%s":
        "Revisi tidak tersimpan; suntingan Anda tetap ada.\n\n%s",
    "Not saved.": "Tidak tersimpan.", "Save": "Simpan",
    "“%s” has changes that are not saved. Save them?": "“%s” punya perubahan yang belum disimpan. Simpan?",
    "Unsaved changes": "Perubahan belum disimpan", "Unit header lines (kop)": "Baris kop unit kerja",
    "Dasar Hukum": "Dasar Hukum", "Kualifikasi Pelaksana": "Kualifikasi Pelaksana", "Keterkaitan": "Keterkaitan",
    "Peralatan/Perlengkapan": "Peralatan/Perlengkapan", "Peringatan": "Peringatan",
    "Pencatatan dan Pendataan": "Pencatatan dan Pendataan", "Tujuan": "Tujuan", "Definisi": "Definisi",
    "SOP": "SOP", "Nama SOP": "Nama SOP", "Nomor SOP": "Nomor SOP", "Tanggal Pembuatan": "Tanggal Pembuatan",
    "Tanggal Revisi": "Tanggal Revisi", "Tanggal Efektif": "Tanggal Efektif", "dd-mm-yyyy": "hh-bb-tttt",
    "Penjelasan Singkat": "Penjelasan Singkat", "Disahkan oleh": "Disahkan oleh", "Jabatan": "Jabatan",
    "Nama": "Nama", "NIP": "NIP", "Pangkat/golongan": "Pangkat/golongan",
    "Edit Disahkan oleh": "Sunting Disahkan oleh", "Edit %s": "Sunting %s", "Add to %s": "Tambah ke %s",
    "Remove from %s": "Hapus dari %s", "Reorder %s": "Ubah urutan %s", "Rename lane": "Ganti nama pelaksana",
    "Add lane": "Tambah pelaksana", "Remove lane": "Hapus pelaksana", "Move lane": "Pindahkan pelaksana",
    "Steps %s stand in lane “%s”. Remove the lane and their symbols in it?":
        "Langkah %s ada di kolom “%s”. Hapus pelaksana ini beserta simbol langkah di kolomnya?",
    "Add": "Tambah", "Remove": "Hapus", "Up": "Naik", "Down": "Turun", "(new)": "(baru)",
    "&Reports": "&Laporan",
    "Double-click (or right-click) to put the step's symbol here.":
        "Klik dua kali (atau klik kanan) untuk menaruh simbol langkah di sini.",
    "Right-click the symbol to take it out of this lane.": "Klik kanan simbol untuk mengambilnya dari kolom ini.",
    "Remove the symbol": "Hapus simbol", "Put the symbol here": "Taruh simbol di sini",
    "Nama SOP is empty: give the SOP its name before saving.":
        "Nama SOP masih kosong: isi nama SOP sebelum menyimpan.",
    "%s cannot be read: %s. Correct it or clear it before saving.":
        "%s tidak dapat dibaca: %s. Perbaiki atau kosongkan sebelum menyimpan.",
    "Not saved": "Tidak tersimpan",
    "Undo": "Urungkan", "Redo": "Ulangi", "Undo: %s (Ctrl+Z)": "Urungkan: %s (Ctrl+Z)",
    "Undo (Ctrl+Z)": "Urungkan (Ctrl+Z)", "Redo: %s (Ctrl+Y)": "Ulangi: %s (Ctrl+Y)",
    "Redo (Ctrl+Y)": "Ulangi (Ctrl+Y)",
    "Saving… the window closes when it is done.": "Menyimpan… jendela tertutup setelah selesai.",
    "Step %s deleted — Ctrl+Z brings it back.": "Langkah %s dihapus — Ctrl+Z mengembalikannya.",
    "The first and the last step (Mulai, Selesai) stay in place.":
        "Langkah pertama dan terakhir (Mulai, Selesai) tetap di tempatnya.",
    "“%s” is open in an editor. Save and close it before changing its status.":
        "“%s” sedang dibuka di penyunting. Simpan dan tutup dulu sebelum mengubah statusnya.",
    "Monitoring and evaluation of SOPs": "Monitoring dan evaluasi SOP", "Show": "Tampilkan",
    "Period from": "Periode dari", "to": "s.d.",
    "Assessment of the selected SOP (Tabel 7)": "Penilaian SOP terpilih (Tabel 7)",
    "— not assessed —": "— belum dinilai —", "Runs well": "Berjalan dengan baik",
    "Does not run well": "Tidak berjalan dengan baik", "name of the assessor": "nama penilai",
    "Assessment of the application": "Penilaian terhadap penerapan",
    "Notes on the assessment": "Catatan hasil penilaian", "Action to take": "Tindakan yang harus diambil",
    "Assessor (paraf)": "Paraf penilai",
    "Evaluation checklist of the selected SOP": "Daftar periksa evaluasi SOP terpilih",
    "Yes": "Ya", "note": "catatan", "Export to Excel…": "Ekspor ke Excel…", "Export to PDF…": "Ekspor ke PDF…",
    "Cancel export": "Batalkan ekspor", "Close": "Tutup",
    "Discard the entries that are not saved?": "Buang isian yang belum disimpan?", "Loading…": "Memuat…",
    "%d SOPs, period %s": "%d SOP, periode %s", "Nothing to save.": "Tidak ada yang perlu disimpan.",
    "Saved: %d SOPs.": "Tersimpan: %d SOP.", "Export to Excel": "Ekspor ke Excel", "Export to PDF": "Ekspor ke PDF",
    "Written: %s": "Ditulis: %s", "Export cancelled.": "Ekspor dibatalkan.", "Exporting…": "Mengekspor…",
    "Exporting… %d/%d": "Mengekspor… %d/%d", "Cannot write the file: %s (%s)": "Berkas tidak dapat ditulis: %s (%s)",
    "Procedure": "Prosedur", "Executions (finished)": "Pelaksanaan (selesai)",
    "Steps on time": "Langkah tepat waktu", "Steps most often late": "Langkah paling sering terlambat",
    "Assessment": "Penilaian", "Notes": "Catatan", "Assessor": "Penilai", "step %s (%d×)": "langkah %s (%d×)",
    "Printing…": "Mencetak…", "Cancel": "Batal", "Print": "Cetak",
    "The document could not be printed.\n\n%s": "Dokumen tidak dapat dicetak.\n\n%s",
    "Printing page %d of %d…": "Mencetak halaman %d dari %d…", "Print: %s": "Cetak: %s",
    "The document could not be prepared.\n\n%s": "Dokumen tidak dapat disiapkan.\n\n%s",
    "SOP sheet": "Lembar SOP", "SOP book": "Buku SOP",
    "&Weekly report (Excel)…": "Laporan &mingguan (Excel)…",
    "&Monitoring and evaluation…": "&Monitoring dan evaluasi…", "SOP &book as PDF…": "&Buku SOP sebagai PDF…",
    "&Print this SOP…": "&Cetak SOP ini…", "Print the SOP b&ook…": "Cetak b&uku SOP…",
    "&Check a printed sheet…": "&Periksa lembar tercetak…",
    "Cancelled; nothing was written.": "Dibatalkan; tidak ada yang ditulis.",
    "The file could not be written; no partial file was left.\n\n%s":
        "Berkas tidak dapat ditulis; tidak ada berkas setengah jadi yang tertinggal.\n\n%s",
    "Weekly report": "Laporan mingguan",
    "ISO week (e.g. %s; the default is last week):": "Minggu ISO (mis. %s; bawaan: minggu lalu):",
    "Excel (*.xlsx)": "Excel (*.xlsx)", "Writing the weekly report…": "Menulis laporan mingguan…",
    "PDF (*.pdf)": "PDF (*.pdf)", "Writing the SOP book…": "Menulis buku SOP…",
    "Process": "Proses", "Decision": "Keputusan",
    "Terminator (first and last step)": "Terminator (langkah pertama dan terakhir)",
    "Symbol": "Simbol", "Waktu read as": "Waktu dibaca", "Exit 1 (positive)": "Jalan keluar 1 (positif)",
    "Exit 2 (negative)": "Jalan keluar 2 (negatif)", "goes to": "menuju", "Step %s": "Langkah %s",
    "Step": "Langkah", "the next step": "langkah berikutnya", "Exit label of step %s": "Label jalan keluar langkah %s",
    "Kegiatan": "Kegiatan", "Kelengkapan": "Kelengkapan", "Waktu": "Waktu", "Output": "Output",
    "Keterangan": "Keterangan",
    "Double-click or press Space to put the step in lane “%s” or take it away; for joint work, mark the lanes in the order the work passes":  # noqa: E501
        "Klik dua kali atau tekan Spasi untuk menaruh langkah di kolom “%s” atau mengambilnya; untuk kerja "
        "bersama, tandai kolom menurut urutan pekerjaan berpindah",
    "Edit %s of step %s": "Sunting %s langkah %s", "Lane of step %s": "Pelaksana langkah %s",
    "unreadable": "tidak terbaca",
    "Check a printed sheet": "Periksa lembar tercetak",
    "e.g. balangan-pengukuran-kinerja/1/BC6PHJHKNG": "mis. balangan-pengukuran-kinerja/1/BC6PHJHKNG",
    "Check": "Periksa",
    "Type the code printed beside the QR code, or paste the text a QR scanner read.":
        "Ketik kode yang tercetak di samping kode QR, atau tempel teks hasil pindaian QR.",
    "Sheet code:": "Kode lembar:", "Checking…": "Memeriksa…",
    "The database could not be read: %s": "Basis data tidak dapat dibaca: %s",
    "Not a sheet code. %s": "Bukan kode lembar. %s",
    "Unknown code: SOP %s has no revision %d.": "Kode tidak dikenal: SOP %s tidak punya revisi %d.",
    "Unknown code: there is no SOP %s in the database.": "Kode tidak dikenal: tidak ada SOP %s di basis data.",
    "Does not match: revision %d of SOP %s exists, but its content differs from this sheet. This sheet is not a copy of that revision.":  # noqa: E501
        "TIDAK COCOK: revisi %d SOP %s ada, tetapi isinya berbeda dari lembar ini. Lembar ini bukan salinan "
        "revisi tersebut.",
    "Matches: this sheet is revision %d of SOP %s, approved and in force.":
        "COCOK: lembar ini adalah revisi %d SOP %s, yang disahkan dan berlaku.",
    "Superseded: this sheet is revision %d of SOP %s, which has been replaced by revision %s.":
        "SUDAH DIGANTI: lembar ini adalah revisi %d SOP %s, yang sudah diganti oleh revisi %s.",
    "Draft, not approved: this sheet is revision %d of SOP %s, verified but not yet approved. It is not in force.":
        "DRAF, BELUM DISAHKAN: lembar ini adalah revisi %d SOP %s, sudah diverifikasi tetapi belum disahkan. "
        "Lembar ini tidak berlaku.",
    "Draft, not approved: this sheet is revision %d of SOP %s, which is still a draft. It is not in force.":
        "DRAF, BELUM DISAHKAN: lembar ini adalah revisi %d SOP %s, yang masih draf. Lembar ini tidak berlaku.",
    # the Pelaksanaan tab (issue #10: minutes, verdicts, states)
    "Start logging a new execution of this SOP": "Mulai mencatat pelaksanaan baru SOP ini",
    "State": "Keadaan", "Title": "Judul", "Reference": "Rujukan", "Started by": "Dimulai oleh",
    "No execution of this SOP yet: press “Start an execution…” to log one.":
        "Belum ada pelaksanaan SOP ini: tekan “Mulai pelaksanaan…” untuk mencatatnya.",
    "Note": "Catatan", "Who did the step (empty: you)": "Siapa yang mengerjakan langkah ini (kosong: Anda)",
    "The decision taken at this step": "Keputusan yang diambil pada langkah ini",
    "Log the start of the next step at the time in the field": "Catat mulainya langkah berikutnya pada waktu di kolom",
    "Log the finish of the running step at the time in the field":
        "Catat selesainya langkah yang berjalan pada waktu di kolom",
    "End this execution with a reason; nothing is deleted":
        "Akhiri pelaksanaan ini dengan alasan; tidak ada yang dihapus",
    "Correct the start or finish of the selected record": "Koreksi waktu mulai atau selesai catatan yang dipilih",
    "finished": "selesai", "running": "berjalan", " (trial)": " (uji coba)", "%s · Waktu: %s": "%s · Waktu: %s",
    "Date and time (whole minutes). Typed times are checked when you log.":
        "Tanggal dan jam (menit bulat). Waktu yang diketik diperiksa saat dicatat.",
    "&Now": "&Sekarang", "Set the field to the current time": "Isi kolom dengan waktu sekarang",
    "Decision / note": "Keputusan / catatan", "The start %s is in the future.": "Waktu mulai %s ada di masa depan.",
    "%d step(s) without a standard": "%d langkah tanpa standar", "%d step(s) unreadable": "%d langkah tidak terbaca",
    "Standard": "Waktu baku", "No execution is running.": "Tidak ada pelaksanaan yang berjalan.",
    # office identity, week picker, opening what was written
    "Choose logo…": "Pilih logo…", "Remove logo": "Hapus logo", "Office logo": "Logo kantor",
    "Name lines of the office, top first, one per line. They head every report, the monitoring form and the "
    "SOP book, and are the unit lines of a new SOP.":
        "Nama kantor seperti pada kop, dari atas, satu baris kop per baris. Nama ini menjadi kepala setiap "
        "laporan, formulir monitoring dan Buku SOP, dan baris unit setiap SOP baru.",
    "Images (*.png *.jpg *.jpeg)": "Gambar (*.png *.jpg *.jpeg)", "(no logo)": "(tanpa logo)",
    "Office identity": "Identitas kantor", "Working calendar": "Kalender kerja", "Reports": "Laporan",
    "Choose any day of the week to report:": "Pilih hari mana saja dalam minggu yang dilaporkan:",
    "Monday %s – Friday %s (week %02d)": "Senin %s – Jumat %s (Minggu ke-%02d)",
    "%d files written to %s": "%d berkas ditulis ke %s", "Open file": "Buka berkas", "Open folder": "Buka folder",
    "No program could open %s.": "Tidak ada program yang dapat membuka %s.",
    "No program could open the folder. The log files are in:\n%s":
        "Tidak ada program yang dapat membuka folder itu. Berkas log ada di:\n%s",
    # Berkas -> Impor (ui/importing.py)
    "Bring Word, Excel or PDF SOP documents in as drafts, each with its original file":
        "Masukkan dokumen SOP Word, Excel atau PDF sebagai draf, masing-masing dengan berkas aslinya",
    "Import every SOP document of a folder and its subfolders, with a summary":
        "Impor setiap dokumen SOP dalam satu folder dan subfoldernya, dengan ringkasan",
    "&Import files (PDF, Word, Excel)…": "&Impor berkas (PDF, Word, Excel)…", "Import a &folder…": "Impor &folder…",
    "Import SOPs": "Impor SOP", "SOP documents (%s)": "Dokumen SOP (%s)",
    "Import a folder of SOPs": "Impor folder berisi SOP", "Importing…": "Mengimpor…", "Import": "Impor",
    "The import stopped:\n\n%s": "Impor terhenti:\n\n%s", "File": "Berkas", "Result": "Hasil", "SOPs": "SOP",
    "To check": "Perlu diperiksa", "Message": "Pesan", "refused": "ditolak", "imported": "diimpor",
    "Import summary": "Ringkasan impor",
    "%d file(s): %d SOP draft(s), %d step(s); %d file(s) refused; %d item(s) to check.":
        "%d berkas: %d draf SOP, %d langkah; %d berkas ditolak; %d butir perlu diperiksa.",
    "Cancelled: the files above were imported whole, the rest not at all.":
        "Dibatalkan: berkas di atas diimpor utuh, sisanya tidak sama sekali.",
    "%1 is already open in sopdesk (process %2 on %3, %4). Switch to that window, or close it before opening the file again.":  # noqa: E501
        "%1 sudah dibuka di sopdesk (proses %2 di komputer %3, %4). Beralihlah ke jendela itu, atau tutup dulu "
        "sebelum membuka berkas ini lagi.",
    "&Copy text": "&Salin teks", "This sheet prints no identity page.": "Lembar ini tanpa halaman identitas.",
    "Identity page": "Halaman identitas", "On its own page": "Di halaman sendiri",
    "Flowchart below it when it fits": "Diagram alir di bawahnya bila muat", "Not printed": "Tidak dicetak",
}
QT_ID = {  # Qt's own strings (sopdesk/ui/qt_strings.py), by context
    'QPlatformTheme': {
        'OK': 'OK',
        'Cancel': 'Batal',
        'Save': 'Simpan',
        '&Yes': '&Ya',
        '&No': '&Tidak',
        'Close': 'Tutup',
        'Open': 'Buka',
        'Discard': 'Buang',
        'Apply': 'Terapkan',
        'Help': 'Bantuan',
        'Abort': 'Hentikan',
        'Ignore': 'Abaikan',
        'Retry': 'Coba lagi',
        'Reset': 'Atur ulang',
        'Restore Defaults': 'Kembalikan bawaan',
        'Save All': 'Simpan semua',
        'Yes to &All': 'Ya untuk &semua',
        'N&o to All': 'T&idak untuk semua',
    },
    'QDialogButtonBox': {
        'OK': 'OK',
    },
    'QFileDialog': {
        '%1\nDirectory not found.\nPlease verify the correct directory name was given.':
            '%1\nFolder tidak ditemukan.\nPeriksa apakah nama folder sudah benar.',
        '%1\nFile not found.\nPlease verify the correct file name was given.':
            '%1\nBerkas tidak ditemukan.\nPeriksa apakah nama berkas sudah benar.',
        '%1 already exists.\nDo you want to replace it?': '%1 sudah ada.\nGanti dengan yang baru?',
        '&Choose': '&Pilih',
        '&Delete': '&Hapus',
        '&Look in:': '&Cari di:',
        '&New Folder': 'Folder &baru',
        '&Open': '&Buka',
        '&Rename': '&Ganti nama',
        '&Save': '&Simpan',
        "'%1' is write protected.\nDo you want to delete it anyway?": "'%1' dilindungi dari penulisan.\nTetap hapus?",
        'All Files (*)': 'Semua berkas (*)',
        'All files (*)': 'Semua berkas (*)',
        "Are you sure you want to delete '%1'?": "Yakin hendak menghapus '%1'?",
        'Back': 'Kembali',
        'Change to detail view mode': 'Tampilkan rincian',
        'Change to list view mode': 'Tampilkan daftar',
        'Could not delete directory.': 'Folder tidak dapat dihapus.',
        'Create New Folder': 'Buat folder baru',
        'Create a New Folder': 'Buat folder baru',
        'Delete': 'Hapus',
        'Detail View': 'Tampilan rincian',
        'Directories': 'Folder',
        'Directory:': 'Folder:',
        'File &name:': '&Nama berkas:',
        'Files': 'Berkas',
        'Files of &type:': '&Jenis berkas:',
        'Find Directory': 'Cari folder',
        'Forward': 'Maju',
        'Go back': 'Kembali',
        'Go forward': 'Maju',
        'Go to the parent directory': 'Ke folder induk',
        'List View': 'Tampilan daftar',
        'List of places and bookmarks': 'Daftar tempat dan penanda',
        'New Folder': 'Folder baru',
        'Open': 'Buka',
        'Parent Directory': 'Folder induk',
        'Recent Places': 'Tempat terakhir',
        'Remove': 'Hapus',
        'Save As': 'Simpan sebagai',
        'Show ': 'Tampilkan ',
        'Show &hidden files': 'Tampilkan berkas &tersembunyi',
        'Sidebar': 'Bilah samping',
    },
    'QFileSystemModel': {
        'Computer': 'Komputer',
        'Date Modified': 'Tanggal diubah',
        'Kind': 'Jenis',
        'My Computer': 'Komputer saya',
        'Name': 'Nama',
        'Size': 'Ukuran',
        'Type': 'Jenis',
    },
    'QAbstractFileIconProvider': {
        'Alias': 'Alias',
        'Drive': 'Drive',
        'File': 'Berkas',
        'File Folder': 'Folder berkas',
        'Folder': 'Folder',
        'Shortcut': 'Pintasan',
        'Unknown': 'Tidak dikenal',
    },
    'QLineEdit': {
        '&Copy': '&Salin',
        '&Paste': '&Tempel',
        '&Redo': 'U&langi',
        '&Undo': '&Urungkan',
        'Cu&t': '&Potong',
        'Delete': 'Hapus',
        'Select All': 'Pilih semua',
    },
    'QWidgetTextControl': {
        '&Copy': '&Salin',
        '&Paste': '&Tempel',
        '&Redo': 'U&langi',
        '&Undo': '&Urungkan',
        'Cu&t': '&Potong',
        'Copy &Link Location': 'Salin alamat &tautan',
        'Delete': 'Hapus',
        'Select All': 'Pilih semua',
    },
    'QAbstractSpinBox': {
        '&Select All': '&Pilih semua',
        '&Step up': '&Naikkan',
        'Step &down': '&Turunkan',
    },
    'QDockWidget': {
        'Close': 'Tutup',
        'Closes the dock widget': 'Menutup panel ini',
        'Float': 'Lepas',
        'Undocks and re-attaches the dock widget': 'Melepas panel ini atau memasangnya kembali',
    },
    'QMessageBox': {
        'Show Details...': 'Tampilkan rincian...',
        'Hide Details...': 'Sembunyikan rincian...',
    },
    'QInputDialog': {
        'Enter a value:': 'Masukkan nilai:',
    },
    'QProgressDialog': {
        'Cancel': 'Batal',
    },
    'QUndoModel': {
        '<empty>': '<kosong>',
    },
    'QUndoStack': {
        'Undo': 'Urungkan',
        'Redo': 'Ulangi',
        'Undo %1': 'Urungkan %1',
        'Redo %1': 'Ulangi %1',
    },
    'QUndoGroup': {
        'Undo': 'Urungkan',
        'Redo': 'Ulangi',
        'Undo %1': 'Urungkan %1',
        'Redo %1': 'Ulangi %1',
    },
    'QColorDialog': {
        '&Add to Custom Colors': '&Tambah ke warna pilihan',
        '&Basic colors': 'Warna &dasar',
        '&Custom colors': 'Warna &pilihan',
        '&Green:': '&Hijau:',
        '&HTML:': '&HTML:',
        '&Pick Screen Color': '&Ambil warna dari layar',
        '&Red:': '&Merah:',
        '&Sat:': '&Saturasi:',
        '&Val:': '&Nilai:',
        'A&lpha channel:': 'Kanal a&lfa:',
        'Bl&ue:': 'B&iru:',
        'Cursor at %1, %2\nPress ESC to cancel': 'Kursor di %1, %2\nTekan ESC untuk batal',
        'Hu&e:': '&Rona:',
        'Select Color': 'Pilih warna',
    },
    'QScrollBar': {
        'Bottom': 'Paling bawah',
        'Left edge': 'Tepi kiri',
        'Page down': 'Halaman bawah',
        'Page left': 'Halaman kiri',
        'Page right': 'Halaman kanan',
        'Page up': 'Halaman atas',
        'Right edge': 'Tepi kanan',
        'Scroll down': 'Gulir ke bawah',
        'Scroll here': 'Gulir ke sini',
        'Scroll left': 'Gulir ke kiri',
        'Scroll right': 'Gulir ke kanan',
        'Scroll up': 'Gulir ke atas',
        'Top': 'Paling atas',
    },
    'QTabBar': {
        'Scroll Left': 'Gulir ke kiri',
        'Scroll Right': 'Gulir ke kanan',
    },
    'QUnicodeControlCharacterMenu': {
        'Insert Unicode control character': 'Sisipkan karakter kendali Unicode',
    },
    'QComboBox': {
        'Open the combo box selection popup': 'Buka daftar pilihan',
        'True': 'Benar',
        'False': 'Salah',
    },
    'QDialog': {
        "What's This?": 'Apa ini?',
    },
    'QWhatsThisAction': {
        "What's This?": 'Apa ini?',
    },
}
LANGUAGE_AND_AUDIT = {  # the audit log in words, durations, the guide, hints (by context)
    "Audit": {
        "Imported": "Impor", "New SOP": "SOP baru", "Edited": "Disunting", "Status changed": "Status diubah",
        "Execution": "Pelaksanaan", "Execution time corrected": "Waktu pelaksanaan dikoreksi",
        "Office settings": "Pengaturan kantor", "Monitoring": "Monitoring",
        "Restored from a backup": "Dipulihkan dari cadangan",
        "Execution #%s started: “%s”": "Pelaksanaan #%s dimulai: “%s”",
        "Execution #%s: step %s started at %s": "Pelaksanaan #%s: langkah %s mulai %s",
        "Execution #%s: step finished at %s": "Pelaksanaan #%s: langkah selesai %s",
        " (exit “%s”)": " (jalan keluar “%s”)", "Execution #%s cancelled: %s": "Pelaksanaan #%s dibatalkan: %s",
        "start": "mulai", "finish": "selesai",
        "Execution #%s, record %s: %s corrected from %s to %s":
            "Pelaksanaan #%s, catatan %s: waktu %s dikoreksi dari %s menjadi %s",
        "Period %s, revision %s: assessment saved": "Periode %s, revisi %s: penilaian disimpan",
        "Revision %s: “%s”": "Revisi %s: “%s”", "Revision %s (from revision %s)": "Revisi %s (dari revisi %s)",
        "Revision %s saved (content hash %s…)": "Revisi %s disimpan (hash isi %s…)",
        "Revision %s: %s → %s": "Revisi %s: %s → %s",
        "Working calendar or Waktu convention changed": "Kalender kerja atau konvensi Waktu diubah",
        "Restored from %s (the database before it kept as %s)":
            "Dipulihkan dari %s (basis data sebelumnya disimpan sebagai %s)",
    },
    "HelpController": {"&Guide": "&Panduan"},
    "HelpWindow": {"sopdesk guide": "Panduan sopdesk"},
    "DatabaseCare": {  # moved out of MainWindow (ui/maintenance.py)
        '&Check the database': '&Periksa basis data',
        '&Restore from a backup…': '&Pulihkan dari cadangan…',
        'Backup made: %s': 'Cadangan dibuat: %s',
        'Automatic backup failed: %s': 'Pencadangan otomatis gagal: %s',
        'Restoring from %s…': 'Memulihkan dari %s…',
        'Restore': 'Pulihkan',
        'Check the database': 'Periksa basis data',
    },
    "ExportController": {  # moved out of MainWindow (ui/exports.py)
        '&Export this SOP as PDF…': '&Ekspor SOP ini ke PDF…',
        'Export &all SOPs as PDF…': 'Ekspor &semua SOP ke PDF…',
        'Export PDF': 'Ekspor PDF',
        'Writing %s…': 'Menulis %s…',
        'Export all SOPs to folder': 'Ekspor semua SOP ke folder',
        'Writing PDF sheets…': 'Menulis lembar PDF…',
        '%d PDF sheet(s) written to %s': '%d lembar PDF ditulis ke %s',
        'Export cancelled; %d sheet(s) written.': 'Ekspor dibatalkan; %d lembar sudah ditulis.',
        'Export failed.': 'Ekspor gagal.',
        'The PDF could not be written; no partial file was left.\n\n%s':
            'PDF tidak dapat ditulis; tidak ada berkas setengah jadi yang tertinggal.\n\n%s',
    },
    "RevisionActions": {  # moved out of MainWindow (ui/revision_actions.py)
        'Revision &history…': '&Riwayat revisi…',
        'Audit &log…': '&Log audit…',
        'New &draft revision': 'Buat revisi &draf',
        'Mark &verified': 'Tandai &terverifikasi',
        '&Approve': '&Sahkan',
        'Send &back to draft': '&Kembalikan ke draf',
        '&Running executions…': 'Pelaksanaan &berjalan…',
        'Audit log': 'Log audit',
    },
    "MainWindow": {
        "&Approve": "&Sahkan",
    },
    "CataloguePane": {  # moved out of MainWindow (ui/catalogue_pane.py)
        "Search name, number or step text… (Ctrl+F)": "Cari nama, nomor atau teks kegiatan… (Ctrl+F)",
        "All statuses": "Semua status", "All units": "Semua unit kerja",
        "No SOP matches the search and filters. Clear the search, or choose “All units” and “All statuses”.":
            "Tidak ada SOP yang cocok dengan pencarian dan saringan. Kosongkan pencarian, atau pilih “Semua unit "
            "kerja” dan “Semua status”.",
        "%d of %d SOPs": "%d dari %d SOP",
        "Reading the catalogue: %d of %d SOPs…": "Membaca katalog: %d dari %d SOP…",
        "Reading the catalogue: %d of %d SOPs; the search applies once all are read…":
            "Membaca katalog: %d dari %d SOP; pencarian berlaku setelah semuanya terbaca…",
    },
    "ExecutionPanel": {
        "No execution of this SOP yet: “Start an execution…” begins one.":
            "Belum ada pelaksanaan SOP ini: “Mulai pelaksanaan…” memulainya.",
    },
    "RunningDialog": {"No execution is running.": "Tidak ada pelaksanaan yang sedang berjalan."},
    "ActionTips": {
        "Write the sheet of the SOP shown (identity page and flowchart) to a PDF file":
            "Tulis lembar SOP yang ditampilkan (halaman identitas dan diagram alir) ke berkas PDF",
        "Write the sheet of every SOP in the catalogue into one folder":
            "Tulis lembar setiap SOP di katalog ke satu folder",
        "The revisions of the SOP shown and what changed in each":
            "Revisi-revisi SOP yang ditampilkan dan apa yang berubah di setiap revisi",
        "Who changed what and when, with a filter": "Siapa mengubah apa dan kapan, dengan saringan",
        "Check the database file, the content hash of every revision and the audit log's chain":
            "Periksa berkas basis data, hash isi setiap revisi dan rantai log audit",
        "Working hours, office days off and the Waktu convention": "Jam kerja, hari libur kantor dan konvensi Waktu",
        "Replace the database with one of its checked backups":
            "Ganti basis data dengan salah satu cadangannya yang sudah diperiksa",
        "Close sopdesk (the database is backed up if it changed)":
            "Tutup sopdesk (basis data dicadangkan bila ada perubahan)",
        "Enlarge the drawing": "Perbesar gambar", "Shrink the drawing": "Perkecil gambar",
        "Fit the drawing to the width of the window": "Sesuaikan gambar dengan lebar jendela",
        "Search the catalogue by name, number or step text": "Cari di katalog menurut nama, nomor atau teks langkah",
        "The paper of the printed sheet and the drawing": "Kertas lembar cetak dan gambar",
        "The language of the interface (from the next start)": "Bahasa antarmuka (berlaku saat sopdesk dibuka lagi)",
        "Start a new draft revision of the SOP shown": "Mulai revisi draf baru dari SOP yang ditampilkan",
        "Mark the draft as verified, ready to be approved": "Tandai draf sebagai terverifikasi, siap disahkan",
        "Approve (sahkan) the verified revision; it replaces the one in force":
            "Sahkan revisi yang sudah diverifikasi; revisi ini menggantikan yang berlaku",
        "Return the verified revision to draft for more edits":
            "Kembalikan revisi yang sudah diverifikasi ke draf untuk disunting lagi",
        "Every execution still running, overdue first":
            "Semua pelaksanaan yang masih berjalan, yang lewat tenggat dulu",
        "The name the audit log records beside your computer account":
            "Nama yang dicatat log audit di samping akun komputer Anda",
        "The version and the database of sopdesk": "Versi dan basis data sopdesk",
        "A short illustrated guide, opened at the section of the current tab":
            "Panduan singkat bergambar, dibuka di bagian tab yang sedang tampil",
        "Start a new SOP, blank or as a copy of the one shown":
            "Mulai SOP baru, kosong atau sebagai salinan SOP yang ditampilkan",
        "Edit the SOP shown (an approved SOP gets a new draft revision first)":
            "Sunting SOP yang ditampilkan (SOP yang sudah disahkan mendapat revisi draf baru lebih dulu)",
        "The executions of a week against the standard times, as an Excel workbook":
            "Pelaksanaan satu minggu dibandingkan dengan standar waktu, sebagai buku kerja Excel",
        "The monitoring form (Tabel 7) and the evaluation checklist of a period":
            "Formulir monitoring (Tabel 7) dan daftar periksa evaluasi satu periode",
        "Every approved sheet in one PDF, with a cover and contents":
            "Semua lembar yang disahkan dalam satu PDF, dengan sampul dan daftar isi",
        "Print the sheet of the SOP shown": "Cetak lembar SOP yang ditampilkan",
        "Print every approved sheet as the SOP book": "Cetak semua lembar yang disahkan sebagai buku SOP",
        "Check the code printed beside a sheet's QR code against the database":
            "Periksa kode yang tercetak di samping kode QR sebuah lembar terhadap basis data",
        "Save the revision (all of it or nothing)": "Simpan revisi (seluruhnya atau tidak sama sekali)",
        "Close the editor (asks about unsaved edits)": "Tutup penyunting (bertanya bila ada suntingan belum disimpan)",
        "Undo the last edit": "Urungkan suntingan terakhir", "Redo the edit undone": "Ulangi suntingan yang diurungkan",
        "Insert a new step below the current one": "Sisipkan langkah baru di bawah langkah ini",
        "Insert a new step above the current one": "Sisipkan langkah baru di atas langkah ini",
        "Copy the current step below it": "Salin langkah ini ke bawahnya",
        "Delete the current step (Ctrl+Z brings it back)": "Hapus langkah ini (Ctrl+Z mengembalikannya)",
        "Move the current step one row up": "Pindahkan langkah ini satu baris ke atas",
        "Move the current step one row down": "Pindahkan langkah ini satu baris ke bawah",
        "Turn a process into a decision with two exits, or back":
            "Ubah proses menjadi keputusan dengan dua jalan keluar, atau sebaliknya",
        "Show or hide this panel": "Tampilkan atau sembunyikan panel ini",
    },
    "Duration": {"working day(s)": "hari kerja", "day(s)": "hari", "h": "jam", "min": "menit"},
    "AuditModel": {"Time": "Waktu"},
    "AuditDialog": {
        "No entry matches this filter: choose “All actions” or clear the text.":
            "Tidak ada entri yang cocok dengan saringan ini: pilih “Semua tindakan” atau kosongkan teks.",
    },
}
BY_CONTEXT = {
    **{(context, source): text for context, table in LANGUAGE_AND_AUDIT.items() for source, text in table.items()},
    **{(context, source): text for context, table in QT_ID.items() for source, text in table.items()},
    ("MonitoringDialog", "No"): "Tidak",
    ("MonitoringTableModel", "No"): "No",
    ("StepsModel", "No"): "No",
    ("ExecutionPanel", "No"): "No",
    ("ExecutionPanel", "Waktu"): "Waktu",
}


# the help desk (issue 12): the unexpected-error dialog (sopdesk/ui/errors.py) and the About box
BY_SOURCE |= {
    "Unexpected error": "Kesalahan tak terduga",
    "Something went wrong that sopdesk did not expect. Your saved data is safe; the work in progress may not "
    "have finished.\n\n%s\n\nThe details are in the log file; send them to the help desk.":
        "Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman; pekerjaan yang sedang berjalan "
        "mungkin belum selesai.\n\n%s\n\nRinciannya ada di berkas log; kirimkan kepada petugas bantuan.",
    "Copy details": "Salin rincian",
    "Open log folder": "Buka folder log",
    "About sopdesk": "Tentang sopdesk",
    "sopdesk %s\nSOP AP (Permenpan RB 35/2012) for the Bagian Organisasi.\n\nDatabase: %s\nLog folder: %s\n"
    "Python %s, Qt %s, PySide6 %s, %s":
        "sopdesk %s\nSOP AP (Permenpan RB 35/2012) untuk Bagian Organisasi.\n\nBasis data: %s\nFolder log: %s\n"
        "Python %s, Qt %s, PySide6 %s, %s",
}

# Berkas -> Buka basis data (ui/open_database.py, ui/open_database_dialog.py; issue 11)
BY_SOURCE |= {
    "&Open database…": "&Buka basis data…", "Open database": "Buka basis data",
    "Open another sopdesk database: a file on this computer or the office server":
        "Buka basis data sopdesk lain: berkas di komputer ini atau server kantor",
    "This database is already open.": "Basis data ini sudah terbuka.",
    "Opening the database…": "Membuka basis data…",
    "The database could not be opened; the one open stays open.":
        "Basis data tidak dapat dibuka; basis data yang sedang terbuka tetap dipakai.",
    "The database could not be opened; the one open stays open.\n\n%s":
        "Basis data tidak dapat dibuka; basis data yang sedang terbuka tetap dipakai.\n\n%s",
    "The database open stays open.": "Basis data yang sedang terbuka tetap dipakai.",
    "The password could not be kept: this computer has no usable password store. Type it again in File → Open "
    "database next time, or put it in your pgpass file.":
        "Kata sandi tidak dapat disimpan: komputer ini tidak punya penyimpanan kata sandi yang dapat dipakai. "
        "Ketik lagi di Berkas → Buka basis data lain kali, atau simpan di berkas pgpass Anda.",
    "(choose a recent database)": "(pilih basis data yang pernah dibuka)", "Opened before:": "Pernah dibuka:",
    "A database file on this computer (SQLite)": "Berkas basis data di komputer ini (SQLite)",
    "The office server (PostgreSQL)": "Server kantor (PostgreSQL)", "Open": "Buka",
    "File name, e.g. D:\\SOP\\sopdesk.sqlite3": "Nama berkas, mis. D:\\SOP\\sopdesk.sqlite3",
    "Browse…": "Telusuri…",
    "Choose a sopdesk database, or type the name of a new file: a new database is made with the sample SOPs, "
    "as at the first start.":
        "Pilih basis data sopdesk, atau ketik nama berkas baru: basis data baru dibuat berisi SOP contoh, "
        "seperti saat sopdesk pertama kali dijalankan.",
    "e.g. server-organisasi or 192.168.1.10": "mis. server-organisasi atau 192.168.1.10",
    "Keep the password in this computer's password store": "Simpan kata sandi di penyimpanan kata sandi komputer ini",
    "Server:": "Server:", "Port:": "Port:", "Database:": "Basis data:", "User:": "Pengguna:",
    "Password:": "Kata sandi:",
    "This computer has no password store, so the password is not kept: type it each time, or put it in your "
    "pgpass file (ask the administrator).":
        "Komputer ini tidak punya penyimpanan kata sandi, jadi kata sandi tidak disimpan: ketik setiap kali, "
        "atau taruh di berkas pgpass Anda (tanyakan kepada administrator).",
    "Test connection": "Uji sambungan", "kept in the password store": "tersimpan di penyimpanan kata sandi",
    "Database file": "Berkas basis data",
    "sopdesk database (*.sqlite3 *.db);;All files (*)": "Basis data sopdesk (*.sqlite3 *.db);;Semua berkas (*)",
    "Choose a file, or type the name of a new one.": "Pilih berkas, atau ketik nama berkas baru.",
    "Fill in the server, the database and the user.": "Isi server, basis data dan pengguna.",
    "Connecting…": "Menyambung…",
    "Connected: the database is empty; sopdesk sets it up when it is opened.":
        "Tersambung: basis data masih kosong; sopdesk menyiapkannya saat dibuka.",
    "Connected: a sopdesk database.": "Tersambung: basis data sopdesk.",
}


# Dokumen asal (issue 15): an imported draft's original beside the drawing (sopdesk/ui/editor/source_view.py)
BY_SOURCE |= {
    "Original document": "Dokumen asal", "Previous page": "Halaman sebelumnya", "Next page": "Halaman berikutnya",
    "Reading the original…": "Membaca dokumen asal…", "Zoom out": "Perkecil", "Zoom in": "Perbesar",
    "Fit width": "Sesuaikan lebar", "Page %d of %d": "Halaman %d dari %d", "Open in Word": "Buka di Word",
    "Open in Excel": "Buka di Excel", "Open the original": "Buka berkas asal",
    "sopdesk cannot draw the pages of this file. Open it in its own program to compare the draft with it.":
        "sopdesk tidak dapat menampilkan halaman berkas ini. Buka dengan programnya sendiri untuk membandingkan "
        "draf dengannya.",
    "The pages of the original could not be drawn: %s": "Halaman dokumen asal tidak dapat ditampilkan: %s",
    "No program on this computer opens %s. The original was saved as:\n%s":
        "Tidak ada program di komputer ini yang dapat membuka berkas %s. Dokumen asal disimpan sebagai:\n%s",
}

# format version 2 (issue 14): executions that follow the arrows (sopdesk/ui/executions.py)
BY_SOURCE |= {
    "Running: step %s — %s": "Berjalan: langkah %s — %s",
    "Next: step %s — %s": "Berikutnya: langkah %s — %s",
    "Several steps run at once, or may start: the step to log":
        "Beberapa langkah berjalan bersamaan atau dapat dimulai: langkah yang dicatat",
    "Correct a time — record %d (step %s)": "Koreksi waktu — catatan %d (langkah %s)",  # the No as signed
}
# format version 2 (issue 14): the editor's symbols, arrows and parts (sopdesk/ui/editor/flow_panel.py)
BY_SOURCE |= {
    "Symbols, arrows and parts": "Simbol, panah dan bagian", "Process": "Proses", "Decision": "Keputusan",
    "Terminator": "Terminator", "Off-page connector": "Penghubung antarhalaman",
    "text in the symbol": "teks dalam simbol", "Add symbol": "Tambah simbol",
    "label (Ya, Tidak, …)": "label (Ya, Tidak, …)", "Remove arrow": "Hapus panah", "Add exit": "Tambah jalan keluar",
    "caption of the flowchart": "judul bagan alir", "New part from this step": "Bagan alir baru mulai langkah ini",
    "Symbol": "Simbol", "Arrow": "Panah", "Flowchart": "Bagan alir",
    "Text in a symbol of step %s": "Teks dalam simbol langkah %s", "Symbol of step %s": "Simbol langkah %s",
    "New symbol in step %s": "Simbol baru pada langkah %s", "Arrow label of step %s": "Label panah langkah %s",
    "Remove an arrow of step %s": "Hapus panah langkah %s", "New exit of step %s": "Jalan keluar baru langkah %s",
    "Caption of flowchart %d": "Judul bagan alir %d", "Flowchart %d": "Bagan alir %d",
    "New flowchart from step %s": "Bagan alir baru mulai langkah %s", "Arrow from step %s": "Panah dari langkah %s",
}

# a Waktu written once for several rows in the editor (ui/editor/waktu_span.py; issue 14)
BY_SOURCE |= {
    "&Merge Waktu": "&Satukan Waktu", "S&plit Waktu": "&Pisahkan Waktu",
    "Select two consecutive steps or more.": "Pilih dua langkah berurutan atau lebih.",
    "Merge Waktu of steps %s–%s": "Satukan Waktu langkah %s–%s",
    "Split Waktu of steps %s–%s": "Pisahkan Waktu langkah %s–%s",
    "Step %s has a Waktu of its own.": "Langkah %s sudah punya Waktu sendiri.",
    "Write one Waktu for the selected consecutive steps (a merged cell), or join the step below":
        "Tulis satu Waktu untuk langkah-langkah berurutan yang dipilih (sel gabungan), atau gabungkan dengan "
        "langkah di bawahnya",
    "Give each step of the current merged Waktu its own Waktu again":
        "Beri setiap langkah dalam Waktu gabungan ini Waktunya sendiri lagi",
}


# format version 2 (issue 14): the editor's Lembar tab (sopdesk/ui/editor/sheet_panel.py, letterhead_editor.py)
BY_SOURCE |= {
    "Sheet": "Lembar", "Table": "Tabel", "Keterangan column": "Kolom Keterangan",
    "Row of column numbers under the header": "Baris nomor kolom di bawah kepala tabel",
    "Total Waktu row": "Baris jumlah Waktu", "Sheet: %s": "Lembar: %s", "Paper": "Kertas",
    "Numbered, also a single item (1.)": "Bernomor, juga satu butir saja (1.)",
    "SOP name and number over the flowchart pages": "Nama dan Nomor SOP di atas halaman diagram alir",
    "Signature block under the flowchart": "Blok tanda tangan di bawah diagram alir",
    "“Mulai” and “Selesai” in the terminators": "“Mulai” dan “Selesai” di dalam simbol terminator",
    "Identity page before the flowchart": "Halaman identitas sebelum diagram alir",
    "Line over the identity block (empty: none)": "Baris di atas blok identitas (kosong: tidak ada)",
    "e.g. STANDAR OPERASIONAL PROSEDUR …": "mis. STANDAR OPERASIONAL PROSEDUR …",
    "Line over the identity block": "Baris di atas blok identitas",
    "Kelengkapan column": "Kolom Kelengkapan", "Waktu column": "Kolom Waktu", "Output column": "Kolom Output",
    "Numbered columns (unchecked: the number cell stays blank)":
        "Kolom bernomor (tidak dicentang: sel nomornya dibiarkan kosong)",
    "Column number of %s": "Nomor kolom %s",
    "Chosen when printing": "Dipilih saat mencetak", "Landscape": "Mendatar", "Portrait": "Tegak",
    "Size": "Ukuran", "Orientation": "Arah", "Letterhead (kop) lines": "Baris kop",
    "Empty: the unit header lines of the Identity tab, as before.":
        "Kosong: baris kop unit kerja pada tab Identitas, seperti sebelumnya.",
    "Choose picture…": "Pilih gambar…", "Logo": "Logo", "Signature": "Tanda tangan",
    "Wet signature (the Disahkan oleh block)": "Tanda tangan basah (blok Disahkan oleh)",
    "Electronic (signing QR and footnote)": "Elektronik (QR penandatanganan dan catatan kaki)",
    "Signature mode": "Cara tanda tangan", "Signing QR image": "Gambar QR penandatanganan",
    "Remove signing QR": "Hapus QR penandatanganan", "Footnote on every page": "Catatan kaki di setiap halaman",
    "e.g. “This document has been signed electronically …”":
        "mis. “Dokumen ini telah ditandatangani secara elektronik …”",
    "Labels (empty: the standard label)": "Label (kosong: label baku)", "List styles": "Gaya daftar",
    "Numbered (1., 2.)": "Bernomor (1., 2.)", "Dash (-)": "Tanda pisah (-)", "Plain (no mark)": "Polos (tanpa tanda)",
    "List style of %s": "Gaya daftar %s", "Label %s": "Label %s", "Signature footnote": "Catatan kaki tanda tangan",
    "Pictures (*.png *.jpg *.jpeg)": "Gambar (*.png *.jpg *.jpeg)", "Choose logo": "Pilih logo",
    "Choose signing QR": "Pilih QR penandatanganan", "no logo": "tanpa logo", "no QR": "tanpa QR",
    "Bold": "Tebal", "Regular": "Biasa", "Small": "Kecil", "Weight of the selected line": "Ketebalan baris terpilih",
    "Edit letterhead": "Sunting kop", "Add letterhead line": "Tambah baris kop",
    "Remove letterhead line": "Hapus baris kop", "Reorder letterhead": "Ubah urutan kop",
    "Letterhead line weight": "Ketebalan baris kop",
}

# a step's No as signed, set in the step panel (ui/editor/step_panel.py; issue 14)
BY_SOURCE |= {
    "Number of step %s": "Nomor langkah %s",
    "Longer than a sheet holds well (printed whole, but check the sheet):\n%s":
        "Lebih panjang dari yang muat dengan baik di lembar (tetap tercetak utuh, tetapi periksa lembarnya):\n%s",
    "%d SOP(s) have a field longer than a sheet holds well (printed whole, but check them): %s":
        "%d SOP punya isian yang lebih panjang dari yang muat dengan baik di lembar (tetap tercetak utuh, "
        "tetapi periksa): %s",
    # the drawing's own warnings (ui/editor/layout_warnings.py)
    "drawing, page %d: %s": "gambar, halaman %d: %s",
    "a line runs through text or a label": "ada garis yang melewati teks atau label",
    "a line runs through a symbol": "ada garis yang melewati simbol",
    "a line runs along a border": "ada garis yang berimpit dengan garis tepi kolom atau baris",
    "two lines run on one track": "dua garis berjalan berimpit pada satu jalur",
    "symbols, text or labels stand on each other": "simbol, teks atau label saling menumpuk",
    "text smaller than the sheet's smallest type": "teks lebih kecil dari huruf terkecil lembar",
    "text does not fit inside its symbol": "teks tidak muat di dalam simbolnya",
    "text is cut off or runs over the footer": "teks terpotong atau menimpa kaki halaman",
    "the last page holds only the last step": "halaman terakhir hanya berisi langkah terakhir",
    "a heading stands alone at the foot of a page": "judul bagian tertinggal sendiri di kaki halaman",
    "The No as the sheet prints it (e.g. 5a); empty: the step's position":
        "No seperti tercetak di lembar (mis. 5a); kosong: nomor urut langkahnya",
}
BY_CONTEXT[("StepPanel", "No")] = "No"


def fill(ts: Path = TS) -> int:
    """Fill unfinished messages of ``ts`` from the tables; return how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            if translation.get("type") != "unfinished" and (translation.text or "").strip():
                continue
            source = message.findtext("source") or ""
            text = BY_CONTEXT.get((name, source), BY_SOURCE.get(source))
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    print(f"filled {fill()} translation(s)")
