"""Fill Indonesian translations into resources/translations/sopdesk_id.ts from a table.

    python tools/fill_ts.py   # then: python tools/translations.py

Only messages without a finished translation are filled; the table is keyed by
(context, source) or by source alone.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "sopdesk_id.ts"

BY_SOURCE = {
    "&New SOP…": "SOP &baru…", "&Edit…": "&Sunting…", "Edit": "Sunting",
    "This revision is verified and waits for approval; send it back to draft to edit it.":
        "Revisi ini sudah diverifikasi dan menunggu pengesahan; kembalikan ke draf untuk menyuntingnya.",
    "New SOP": "SOP baru", "Name of the new SOP:": "Nama SOP baru:",
    "Start from a copy of “%s”? (No: a blank SOP)": "Mulai dari salinan “%s”? (Tidak: SOP kosong)",
    "Pelaksana (lanes)": "Pelaksana (kolom)", "Steps": "Langkah", "Identity": "Identitas",
    "Format checker": "Pemeriksa format", "<opened>": "<dibuka>", "Undo history": "Riwayat urungkan",
    "%s landscape": "%s mendatar", "&File": "&Berkas", "&Save": "&Simpan", "&Close": "&Tutup",
    "&Edit": "&Sunting", "&Undo": "&Urungkan", "&Redo": "U&langi", "S&tep": "&Langkah",
    "&New step below": "Langkah &baru di bawah", "&Insert step above": "&Sisipkan langkah di atas",
    "&Duplicate step": "&Gandakan langkah", "De&lete step": "&Hapus langkah",
    "Move step &up": "Pindahkan langkah ke &atas", "Move step do&wn": "Pindahkan langkah ke &bawah",
    "Process ↔ &decision": "Proses ↔ &keputusan", "&View": "&Tampilan", "Zoom &in": "Per&besar",
    "Zoom &out": "Per&kecil", "&Fit width": "Sesuaikan &lebar", "Editor": "Penyunting",
    "step %d": "langkah %d", "identity": "identitas", "Format checker (%d)": "Pemeriksa format (%d)",
    "Edit: %s — revision %d [*]": "Sunting: %s — revisi %d [*]", "(no name)": "(tanpa nama)",
    "%d flowchart page(s)": "%d halaman diagram alir",
    "Total Waktu: %s · %d flowchart page(s)": "Jumlah waktu: %s · %d halaman diagram alir",
    "New step %d": "Langkah baru %d",
    "Duplicate step %d": "Gandakan langkah %d", "Delete step %d": "Hapus langkah %d",
    "Move step %d": "Pindahkan langkah %d", "Symbol of step %d": "Simbol langkah %d",
    "Exit target of step %d": "Tujuan jalan keluar langkah %d", "Saving…": "Menyimpan…",
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
    "Ctrl+click takes the symbol out of this lane.": "Ctrl+klik mengambil simbol dari kolom ini.",
    "Saving… the window closes when it is done.": "Menyimpan… jendela tertutup setelah selesai.",
    "Step %d deleted — Ctrl+Z brings it back.": "Langkah %d dihapus — Ctrl+Z mengembalikannya.",
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
    "Assessment": "Penilaian", "Notes": "Catatan", "Assessor": "Penilai", "step %d (%d×)": "langkah %d (%d×)",
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
    "Exit 2 (negative)": "Jalan keluar 2 (negatif)", "  goes to": "  menuju", "Step %d": "Langkah %d",
    "Step": "Langkah", "the next step": "langkah berikutnya", "Exit label of step %d": "Label jalan keluar langkah %d",
    "Kegiatan": "Kegiatan", "Kelengkapan": "Kelengkapan", "Waktu": "Waktu", "Output": "Output",
    "Keterangan": "Keterangan",
    "Click or press Space to put the step in lane “%s” or take it away; for joint work, click the lanes in the order the work passes":  # noqa: E501
        "Klik atau tekan Spasi untuk menaruh langkah di kolom “%s” atau mengambilnya; untuk kerja bersama, "
        "klik kolom menurut urutan pekerjaan berpindah",
    "Edit %s of step %d": "Sunting %s langkah %d", "Lane of step %d": "Pelaksana langkah %d",
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
    "%1 is already open in sopdesk (process %2 on %3, %4). Switch to that window, or close it before opening the file again.":  # noqa: E501
        "%1 sudah dibuka di sopdesk (proses %2 di komputer %3, %4). Beralihlah ke jendela itu, atau tutup dulu "
        "sebelum membuka berkas ini lagi.",
}
BY_CONTEXT = {
    ("MonitoringDialog", "No"): "Tidak",
    ("MonitoringTableModel", "No"): "No",
    ("StepsModel", "No"): "No",
}


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
