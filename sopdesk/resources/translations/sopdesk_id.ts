<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="31"/>
        <source>sopdesk %s
SOP AP (Permenpan RB 35/2012) for the Bagian Organisasi.

Database: %s
Log folder: %s
Python %s, Qt %s, PySide6 %s, %s</source>
        <translation>sopdesk %s
SOP AP (Permenpan RB 35/2012) untuk Bagian Organisasi.

Basis data: %s
Folder log: %s
Python %s, Qt %s, PySide6 %s, %s</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="44"/>
        <source>About sopdesk</source>
        <translation>Tentang sopdesk</translation>
    </message>
</context>
<context>
    <name>ActionTips</name>
    <message>
        <location filename="../../ui/action_tips.py" line="21"/>
        <source>Write the sheet of the SOP shown (identity page and flowchart) to a PDF file</source>
        <translation>Tulis lembar SOP yang ditampilkan (halaman identitas dan diagram alir) ke berkas PDF</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="23"/>
        <source>Write the sheet of every SOP in the catalogue into one folder</source>
        <translation>Tulis lembar setiap SOP di katalog ke satu folder</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="25"/>
        <source>The revisions of the SOP shown and what changed in each</source>
        <translation>Revisi-revisi SOP yang ditampilkan dan apa yang berubah di setiap revisi</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="27"/>
        <source>Who changed what and when, with a filter</source>
        <translation>Siapa mengubah apa dan kapan, dengan saringan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="28"/>
        <source>Check the database file, the content hash of every revision and the audit log&apos;s chain</source>
        <translation>Periksa berkas basis data, hash isi setiap revisi dan rantai log audit</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="30"/>
        <source>Working hours, office days off and the Waktu convention</source>
        <translation>Jam kerja, hari libur kantor dan konvensi Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="32"/>
        <source>Replace the database with one of its checked backups</source>
        <translation>Ganti basis data dengan salah satu cadangannya yang sudah diperiksa</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="34"/>
        <source>Close sopdesk (the database is backed up if it changed)</source>
        <translation>Tutup sopdesk (basis data dicadangkan bila ada perubahan)</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="36"/>
        <location filename="../../ui/action_tips.py" line="99"/>
        <source>Enlarge the drawing</source>
        <translation>Perbesar gambar</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="37"/>
        <location filename="../../ui/action_tips.py" line="100"/>
        <source>Shrink the drawing</source>
        <translation>Perkecil gambar</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="38"/>
        <location filename="../../ui/action_tips.py" line="101"/>
        <source>Fit the drawing to the width of the window</source>
        <translation>Sesuaikan gambar dengan lebar jendela</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="39"/>
        <source>Search the catalogue by name, number or step text</source>
        <translation>Cari di katalog menurut nama, nomor atau teks langkah</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="41"/>
        <source>The paper of the printed sheet and the drawing</source>
        <translation>Kertas lembar cetak dan gambar</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="42"/>
        <source>The language of the interface (from the next start)</source>
        <translation>Bahasa antarmuka (berlaku saat sopdesk dibuka lagi)</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="44"/>
        <source>Start a new draft revision of the SOP shown</source>
        <translation>Mulai revisi draf baru dari SOP yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="46"/>
        <source>Mark the draft as verified, ready to be approved</source>
        <translation>Tandai draf sebagai terverifikasi, siap disahkan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="48"/>
        <source>Approve (sahkan) the verified revision; it replaces the one in force</source>
        <translation>Sahkan revisi yang sudah diverifikasi; revisi ini menggantikan yang berlaku</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="50"/>
        <source>Return the verified revision to draft for more edits</source>
        <translation>Kembalikan revisi yang sudah diverifikasi ke draf untuk disunting lagi</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="52"/>
        <source>Every execution still running, overdue first</source>
        <translation>Semua pelaksanaan yang masih berjalan, yang lewat tenggat dulu</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="54"/>
        <source>The name the audit log records beside your computer account</source>
        <translation>Nama yang dicatat log audit di samping akun komputer Anda</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="56"/>
        <source>The version and the database of sopdesk</source>
        <translation>Versi dan basis data sopdesk</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="57"/>
        <source>A short illustrated guide, opened at the section of the current tab</source>
        <translation>Panduan singkat bergambar, dibuka di bagian tab yang sedang tampil</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="59"/>
        <source>Open another sopdesk database: a file on this computer or the office server</source>
        <translation>Buka basis data sopdesk lain: berkas di komputer ini atau server kantor</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="61"/>
        <source>Bring Word, Excel or PDF SOP documents in as drafts, each with its original file</source>
        <translation>Masukkan dokumen SOP Word, Excel atau PDF sebagai draf, masing-masing dengan berkas aslinya</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="63"/>
        <source>Import every SOP document of a folder and its subfolders, with a summary</source>
        <translation>Impor setiap dokumen SOP dalam satu folder dan subfoldernya, dengan ringkasan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="65"/>
        <source>Start a new SOP, blank or as a copy of the one shown</source>
        <translation>Mulai SOP baru, kosong atau sebagai salinan SOP yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="67"/>
        <source>Edit the SOP shown (an approved SOP gets a new draft revision first)</source>
        <translation>Sunting SOP yang ditampilkan (SOP yang sudah disahkan mendapat revisi draf baru lebih dulu)</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="69"/>
        <source>The executions of a week against the standard times, as an Excel workbook</source>
        <translation>Pelaksanaan satu minggu dibandingkan dengan standar waktu, sebagai buku kerja Excel</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="71"/>
        <source>The monitoring form (Tabel 7) and the evaluation checklist of a period</source>
        <translation>Formulir monitoring (Tabel 7) dan daftar periksa evaluasi satu periode</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="73"/>
        <source>Every approved sheet in one PDF, with a cover and contents</source>
        <translation>Semua lembar yang disahkan dalam satu PDF, dengan sampul dan daftar isi</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="75"/>
        <source>Print the sheet of the SOP shown</source>
        <translation>Cetak lembar SOP yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="76"/>
        <source>Print every approved sheet as the SOP book</source>
        <translation>Cetak semua lembar yang disahkan sebagai buku SOP</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="78"/>
        <source>Check the code printed beside a sheet&apos;s QR code against the database</source>
        <translation>Periksa kode yang tercetak di samping kode QR sebuah lembar terhadap basis data</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="80"/>
        <source>Save the revision (all of it or nothing)</source>
        <translation>Simpan revisi (seluruhnya atau tidak sama sekali)</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="81"/>
        <source>Close the editor (asks about unsaved edits)</source>
        <translation>Tutup penyunting (bertanya bila ada suntingan belum disimpan)</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="82"/>
        <source>Undo the last edit</source>
        <translation>Urungkan suntingan terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="83"/>
        <source>Redo the edit undone</source>
        <translation>Ulangi suntingan yang diurungkan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="84"/>
        <source>Insert a new step below the current one</source>
        <translation>Sisipkan langkah baru di bawah langkah ini</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="86"/>
        <source>Insert a new step above the current one</source>
        <translation>Sisipkan langkah baru di atas langkah ini</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="88"/>
        <source>Copy the current step below it</source>
        <translation>Salin langkah ini ke bawahnya</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="89"/>
        <source>Delete the current step (Ctrl+Z brings it back)</source>
        <translation>Hapus langkah ini (Ctrl+Z mengembalikannya)</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="91"/>
        <source>Move the current step one row up</source>
        <translation>Pindahkan langkah ini satu baris ke atas</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="92"/>
        <source>Move the current step one row down</source>
        <translation>Pindahkan langkah ini satu baris ke bawah</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="93"/>
        <source>Turn a process into a decision with two exits, or back</source>
        <translation>Ubah proses menjadi keputusan dengan dua jalan keluar, atau sebaliknya</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="95"/>
        <source>Write one Waktu for the selected consecutive steps (a merged cell), or join the step below</source>
        <translation>Tulis satu Waktu untuk langkah-langkah berurutan yang dipilih (sel gabungan), atau gabungkan dengan langkah di bawahnya</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="97"/>
        <source>Give each step of the current merged Waktu its own Waktu again</source>
        <translation>Beri setiap langkah dalam Waktu gabungan ini Waktunya sendiri lagi</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="102"/>
        <source>Show or hide this panel</source>
        <translation>Tampilkan atau sembunyikan panel ini</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <source>Imported</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="28"/>
        <source>New SOP</source>
        <translation>SOP baru</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Edited</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>Status changed</source>
        <translation>Status diubah</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="31"/>
        <source>Execution</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="32"/>
        <source>Execution time corrected</source>
        <translation>Waktu pelaksanaan dikoreksi</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="33"/>
        <source>Office settings</source>
        <translation>Pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="34"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="35"/>
        <source>Restored from a backup</source>
        <translation>Dipulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="71"/>
        <source>Execution #%s started: “%s”</source>
        <translation>Pelaksanaan #%s dimulai: “%s”</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="73"/>
        <source>Execution #%s: step %s started at %s</source>
        <translation>Pelaksanaan #%s: langkah %s mulai %s</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="75"/>
        <source>Execution #%s: step finished at %s</source>
        <translation>Pelaksanaan #%s: langkah selesai %s</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="76"/>
        <source> (exit “%s”)</source>
        <translation> (jalan keluar “%s”)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="78"/>
        <source>Execution #%s cancelled: %s</source>
        <translation>Pelaksanaan #%s dibatalkan: %s</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="83"/>
        <source>start</source>
        <translation>mulai</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="83"/>
        <source>finish</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="84"/>
        <source>Execution #%s, record %s: %s corrected from %s to %s</source>
        <translation>Pelaksanaan #%s, catatan %s: waktu %s dikoreksi dari %s menjadi %s</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="90"/>
        <source>Period %s, revision %s: assessment saved</source>
        <translation>Periode %s, revisi %s: penilaian disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="94"/>
        <source>Revision %s: “%s”</source>
        <translation>Revisi %s: “%s”</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="98"/>
        <source>Revision %s (from revision %s)</source>
        <translation>Revisi %s (dari revisi %s)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="103"/>
        <source>Revision %s saved (content hash %s…)</source>
        <translation>Revisi %s disimpan (hash isi %s…)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="107"/>
        <source>Revision %s: %s → %s</source>
        <translation>Revisi %s: %s → %s</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="112"/>
        <source>Working calendar or Waktu convention changed</source>
        <translation>Kalender kerja atau konvensi Waktu diubah</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="116"/>
        <source>Restored from %s (the database before it kept as %s)</source>
        <translation>Dipulihkan dari %s (basis data sebelumnya disimpan sebagai %s)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/history.py" line="149"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="155"/>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="158"/>
        <source>Filter by user, SOP or detail…</source>
        <translation>Saring menurut pengguna, SOP atau rincian…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="165"/>
        <source>No entry matches this filter: choose “All actions” or clear the text.</source>
        <translation>Tidak ada entri yang cocok dengan saringan ini: pilih “Semua tindakan” atau kosongkan teks.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="vanished">Waktu (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>OS user</source>
        <translation>Pengguna OS</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="106"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ui/catalogue.py" line="128"/>
        <source>SOP name</source>
        <translation>Nama SOP</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue.py" line="128"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue.py" line="128"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue.py" line="128"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue.py" line="129"/>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue.py" line="129"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue.py" line="168"/>
        <source>%s
Review was due on %s</source>
        <translation>%s
Tinjau ulang seharusnya pada %s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue.py" line="158"/>
        <source> · review overdue</source>
        <translation> · lewat tinjau ulang</translation>
    </message>
</context>
<context>
    <name>CataloguePane</name>
    <message>
        <location filename="../../ui/catalogue_pane.py" line="27"/>
        <source>Search name, number or step text… (Ctrl+F)</source>
        <translation>Cari nama, nomor atau teks kegiatan… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_pane.py" line="31"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_pane.py" line="45"/>
        <source>No SOP matches the search and filters. Clear the search, or choose “All units” and “All statuses”.</source>
        <translation>Tidak ada SOP yang cocok dengan pencarian dan saringan. Kosongkan pencarian, atau pilih “Semua unit kerja” dan “Semua status”.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_pane.py" line="88"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_pane.py" line="99"/>
        <source>%d of %d SOPs</source>
        <translation>%d dari %d SOP</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_pane.py" line="101"/>
        <source>Reading the catalogue: %d of %d SOPs; the search applies once all are read…</source>
        <translation>Membaca katalog: %d dari %d SOP; pencarian berlaku setelah semuanya terbaca…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_pane.py" line="103"/>
        <source>Reading the catalogue: %d of %d SOPs…</source>
        <translation>Membaca katalog: %d dari %d SOP…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a time — record %d (step %d)</source>
        <translation type="vanished">Koreksi waktu — catatan %d (langkah %d)</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="207"/>
        <source>Correct a time — record %d (step %s)</source>
        <translation>Koreksi waktu — catatan %d (langkah %s)</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="209"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="211"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="217"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="218"/>
        <source>Correct value</source>
        <translation>Nilai yang benar</translation>
    </message>
</context>
<context>
    <name>DatabaseCare</name>
    <message>
        <location filename="../../ui/maintenance.py" line="41"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Periksa basis data</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="42"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="66"/>
        <source>Backup made: %s</source>
        <translation>Cadangan dibuat: %s</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="70"/>
        <source>Automatic backup failed: %s</source>
        <translation>Pencadangan otomatis gagal: %s</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="96"/>
        <source>Restoring from %s…</source>
        <translation>Memulihkan dari %s…</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="106"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="131"/>
        <location filename="../../ui/maintenance.py" line="134"/>
        <source>Check the database</source>
        <translation>Periksa basis data</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../ui/language.py" line="67"/>
        <source>working day(s)</source>
        <translation>hari kerja</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="67"/>
        <source>day(s)</source>
        <translation>hari</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="69"/>
        <source>h</source>
        <translation>jam</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="69"/>
        <source>min</source>
        <translation>menit</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="84"/>
        <source>%d step(s) without a standard</source>
        <translation>%d langkah tanpa standar</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="86"/>
        <source>%d step(s) unreadable</source>
        <translation>%d langkah tidak terbaca</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../ui/action_tips.py" line="65"/>
        <location filename="../../ui/editor/controller.py" line="46"/>
        <source>&amp;New SOP…</source>
        <translation>SOP &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="67"/>
        <location filename="../../ui/editor/controller.py" line="47"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/controller.py" line="60"/>
        <location filename="../../ui/editor/controller.py" line="76"/>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/editor/controller.py" line="61"/>
        <source>This revision is verified and waits for approval; send it back to draft to edit it.</source>
        <translation>Revisi ini sudah diverifikasi dan menunggu pengesahan; kembalikan ke draf untuk menyuntingnya.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/controller.py" line="97"/>
        <location filename="../../ui/editor/controller.py" line="131"/>
        <source>New SOP</source>
        <translation>SOP baru</translation>
    </message>
    <message>
        <source>Name of the new SOP:</source>
        <translation type="vanished">Nama SOP baru:</translation>
    </message>
    <message>
        <source>Start from a copy of “%s”? (No: a blank SOP)</source>
        <translation type="vanished">Mulai dari salinan “%s”? (Tidak: SOP kosong)</translation>
    </message>
</context>
<context>
    <name>EditorScene</name>
    <message>
        <source>Ctrl+click takes the symbol out of this lane.</source>
        <translation type="vanished">Ctrl+klik mengambil simbol dari kolom ini.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/scene.py" line="195"/>
        <source>Double-click (or right-click) to put the step&apos;s symbol here.</source>
        <translation>Klik dua kali (atau klik kanan) untuk menaruh simbol langkah di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/scene.py" line="208"/>
        <source>Right-click the symbol to take it out of this lane.</source>
        <translation>Klik kanan simbol untuk mengambilnya dari kolom ini.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/scene.py" line="227"/>
        <source>Remove the symbol</source>
        <translation>Hapus simbol</translation>
    </message>
    <message>
        <location filename="../../ui/editor/scene.py" line="227"/>
        <source>Put the symbol here</source>
        <translation>Taruh simbol di sini</translation>
    </message>
</context>
<context>
    <name>EditorToolbar</name>
    <message>
        <location filename="../../ui/editor/toolbar.py" line="27"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/toolbar.py" line="28"/>
        <source>Undo: %s (Ctrl+Z)</source>
        <translation>Urungkan: %s (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/toolbar.py" line="29"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Urungkan (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/toolbar.py" line="30"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/toolbar.py" line="31"/>
        <source>Redo: %s (Ctrl+Y)</source>
        <translation>Ulangi: %s (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/toolbar.py" line="32"/>
        <source>Redo (Ctrl+Y)</source>
        <translation>Ulangi (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/toolbar.py" line="47"/>
        <source>Editor</source>
        <translation>Penyunting</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../ui/editor/window.py" line="117"/>
        <source>Pelaksana (lanes)</source>
        <translation>Pelaksana (kolom)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="126"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="127"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="128"/>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="142"/>
        <source>Format checker</source>
        <translation>Pemeriksa format</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="144"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;dibuka&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="145"/>
        <source>Undo history</source>
        <translation>Riwayat urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="148"/>
        <source>%s landscape</source>
        <translation>%s mendatar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="177"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="80"/>
        <location filename="../../ui/editor/window.py" line="178"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="81"/>
        <location filename="../../ui/editor/window.py" line="179"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="180"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="82"/>
        <location filename="../../ui/editor/window.py" line="181"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="83"/>
        <location filename="../../ui/editor/window.py" line="183"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="188"/>
        <source>S&amp;tep</source>
        <translation>&amp;Langkah</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="84"/>
        <location filename="../../ui/editor/window.py" line="189"/>
        <source>&amp;New step below</source>
        <translation>Langkah &amp;baru di bawah</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="86"/>
        <location filename="../../ui/editor/window.py" line="191"/>
        <source>&amp;Insert step above</source>
        <translation>&amp;Sisipkan langkah di atas</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="88"/>
        <location filename="../../ui/editor/window.py" line="192"/>
        <source>&amp;Duplicate step</source>
        <translation>&amp;Gandakan langkah</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="89"/>
        <location filename="../../ui/editor/window.py" line="193"/>
        <source>De&amp;lete step</source>
        <translation>&amp;Hapus langkah</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="91"/>
        <location filename="../../ui/editor/window.py" line="194"/>
        <source>Move step &amp;up</source>
        <translation>Pindahkan langkah ke &amp;atas</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="92"/>
        <location filename="../../ui/editor/window.py" line="195"/>
        <source>Move step do&amp;wn</source>
        <translation>Pindahkan langkah ke &amp;bawah</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="93"/>
        <location filename="../../ui/editor/window.py" line="196"/>
        <source>Process ↔ &amp;decision</source>
        <translation>Proses ↔ &amp;keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="102"/>
        <location filename="../../ui/editor/window.py" line="198"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="99"/>
        <location filename="../../ui/editor/window.py" line="199"/>
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="100"/>
        <location filename="../../ui/editor/window.py" line="200"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="101"/>
        <location filename="../../ui/editor/window.py" line="201"/>
        <source>&amp;Fit width</source>
        <translation>Sesuaikan &amp;lebar</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="vanished">Penyunting</translation>
    </message>
    <message>
        <source>step %d</source>
        <translation type="vanished">langkah %d</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="250"/>
        <source>identity</source>
        <translation>identitas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="267"/>
        <source>Format checker (%d)</source>
        <translation>Pemeriksa format (%d)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="497"/>
        <source>Saving… the window closes when it is done.</source>
        <translation>Menyimpan… jendela tertutup setelah selesai.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="239"/>
        <source>Edit: %s — revision %d [*]</source>
        <translation>Sunting: %s — revisi %d [*]</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="239"/>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="289"/>
        <source>Total Waktu: %s · %d flowchart page(s)</source>
        <translation>Jumlah waktu: %s · %d halaman diagram alir</translation>
    </message>
    <message>
        <source>%d flowchart page(s)</source>
        <translation type="vanished">%d halaman diagram alir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="380"/>
        <source>New step %d</source>
        <translation>Langkah baru %d</translation>
    </message>
    <message>
        <source>Duplicate step %d</source>
        <translation type="vanished">Gandakan langkah %d</translation>
    </message>
    <message>
        <source>Delete step %d</source>
        <translation type="vanished">Hapus langkah %d</translation>
    </message>
    <message>
        <source>Step %d deleted — Ctrl+Z brings it back.</source>
        <translation type="vanished">Langkah %d dihapus — Ctrl+Z mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="405"/>
        <source>The first and the last step (Mulai, Selesai) stay in place.</source>
        <translation>Langkah pertama dan terakhir (Mulai, Selesai) tetap di tempatnya.</translation>
    </message>
    <message>
        <source>Move step %d</source>
        <translation type="vanished">Pindahkan langkah %d</translation>
    </message>
    <message>
        <source>Symbol of step %d</source>
        <translation type="vanished">Simbol langkah %d</translation>
    </message>
    <message>
        <source>Exit target of step %d</source>
        <translation type="vanished">Tujuan jalan keluar langkah %d</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="434"/>
        <source>Nothing to save.</source>
        <translation>Tidak ada yang perlu disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="441"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="453"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="462"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="472"/>
        <source>The revision was not saved; your edits are kept.

%s</source>
        <translation>Revisi tidak tersimpan; suntingan Anda tetap ada.

%s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="451"/>
        <location filename="../../ui/editor/window.py" line="473"/>
        <source>Not saved.</source>
        <translation>Tidak tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="251"/>
        <source>step %s</source>
        <translation>langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="386"/>
        <source>Duplicate step %s</source>
        <translation>Gandakan langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="394"/>
        <source>Delete step %s</source>
        <translation>Hapus langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="395"/>
        <source>Step %s deleted — Ctrl+Z brings it back.</source>
        <translation>Langkah %s dihapus — Ctrl+Z mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="407"/>
        <source>Move step %s</source>
        <translation>Pindahkan langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="415"/>
        <source>Symbol of step %s</source>
        <translation>Simbol langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="420"/>
        <source>Exit target of step %s</source>
        <translation>Tujuan jalan keluar langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="475"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="481"/>
        <source>“%s” has changes that are not saved. Save them?</source>
        <translation>“%s” punya perubahan yang belum disimpan. Simpan?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="482"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="28"/>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="30"/>
        <source>Something went wrong that sopdesk did not expect. Your saved data is safe; the work in progress may not have finished.

%s

The details are in the log file; send them to the help desk.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman; pekerjaan yang sedang berjalan mungkin belum selesai.

%s

Rinciannya ada di berkas log; kirimkan kepada petugas bantuan.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="37"/>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="38"/>
        <location filename="../../ui/error_dialog.py" line="59"/>
        <source>Open log folder</source>
        <translation>Buka folder log</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="60"/>
        <source>No program could open the folder. The log files are in:
%s</source>
        <translation>Tidak ada program yang dapat membuka folder itu. Berkas log ada di:
%s</translation>
    </message>
</context>
<context>
    <name>ExecutionPanel</name>
    <message>
        <location filename="../../ui/executions.py" line="83"/>
        <source>&amp;Start an execution…</source>
        <translation>&amp;Mulai pelaksanaan…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="vanished">Langkah</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="89"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation type="vanished">Pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="85"/>
        <location filename="../../ui/executions.py" line="89"/>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="89"/>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="89"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="89"/>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="90"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="vanished">Keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="90"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="90"/>
        <source>Verdict</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="vanished">Waktu baku</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="84"/>
        <source>Start logging a new execution of this SOP</source>
        <translation>Mulai mencatat pelaksanaan baru SOP ini</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="85"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="85"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="85"/>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="86"/>
        <source>Started by</source>
        <translation>Dimulai oleh</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="114"/>
        <source>No execution of this SOP yet: press “Start an execution…” to log one.</source>
        <translation>Belum ada pelaksanaan SOP ini: tekan “Mulai pelaksanaan…” untuk mencatatnya.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="90"/>
        <source>Decision / note</source>
        <translation>Keputusan / catatan</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="96"/>
        <source>who did it</source>
        <translation>siapa yang mengerjakan</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="97"/>
        <source>Who did the step (empty: you)</source>
        <translation>Siapa yang mengerjakan langkah ini (kosong: Anda)</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="99"/>
        <source>The decision taken at this step</source>
        <translation>Keputusan yang diambil pada langkah ini</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="103"/>
        <source>Several steps run at once, or may start: the step to log</source>
        <translation>Beberapa langkah berjalan bersamaan atau dapat dimulai: langkah yang dicatat</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="104"/>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="105"/>
        <source>Start &amp;step</source>
        <translation>Mulai &amp;langkah</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="106"/>
        <source>&amp;Finish step</source>
        <translation>&amp;Selesai langkah</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="107"/>
        <source>Cancel the execution…</source>
        <translation>Batalkan pelaksanaan…</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="108"/>
        <source>&amp;Correct a time…</source>
        <translation>&amp;Koreksi waktu…</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="109"/>
        <source>Log the start of the next step at the time in the field</source>
        <translation>Catat mulainya langkah berikutnya pada waktu di kolom</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="110"/>
        <source>Log the finish of the running step at the time in the field</source>
        <translation>Catat selesainya langkah yang berjalan pada waktu di kolom</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="111"/>
        <source>End this execution with a reason; nothing is deleted</source>
        <translation>Akhiri pelaksanaan ini dengan alasan; tidak ada yang dihapus</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="112"/>
        <source>Correct the start or finish of the selected record</source>
        <translation>Koreksi waktu mulai atau selesai catatan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="222"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="222"/>
        <source>finished</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="222"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="224"/>
        <source> (trial)</source>
        <translation> (uji coba)</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="296"/>
        <source>Running: step %s — %s</source>
        <translation>Berjalan: langkah %s — %s</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="300"/>
        <source>Next: step %s — %s</source>
        <translation>Berikutnya: langkah %s — %s</translation>
    </message>
    <message>
        <source> [trial]</source>
        <translation type="vanished"> [uji coba]</translation>
    </message>
    <message>
        <source>Running: step %d — %s</source>
        <translation type="vanished">Berjalan: langkah %d — %s</translation>
    </message>
    <message>
        <source>Next: step %d — %s</source>
        <translation type="vanished">Berikutnya: langkah %d — %s</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="329"/>
        <source>Cancelled: %s</source>
        <translation>Dibatalkan: %s</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="330"/>
        <source>Finished.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="341"/>
        <source>%s · Waktu: %s</source>
        <translation>%s · Waktu: %s</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="415"/>
        <source>Cancel the execution</source>
        <translation>Batalkan pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="415"/>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location filename="../../ui/executions.py" line="445"/>
        <source>Execution</source>
        <translation>Pelaksanaan</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../ui/exports.py" line="37"/>
        <source>&amp;Export this SOP as PDF…</source>
        <translation>&amp;Ekspor SOP ini ke PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="38"/>
        <source>Export &amp;all SOPs as PDF…</source>
        <translation>Ekspor &amp;semua SOP ke PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="50"/>
        <location filename="../../ui/exports.py" line="95"/>
        <location filename="../../ui/exports.py" line="120"/>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="50"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="59"/>
        <source>Writing %s…</source>
        <translation>Menulis %s…</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="70"/>
        <source>Export all SOPs to folder</source>
        <translation>Ekspor semua SOP ke folder</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="86"/>
        <source>Writing PDF sheets…</source>
        <translation>Menulis lembar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="92"/>
        <source>%d PDF sheet(s) written to %s</source>
        <translation>%d lembar PDF ditulis ke %s</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="104"/>
        <source>Longer than a sheet holds well (printed whole, but check the sheet):
%s</source>
        <translation>Lebih panjang dari yang muat dengan baik di lembar (tetap tercetak utuh, tetapi periksa lembarnya):
%s</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="108"/>
        <source>%d SOP(s) have a field longer than a sheet holds well (printed whole, but check them): %s</source>
        <translation>%d SOP punya isian yang lebih panjang dari yang muat dengan baik di lembar (tetap tercetak utuh, tetapi periksa): %s</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="116"/>
        <source>Export cancelled; %d sheet(s) written.</source>
        <translation>Ekspor dibatalkan; %d lembar sudah ditulis.</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="119"/>
        <source>Export failed.</source>
        <translation>Ekspor gagal.</translation>
    </message>
    <message>
        <location filename="../../ui/exports.py" line="121"/>
        <source>The PDF could not be written; no partial file was left.

%s</source>
        <translation>PDF tidak dapat ditulis; tidak ada berkas setengah jadi yang tertinggal.

%s</translation>
    </message>
</context>
<context>
    <name>FlowPanel</name>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="41"/>
        <source>Symbols, arrows and parts</source>
        <translation>Simbol, panah dan bagian</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="45"/>
        <source>Process</source>
        <translation>Proses</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="45"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="46"/>
        <source>Terminator</source>
        <translation>Terminator</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="46"/>
        <source>Off-page connector</source>
        <translation>Penghubung antarhalaman</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="55"/>
        <source>text in the symbol</source>
        <translation>teks dalam simbol</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="60"/>
        <source>Add symbol</source>
        <translation>Tambah simbol</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="62"/>
        <source>label (Ya, Tidak, …)</source>
        <translation>label (Ya, Tidak, …)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="63"/>
        <source>Remove arrow</source>
        <translation>Hapus panah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="64"/>
        <source>Add exit</source>
        <translation>Tambah jalan keluar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="65"/>
        <source>caption of the flowchart</source>
        <translation>judul bagan alir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="66"/>
        <source>New part from this step</source>
        <translation>Bagan alir baru mulai langkah ini</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="68"/>
        <source>Symbol</source>
        <translation>Simbol</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="69"/>
        <source>Arrow</source>
        <translation>Panah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="70"/>
        <source>Flowchart</source>
        <translation>Bagan alir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="169"/>
        <source>Text in a symbol of step %s</source>
        <translation>Teks dalam simbol langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="175"/>
        <source>Symbol of step %s</source>
        <translation>Simbol langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="180"/>
        <source>New symbol in step %s</source>
        <translation>Simbol baru pada langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="188"/>
        <source>Arrow label of step %s</source>
        <translation>Label panah langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="194"/>
        <source>Remove an arrow of step %s</source>
        <translation>Hapus panah langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="199"/>
        <source>New exit of step %s</source>
        <translation>Jalan keluar baru langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="220"/>
        <source>New flowchart from step %s</source>
        <translation>Bagan alir baru mulai langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="230"/>
        <source>Arrow from step %s</source>
        <translation>Panah dari langkah %s</translation>
    </message>
    <message>
        <source>Text in a symbol of step %d</source>
        <translation type="vanished">Teks dalam simbol langkah %d</translation>
    </message>
    <message>
        <source>Symbol of step %d</source>
        <translation type="vanished">Simbol langkah %d</translation>
    </message>
    <message>
        <source>New symbol in step %d</source>
        <translation type="vanished">Simbol baru pada langkah %d</translation>
    </message>
    <message>
        <source>Arrow label of step %d</source>
        <translation type="vanished">Label panah langkah %d</translation>
    </message>
    <message>
        <source>Remove an arrow of step %d</source>
        <translation type="vanished">Hapus panah langkah %d</translation>
    </message>
    <message>
        <source>New exit of step %d</source>
        <translation type="vanished">Jalan keluar baru langkah %d</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="213"/>
        <source>Caption of flowchart %d</source>
        <translation>Judul bagan alir %d</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flow_panel.py" line="219"/>
        <source>Flowchart %d</source>
        <translation>Bagan alir %d</translation>
    </message>
    <message>
        <source>New flowchart from step %d</source>
        <translation type="vanished">Bagan alir baru mulai langkah %d</translation>
    </message>
    <message>
        <source>Arrow from step %d</source>
        <translation type="vanished">Panah dari langkah %d</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <location filename="../../ui/action_tips.py" line="57"/>
        <location filename="../../ui/help.py" line="64"/>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="39"/>
        <source>sopdesk guide</source>
        <translation>Panduan sopdesk</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="44"/>
        <source>Revision history — %s</source>
        <translation>Riwayat revisi — %s</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="48"/>
        <source>Revision %d · %s · %s</source>
        <translation>Revisi %d · %s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="51"/>
        <source>Content hash %s</source>
        <translation>Hash isi %s</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>The first revision.</source>
        <translation>Revisi pertama.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="77"/>
        <source>No change in content.</source>
        <translation>Tidak ada perubahan isi.</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="44"/>
        <source>Unit header lines (kop)</source>
        <translation>Baris kop unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="45"/>
        <source>Dasar Hukum</source>
        <translation>Dasar Hukum</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="46"/>
        <source>Kualifikasi Pelaksana</source>
        <translation>Kualifikasi Pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="47"/>
        <source>Keterkaitan</source>
        <translation>Keterkaitan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="48"/>
        <source>Peralatan/Perlengkapan</source>
        <translation>Peralatan/Perlengkapan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="49"/>
        <source>Peringatan</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="50"/>
        <source>Pencatatan dan Pendataan</source>
        <translation>Pencatatan dan Pendataan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="51"/>
        <source>Tujuan</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="52"/>
        <source>Definisi</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="75"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="77"/>
        <source>Nama SOP</source>
        <translation>Nama SOP</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="77"/>
        <source>Nomor SOP</source>
        <translation>Nomor SOP</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="84"/>
        <source>Tanggal Pembuatan</source>
        <translation>Tanggal Pembuatan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="84"/>
        <source>Tanggal Revisi</source>
        <translation>Tanggal Revisi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="85"/>
        <source>Tanggal Efektif</source>
        <translation>Tanggal Efektif</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="87"/>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="138"/>
        <source>Nama SOP is empty: give the SOP its name before saving.</source>
        <translation>Nama SOP masih kosong: isi nama SOP sebelum menyimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="141"/>
        <source>%s cannot be read: %s. Correct it or clear it before saving.</source>
        <translation>%s tidak dapat dibaca: %s. Perbaiki atau kosongkan sebelum menyimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="38"/>
        <location filename="../../ui/editor/identity_form.py" line="95"/>
        <source>Penjelasan Singkat</source>
        <translation>Penjelasan Singkat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="99"/>
        <source>Disahkan oleh</source>
        <translation>Disahkan oleh</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="101"/>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="101"/>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="101"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="102"/>
        <source>Pangkat/golongan</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="105"/>
        <source>Edit Disahkan oleh</source>
        <translation>Sunting Disahkan oleh</translation>
    </message>
    <message>
        <location filename="../../ui/editor/identity_form.py" line="113"/>
        <location filename="../../ui/editor/identity_form.py" line="152"/>
        <source>Edit %s</source>
        <translation>Sunting %s</translation>
    </message>
    <message>
        <location filename="../../ui/office_identity_form.py" line="44"/>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <location filename="../../ui/office_identity_form.py" line="45"/>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <location filename="../../ui/office_identity_form.py" line="48"/>
        <source>Name lines of the office, top first, one per line. They head every report, the monitoring form and the SOP book, and are the unit lines of a new SOP.</source>
        <translation>Nama kantor seperti pada kop, dari atas, satu baris kop per baris. Nama ini menjadi kepala setiap laporan, formulir monitoring dan Buku SOP, dan baris unit setiap SOP baru.</translation>
    </message>
    <message>
        <location filename="../../ui/office_identity_form.py" line="70"/>
        <location filename="../../ui/office_identity_form.py" line="101"/>
        <source>Office logo</source>
        <translation>Logo kantor</translation>
    </message>
    <message>
        <location filename="../../ui/office_identity_form.py" line="71"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/office_identity_form.py" line="109"/>
        <source>(no logo)</source>
        <translation>(tanpa logo)</translation>
    </message>
</context>
<context>
    <name>IdentityListEditor</name>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="190"/>
        <source>Edit %s</source>
        <translation>Sunting %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="195"/>
        <source>Add to %s</source>
        <translation>Tambah ke %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="200"/>
        <source>Remove from %s</source>
        <translation>Hapus dari %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="205"/>
        <source>Reorder %s</source>
        <translation>Ubah urutan %s</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <source>SOP number</source>
        <translation type="vanished">Nomor SOP</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation type="vanished">Tanggal Pembuatan</translation>
    </message>
    <message>
        <source>Date revised</source>
        <translation type="vanished">Tanggal Revisi</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="vanished">Tanggal Efektif</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="vanished">Disahkan oleh</translation>
    </message>
    <message>
        <source>SOP name</source>
        <translation type="vanished">Nama SOP</translation>
    </message>
    <message>
        <location filename="../../ui/identity.py" line="81"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Salin teks</translation>
    </message>
    <message>
        <location filename="../../ui/identity.py" line="166"/>
        <source>Transcription notes</source>
        <translation>Catatan transkripsi</translation>
    </message>
    <message>
        <location filename="../../ui/identity.py" line="161"/>
        <source>Format check: %d finding(s)</source>
        <translation>Pemeriksaan format: %d temuan</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="vanished">Dasar Hukum</translation>
    </message>
    <message>
        <source>Implementer qualifications</source>
        <translation type="vanished">Kualifikasi Pelaksana</translation>
    </message>
    <message>
        <source>Related SOPs</source>
        <translation type="vanished">Keterkaitan</translation>
    </message>
    <message>
        <source>Equipment/supplies</source>
        <translation type="vanished">Peralatan/Perlengkapan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="vanished">Peringatan</translation>
    </message>
    <message>
        <source>Records and data</source>
        <translation type="vanished">Pencatatan dan Pendataan</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation type="vanished">Penjelasan Singkat</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="vanished">Tujuan</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="vanished">Definisi</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/action_tips.py" line="61"/>
        <location filename="../../ui/importing.py" line="47"/>
        <source>&amp;Import files (PDF, Word, Excel)…</source>
        <translation>&amp;Impor berkas (PDF, Word, Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="63"/>
        <location filename="../../ui/importing.py" line="48"/>
        <source>Import a &amp;folder…</source>
        <translation>Impor &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="53"/>
        <source>Import SOPs</source>
        <translation>Impor SOP</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="54"/>
        <source>SOP documents (%s)</source>
        <translation>Dokumen SOP (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="61"/>
        <source>Import a folder of SOPs</source>
        <translation>Impor folder berisi SOP</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="90"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="105"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="105"/>
        <source>The import stopped:

%s</source>
        <translation>Impor terhenti:

%s</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/importing.py" line="145"/>
        <source>Import summary</source>
        <translation>Ringkasan impor</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="149"/>
        <source>%d file(s): %d SOP draft(s), %d step(s); %d file(s) refused; %d item(s) to check.</source>
        <translation>%d berkas: %d draf SOP, %d langkah; %d berkas ditolak; %d butir perlu diperiksa.</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="152"/>
        <source>Cancelled: the files above were imported whole, the rest not at all.</source>
        <translation>Dibatalkan: berkas di atas diimpor utuh, sisanya tidak sama sekali.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryModel</name>
    <message>
        <location filename="../../ui/importing.py" line="116"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="116"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="116"/>
        <source>SOPs</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="116"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="117"/>
        <source>To check</source>
        <translation>Perlu diperiksa</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="117"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="130"/>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="130"/>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../../ui/instance_lock.py" line="33"/>
        <source>%1 is already open in sopdesk (process %2 on %3, %4). Switch to that window, or close it before opening the file again.</source>
        <translation>%1 sudah dibuka di sopdesk (proses %2 di komputer %3, %4). Beralihlah ke jendela itu, atau tutup dulu sebelum membuka berkas ini lagi.</translation>
    </message>
</context>
<context>
    <name>LanesEditor</name>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="219"/>
        <source>Rename lane</source>
        <translation>Ganti nama pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="222"/>
        <source>Add lane</source>
        <translation>Tambah pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="229"/>
        <location filename="../../ui/editor/list_editor.py" line="234"/>
        <source>Remove lane</source>
        <translation>Hapus pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="230"/>
        <source>Steps %s stand in lane “%s”. Remove the lane and their symbols in it?</source>
        <translation>Langkah %s ada di kolom “%s”. Hapus pelaksana ini beserta simbol langkah di kolomnya?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="237"/>
        <source>Move lane</source>
        <translation>Pindahkan pelaksana</translation>
    </message>
</context>
<context>
    <name>LayoutWarnings</name>
    <message>
        <location filename="../../ui/editor/layout_warnings.py" line="54"/>
        <source>drawing, page %d: %s</source>
        <translation>gambar, halaman %d: %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/layout_warnings.py" line="58"/>
        <source>a line runs through text or a label</source>
        <translation>ada garis yang melewati teks atau label</translation>
    </message>
    <message>
        <location filename="../../ui/editor/layout_warnings.py" line="59"/>
        <source>a line runs through a symbol</source>
        <translation>ada garis yang melewati simbol</translation>
    </message>
    <message>
        <location filename="../../ui/editor/layout_warnings.py" line="60"/>
        <source>a line runs along a border</source>
        <translation>ada garis yang berimpit dengan garis tepi kolom atau baris</translation>
    </message>
    <message>
        <location filename="../../ui/editor/layout_warnings.py" line="61"/>
        <source>two lines run on one track</source>
        <translation>dua garis berjalan berimpit pada satu jalur</translation>
    </message>
    <message>
        <location filename="../../ui/editor/layout_warnings.py" line="62"/>
        <source>symbols, text or labels stand on each other</source>
        <translation>simbol, teks atau label saling menumpuk</translation>
    </message>
    <message>
        <location filename="../../ui/editor/layout_warnings.py" line="63"/>
        <source>text smaller than the sheet&apos;s smallest type</source>
        <translation>teks lebih kecil dari huruf terkecil lembar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/layout_warnings.py" line="64"/>
        <source>text does not fit inside its symbol</source>
        <translation>teks tidak muat di dalam simbolnya</translation>
    </message>
    <message>
        <location filename="../../ui/editor/layout_warnings.py" line="65"/>
        <source>text is cut off or runs over the footer</source>
        <translation>teks terpotong atau menimpa kaki halaman</translation>
    </message>
    <message>
        <location filename="../../ui/editor/layout_warnings.py" line="66"/>
        <source>the last page holds only the last step</source>
        <translation>halaman terakhir hanya berisi langkah terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/layout_warnings.py" line="67"/>
        <source>a heading stands alone at the foot of a page</source>
        <translation>judul bagian tertinggal sendiri di kaki halaman</translation>
    </message>
</context>
<context>
    <name>LetterheadEditor</name>
    <message>
        <location filename="../../ui/editor/letterhead_editor.py" line="26"/>
        <source>Bold</source>
        <translation>Tebal</translation>
    </message>
    <message>
        <location filename="../../ui/editor/letterhead_editor.py" line="26"/>
        <source>Regular</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <location filename="../../ui/editor/letterhead_editor.py" line="27"/>
        <source>Small</source>
        <translation>Kecil</translation>
    </message>
    <message>
        <location filename="../../ui/editor/letterhead_editor.py" line="29"/>
        <source>Weight of the selected line</source>
        <translation>Ketebalan baris terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/editor/letterhead_editor.py" line="50"/>
        <source>Edit letterhead</source>
        <translation>Sunting kop</translation>
    </message>
    <message>
        <location filename="../../ui/editor/letterhead_editor.py" line="55"/>
        <source>Add letterhead line</source>
        <translation>Tambah baris kop</translation>
    </message>
    <message>
        <location filename="../../ui/editor/letterhead_editor.py" line="60"/>
        <source>Remove letterhead line</source>
        <translation>Hapus baris kop</translation>
    </message>
    <message>
        <location filename="../../ui/editor/letterhead_editor.py" line="65"/>
        <source>Reorder letterhead</source>
        <translation>Ubah urutan kop</translation>
    </message>
    <message>
        <location filename="../../ui/editor/letterhead_editor.py" line="72"/>
        <source>Letterhead line weight</source>
        <translation>Ketebalan baris kop</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="65"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="66"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="67"/>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <location filename="../../ui/editor/list_editor.py" line="68"/>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="vanished">(baru)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search name, number or step text… (Ctrl+F)</source>
        <translation type="vanished">Cari nama, nomor atau teks kegiatan… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="vanished">Semua status</translation>
    </message>
    <message>
        <source>No SOP matches the search and filters. Clear the search, or choose “All units” and “All statuses”.</source>
        <translation type="vanished">Tidak ada SOP yang cocok dengan pencarian dan saringan. Kosongkan pencarian, atau pilih “Semua unit kerja” dan “Semua status”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Flowchart</source>
        <translation>Diagram alir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Executions</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="21"/>
        <source>&amp;Export this SOP as PDF…</source>
        <translation>&amp;Ekspor SOP ini ke PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="23"/>
        <source>Export &amp;all SOPs as PDF…</source>
        <translation>Ekspor &amp;semua SOP ke PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="25"/>
        <source>Revision &amp;history…</source>
        <translation>&amp;Riwayat revisi…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="27"/>
        <source>Audit &amp;log…</source>
        <translation>&amp;Log audit…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="28"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Periksa basis data</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="30"/>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Office settings…</source>
        <translation>Pengaturan &amp;kantor…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="32"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="34"/>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="48"/>
        <source>&amp;Approve</source>
        <translation>&amp;Sahkan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="36"/>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="37"/>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="38"/>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Sesuaikan lebar</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="39"/>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="41"/>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>%s landscape</source>
        <translation>%s mendatar</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="42"/>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;SOP</source>
        <translation>&amp;SOP</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="44"/>
        <source>New &amp;draft revision</source>
        <translation>Buat revisi &amp;draf</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="46"/>
        <source>Mark &amp;verified</source>
        <translation>Tandai &amp;terverifikasi</translation>
    </message>
    <message>
        <source>&amp;Approve (disahkan)</source>
        <translation type="vanished">&amp;Sahkan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="50"/>
        <source>Send &amp;back to draft</source>
        <translation>&amp;Kembalikan ke draf</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="52"/>
        <source>&amp;Running executions…</source>
        <translation>Pelaksanaan &amp;berjalan…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="54"/>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>Your &amp;name for the audit log…</source>
        <translation>&amp;Nama Anda untuk log audit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="56"/>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;About sopdesk</source>
        <translation>&amp;Tentang sopdesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="vanished">Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>The database could not be opened.</source>
        <translation>Basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>The database could not be opened:
%s</source>
        <translation>Basis data tidak dapat dibuka:
%s</translation>
    </message>
    <message>
        <source>Backup made: %s</source>
        <translation type="vanished">Cadangan dibuat: %s</translation>
    </message>
    <message>
        <source>Automatic backup failed: %s</source>
        <translation type="vanished">Pencadangan otomatis gagal: %s</translation>
    </message>
    <message>
        <source>Restoring from %s…</source>
        <translation type="vanished">Memulihkan dari %s…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="vanished">Pulihkan</translation>
    </message>
    <message>
        <source>%d of %d SOPs</source>
        <translation type="vanished">%d dari %d SOP</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>The SOP could not be loaded:
%s</source>
        <translation>SOP tidak dapat dimuat:
%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>Your name, as the audit log should record it:</source>
        <translation>Nama Anda, sebagaimana dicatat di log audit:</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation type="vanished">Pengaturan kantor</translation>
    </message>
    <message>
        <source>“%s” is open in an editor. Save and close it before changing its status.</source>
        <translation type="vanished">“%s” sedang dibuka di penyunting. Simpan dan tutup dulu sebelum mengubah statusnya.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="vanished">Log audit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>The language changes the next time sopdesk starts.</source>
        <translation>Bahasa berganti saat sopdesk dibuka lagi.</translation>
    </message>
    <message>
        <source>About sopdesk</source>
        <translation type="vanished">Tentang sopdesk</translation>
    </message>
    <message>
        <source>sopdesk %s
SOP AP (Permenpan RB 35/2012) for the Bagian Organisasi.
Database: %s</source>
        <translation type="vanished">sopdesk %s
SOP AP (Permenpan RB 35/2012) untuk Bagian Organisasi.
Basis data: %s</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="vanished">Ekspor PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation type="vanished">Menulis %s…</translation>
    </message>
    <message>
        <source>Export all SOPs to folder</source>
        <translation type="vanished">Ekspor semua SOP ke folder</translation>
    </message>
    <message>
        <source>Writing PDF sheets…</source>
        <translation type="vanished">Menulis lembar PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Batal</translation>
    </message>
    <message>
        <source>%d PDF sheet(s) written to %s</source>
        <translation type="vanished">%d lembar PDF ditulis ke %s</translation>
    </message>
    <message>
        <source>Export cancelled; %d sheet(s) written.</source>
        <translation type="vanished">Ekspor dibatalkan; %d lembar sudah ditulis.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation type="vanished">Ekspor gagal.</translation>
    </message>
    <message>
        <source>The PDF could not be written; no partial file was left.

%s</source>
        <translation type="vanished">PDF tidak dapat ditulis; tidak ada berkas setengah jadi yang tertinggal.

%s</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation type="vanished">Periksa basis data</translation>
    </message>
</context>
<context>
    <name>MinuteEdit</name>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="120"/>
        <source>Date and time (whole minutes). Typed times are checked when you log.</source>
        <translation>Tanggal dan jam (menit bulat). Waktu yang diketik diperiksa saat dicatat.</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="121"/>
        <source>&amp;Now</source>
        <translation>&amp;Sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="122"/>
        <source>Set the field to the current time</source>
        <translation>Isi kolom dengan waktu sekarang</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="65"/>
        <source>Monitoring and evaluation of SOPs</source>
        <translation>Monitoring dan evaluasi SOP</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="84"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="87"/>
        <source>Period from</source>
        <translation>Periode dari</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="87"/>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="114"/>
        <source>Assessment of the selected SOP (Tabel 7)</source>
        <translation>Penilaian SOP terpilih (Tabel 7)</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="116"/>
        <source>— not assessed —</source>
        <translation>— belum dinilai —</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="116"/>
        <source>Runs well</source>
        <translation>Berjalan dengan baik</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="116"/>
        <source>Does not run well</source>
        <translation>Tidak berjalan dengan baik</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="119"/>
        <source>name of the assessor</source>
        <translation>nama penilai</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="121"/>
        <source>Assessment of the application</source>
        <translation>Penilaian terhadap penerapan</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="122"/>
        <source>Notes on the assessment</source>
        <translation>Catatan hasil penilaian</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="123"/>
        <source>Action to take</source>
        <translation>Tindakan yang harus diambil</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="124"/>
        <source>Assessor (paraf)</source>
        <translation>Paraf penilai</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="132"/>
        <source>Evaluation checklist of the selected SOP</source>
        <translation>Daftar periksa evaluasi SOP terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="140"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="140"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="142"/>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="155"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="156"/>
        <source>Export to Excel…</source>
        <translation>Ekspor ke Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="157"/>
        <source>Export to PDF…</source>
        <translation>Ekspor ke PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="158"/>
        <source>Cancel export</source>
        <translation>Batalkan ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="160"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="181"/>
        <source>Discard the entries that are not saved?</source>
        <translation>Buang isian yang belum disimpan?</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="195"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="204"/>
        <source>%d SOPs, period %s</source>
        <translation>%d SOP, periode %s</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="242"/>
        <source>Nothing to save.</source>
        <translation>Tidak ada yang perlu disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="253"/>
        <source>Saved: %d SOPs.</source>
        <translation>Tersimpan: %d SOP.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="256"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="262"/>
        <source>Export to Excel</source>
        <translation>Ekspor ke Excel</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="262"/>
        <source>Export to PDF</source>
        <translation>Ekspor ke PDF</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="289"/>
        <source>Written: %s</source>
        <translation>Ditulis: %s</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="289"/>
        <source>Export cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="294"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="297"/>
        <source>Exporting… %d/%d</source>
        <translation>Mengekspor… %d/%d</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_dialog.py" line="317"/>
        <source>Cannot write the file: %s (%s)</source>
        <translation>Berkas tidak dapat ditulis: %s (%s)</translation>
    </message>
</context>
<context>
    <name>MonitoringTableModel</name>
    <message>
        <location filename="../../ui/monitoring_model.py" line="30"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_model.py" line="30"/>
        <source>Procedure</source>
        <translation>Prosedur</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_model.py" line="30"/>
        <source>Executions (finished)</source>
        <translation>Pelaksanaan (selesai)</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_model.py" line="30"/>
        <source>Steps on time</source>
        <translation>Langkah tepat waktu</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_model.py" line="31"/>
        <source>Steps most often late</source>
        <translation>Langkah paling sering terlambat</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_model.py" line="31"/>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_model.py" line="31"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_model.py" line="31"/>
        <source>Action to take</source>
        <translation>Tindakan yang harus diambil</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_model.py" line="32"/>
        <source>Assessor</source>
        <translation>Penilai</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_model.py" line="86"/>
        <source>step %s (%d×)</source>
        <translation>langkah %s (%d×)</translation>
    </message>
    <message>
        <source>step %d (%d×)</source>
        <translation type="vanished">langkah %d (%d×)</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_model.py" line="93"/>
        <source>Runs well</source>
        <translation>Berjalan dengan baik</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring_model.py" line="94"/>
        <source>Does not run well</source>
        <translation>Tidak berjalan dengan baik</translation>
    </message>
</context>
<context>
    <name>NewSopDialog</name>
    <message>
        <location filename="../../ui/editor/new_dialog.py" line="28"/>
        <source>New SOP</source>
        <translation>SOP baru</translation>
    </message>
    <message>
        <location filename="../../ui/editor/new_dialog.py" line="32"/>
        <source>&amp;Blank</source>
        <translation>&amp;Kosong</translation>
    </message>
    <message>
        <location filename="../../ui/editor/new_dialog.py" line="33"/>
        <source>&amp;Copy of</source>
        <translation>&amp;Salinan dari</translation>
    </message>
    <message>
        <location filename="../../ui/editor/new_dialog.py" line="55"/>
        <source>Nama SOP</source>
        <translation>Nama SOP</translation>
    </message>
    <message>
        <location filename="../../ui/editor/new_dialog.py" line="56"/>
        <source>Start</source>
        <translation>Isi awal</translation>
    </message>
</context>
<context>
    <name>NumberedColumns</name>
    <message>
        <location filename="../../ui/editor/numbered_columns.py" line="60"/>
        <source>Column number of %s</source>
        <translation>Nomor kolom %s</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../ui/office_dialog.py" line="47"/>
        <location filename="../../ui/office_dialog.py" line="109"/>
        <location filename="../../ui/office_dialog.py" line="140"/>
        <source>Office settings</source>
        <translation>Pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="51"/>
        <source>Working hours (e.g. 07:30-12:00, 13:00-16:00; empty = day off)</source>
        <translation>Jam kerja (mis. 07:30-12:00, 13:00-16:00; kosong = libur)</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="61"/>
        <source>Office days off (one date a line)</source>
        <translation>Libur kantor (satu tanggal per baris)</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="62"/>
        <source>Holidays worked anyway</source>
        <translation>Hari libur yang tetap masuk</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="73"/>
        <source>Waktu convention</source>
        <translation>Konvensi Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="75"/>
        <source>1 hari = working hours</source>
        <translation>1 hari = jam kerja</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="76"/>
        <source>1 minggu = working days</source>
        <translation>1 minggu = hari kerja</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="77"/>
        <source>1 bulan = hari</source>
        <translation>1 bulan = hari</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="87"/>
        <source>Office identity</source>
        <translation>Identitas kantor</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="88"/>
        <source>Working calendar</source>
        <translation>Kalender kerja</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseController</name>
    <message>
        <location filename="../../ui/action_tips.py" line="59"/>
        <location filename="../../ui/open_database.py" line="58"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Buka basis data…</translation>
    </message>
    <message>
        <location filename="../../ui/open_database.py" line="93"/>
        <source>This database is already open.</source>
        <translation>Basis data ini sudah terbuka.</translation>
    </message>
    <message>
        <location filename="../../ui/open_database.py" line="99"/>
        <location filename="../../ui/open_database.py" line="123"/>
        <location filename="../../ui/open_database.py" line="163"/>
        <location filename="../../ui/open_database.py" line="173"/>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <location filename="../../ui/open_database.py" line="102"/>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <location filename="../../ui/open_database.py" line="122"/>
        <source>The database could not be opened; the one open stays open.</source>
        <translation>Basis data tidak dapat dibuka; basis data yang sedang terbuka tetap dipakai.</translation>
    </message>
    <message>
        <location filename="../../ui/open_database.py" line="124"/>
        <source>The database could not be opened; the one open stays open.

%s</source>
        <translation>Basis data tidak dapat dibuka; basis data yang sedang terbuka tetap dipakai.

%s</translation>
    </message>
    <message>
        <location filename="../../ui/open_database.py" line="133"/>
        <source>The database open stays open.</source>
        <translation>Basis data yang sedang terbuka tetap dipakai.</translation>
    </message>
    <message>
        <location filename="../../ui/open_database.py" line="164"/>
        <source>The password could not be kept: this computer has no usable password store. Type it again in File → Open database next time, or put it in your pgpass file.</source>
        <translation>Kata sandi tidak dapat disimpan: komputer ini tidak punya penyimpanan kata sandi yang dapat dipakai. Ketik lagi di Berkas → Buka basis data lain kali, atau simpan di berkas pgpass Anda.</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="63"/>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="68"/>
        <source>(choose a recent database)</source>
        <translation>(pilih basis data yang pernah dibuka)</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="72"/>
        <source>Opened before:</source>
        <translation>Pernah dibuka:</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="76"/>
        <source>A database file on this computer (SQLite)</source>
        <translation>Berkas basis data di komputer ini (SQLite)</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="77"/>
        <source>The office server (PostgreSQL)</source>
        <translation>Server kantor (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="89"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="106"/>
        <source>File name, e.g. D:\SOP\sopdesk.sqlite3</source>
        <translation>Nama berkas, mis. D:\SOP\sopdesk.sqlite3</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="107"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="112"/>
        <source>Choose a sopdesk database, or type the name of a new file: a new database is made with the sample SOPs, as at the first start.</source>
        <translation>Pilih basis data sopdesk, atau ketik nama berkas baru: basis data baru dibuat berisi SOP contoh, seperti saat sopdesk pertama kali dijalankan.</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="122"/>
        <source>e.g. server-organisasi or 192.168.1.10</source>
        <translation>mis. server-organisasi atau 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="130"/>
        <source>Keep the password in this computer&apos;s password store</source>
        <translation>Simpan kata sandi di penyimpanan kata sandi komputer ini</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="133"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="134"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="135"/>
        <source>Database:</source>
        <translation>Basis data:</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="136"/>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="137"/>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="140"/>
        <source>This computer has no password store, so the password is not kept: type it each time, or put it in your pgpass file (ask the administrator).</source>
        <translation>Komputer ini tidak punya penyimpanan kata sandi, jadi kata sandi tidak disimpan: ketik setiap kali, atau taruh di berkas pgpass Anda (tanyakan kepada administrator).</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="148"/>
        <location filename="../../ui/open_database_dialog.py" line="251"/>
        <source>Test connection</source>
        <translation>Uji sambungan</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="182"/>
        <source>kept in the password store</source>
        <translation>tersimpan di penyimpanan kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="186"/>
        <source>Database file</source>
        <translation>Berkas basis data</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="187"/>
        <source>sopdesk database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Basis data sopdesk (*.sqlite3 *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="208"/>
        <source>Choose a file, or type the name of a new one.</source>
        <translation>Pilih berkas, atau ketik nama berkas baru.</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="211"/>
        <source>Fill in the server, the database and the user.</source>
        <translation>Isi server, basis data dan pengguna.</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="230"/>
        <source>Connecting…</source>
        <translation>Menyambung…</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="241"/>
        <source>Connected: the database is empty; sopdesk sets it up when it is opened.</source>
        <translation>Tersambung: basis data masih kosong; sopdesk menyiapkannya saat dibuka.</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="242"/>
        <source>Connected: a sopdesk database.</source>
        <translation>Tersambung: basis data sopdesk.</translation>
    </message>
</context>
<context>
    <name>OpenResult</name>
    <message>
        <location filename="../../ui/open_result.py" line="27"/>
        <source>Written: %s</source>
        <translation>Ditulis: %s</translation>
    </message>
    <message>
        <location filename="../../ui/open_result.py" line="29"/>
        <source>%d files written to %s</source>
        <translation>%d berkas ditulis ke %s</translation>
    </message>
    <message>
        <location filename="../../ui/open_result.py" line="36"/>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <location filename="../../ui/open_result.py" line="38"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../ui/open_result.py" line="50"/>
        <source>No program could open %s.</source>
        <translation>Tidak ada program yang dapat membuka %s.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="94"/>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="95"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="106"/>
        <location filename="../../ui/printing.py" line="141"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="107"/>
        <source>The document could not be printed.

%s</source>
        <translation>Dokumen tidak dapat dicetak.

%s</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="112"/>
        <source>Printing page %d of %d…</source>
        <translation>Mencetak halaman %d dari %d…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="129"/>
        <source>Print: %s</source>
        <translation>Cetak: %s</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="140"/>
        <source>The document could not be prepared.

%s</source>
        <translation>Dokumen tidak dapat disiapkan.

%s</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="154"/>
        <source>SOP sheet</source>
        <translation>Lembar SOP</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="171"/>
        <source>SOP book</source>
        <translation>Buku SOP</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/progress.py" line="19"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="91"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="92"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="93"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="94"/>
        <source>File Folder</source>
        <translation>Folder berkas</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="95"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="96"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="97"/>
        <source>Unknown</source>
        <translation>Tidak dikenal</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="119"/>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih semua</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="120"/>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="121"/>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="155"/>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Tambah ke warna pilihan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="156"/>
        <source>&amp;Basic colors</source>
        <translation>Warna &amp;dasar</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="157"/>
        <source>&amp;Custom colors</source>
        <translation>Warna &amp;pilihan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="158"/>
        <source>&amp;Green:</source>
        <translation>&amp;Hijau:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="159"/>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="160"/>
        <source>&amp;Pick Screen Color</source>
        <translation>&amp;Ambil warna dari layar</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="161"/>
        <source>&amp;Red:</source>
        <translation>&amp;Merah:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="162"/>
        <source>&amp;Sat:</source>
        <translation>&amp;Saturasi:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="163"/>
        <source>&amp;Val:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="164"/>
        <source>A&amp;lpha channel:</source>
        <translation>Kanal a&amp;lfa:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="165"/>
        <source>Bl&amp;ue:</source>
        <translation>B&amp;iru:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="166"/>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Kursor di %1, %2
Tekan ESC untuk batal</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="167"/>
        <source>Hu&amp;e:</source>
        <translation>&amp;Rona:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="168"/>
        <source>Select Color</source>
        <translation>Pilih warna</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="193"/>
        <source>Open the combo box selection popup</source>
        <translation>Buka daftar pilihan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="194"/>
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="195"/>
        <source>False</source>
        <translation>Salah</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <location filename="../../ui/editor/source_view.py" line="271"/>
        <source>No program on this computer opens %s. The original was saved as:
%s</source>
        <translation>Tidak ada program di komputer ini yang dapat membuka berkas %s. Dokumen asal disimpan sebagai:
%s</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="198"/>
        <source>What&apos;s This?</source>
        <translation>Apa ini?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="34"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="124"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="125"/>
        <source>Closes the dock widget</source>
        <translation>Menutup panel ini</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="126"/>
        <source>Float</source>
        <translation>Lepas</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="127"/>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Melepas panel ini atau memasangnya kembali</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="37"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama folder sudah benar.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="38"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas sudah benar.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="39"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti dengan yang baru?</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="41"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="42"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43"/>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="44"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="45"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="46"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="47"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="48"/>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="49"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="50"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin hendak menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="51"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="52"/>
        <source>Change to detail view mode</source>
        <translation>Tampilkan rincian</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="53"/>
        <source>Change to list view mode</source>
        <translation>Tampilkan daftar</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="54"/>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="55"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="56"/>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="57"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="58"/>
        <source>Detail View</source>
        <translation>Tampilan rincian</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="59"/>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="60"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="61"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="62"/>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="63"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="64"/>
        <source>Find Directory</source>
        <translation>Cari folder</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="65"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="66"/>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="67"/>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="68"/>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="69"/>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="70"/>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="71"/>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="72"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="73"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="74"/>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="75"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="76"/>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="77"/>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="78"/>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="79"/>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="82"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="83"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="84"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="85"/>
        <source>My Computer</source>
        <translation>Komputer saya</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="86"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="87"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="88"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="134"/>
        <source>Enter a value:</source>
        <translation>Masukkan nilai:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="100"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="101"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="102"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="103"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="104"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="105"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="106"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="130"/>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="131"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24"/>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="29"/>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="30"/>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31"/>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="137"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="171"/>
        <source>Bottom</source>
        <translation>Paling bawah</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="172"/>
        <source>Left edge</source>
        <translation>Tepi kiri</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="173"/>
        <source>Page down</source>
        <translation>Halaman bawah</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="174"/>
        <source>Page left</source>
        <translation>Halaman kiri</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="175"/>
        <source>Page right</source>
        <translation>Halaman kanan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="176"/>
        <source>Page up</source>
        <translation>Halaman atas</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="177"/>
        <source>Right edge</source>
        <translation>Tepi kanan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="178"/>
        <source>Scroll down</source>
        <translation>Gulir ke bawah</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="179"/>
        <source>Scroll here</source>
        <translation>Gulir ke sini</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="180"/>
        <source>Scroll left</source>
        <translation>Gulir ke kiri</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="181"/>
        <source>Scroll right</source>
        <translation>Gulir ke kanan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="182"/>
        <source>Scroll up</source>
        <translation>Gulir ke atas</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="183"/>
        <source>Top</source>
        <translation>Paling atas</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="186"/>
        <source>Scroll Left</source>
        <translation>Gulir ke kiri</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="187"/>
        <source>Scroll Right</source>
        <translation>Gulir ke kanan</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="149"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="150"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="151"/>
        <source>Undo %1</source>
        <translation>Urungkan %1</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="152"/>
        <source>Redo %1</source>
        <translation>Ulangi %1</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="140"/>
        <source>&lt;empty&gt;</source>
        <translation>&lt;kosong&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="143"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="144"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="145"/>
        <source>Undo %1</source>
        <translation>Urungkan %1</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="146"/>
        <source>Redo %1</source>
        <translation>Ulangi %1</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="190"/>
        <source>Insert Unicode control character</source>
        <translation>Sisipkan karakter kendali Unicode</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="201"/>
        <source>What&apos;s This?</source>
        <translation>Apa ini?</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="109"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="110"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="111"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="112"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="113"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="114"/>
        <source>Copy &amp;Link Location</source>
        <translation>Salin alamat &amp;tautan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="115"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="116"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <location filename="../../ui/action_tips.py" line="69"/>
        <location filename="../../ui/reports.py" line="37"/>
        <source>&amp;Weekly report (Excel)…</source>
        <translation>Laporan &amp;mingguan (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="71"/>
        <location filename="../../ui/reports.py" line="38"/>
        <source>&amp;Monitoring and evaluation…</source>
        <translation>&amp;Monitoring dan evaluasi…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="73"/>
        <location filename="../../ui/reports.py" line="40"/>
        <source>SOP &amp;book as PDF…</source>
        <translation>&amp;Buku SOP sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="75"/>
        <location filename="../../ui/reports.py" line="41"/>
        <source>&amp;Print this SOP…</source>
        <translation>&amp;Cetak SOP ini…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="76"/>
        <location filename="../../ui/reports.py" line="42"/>
        <source>Print the SOP b&amp;ook…</source>
        <translation>Cetak b&amp;uku SOP…</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="78"/>
        <location filename="../../ui/reports.py" line="44"/>
        <source>&amp;Check a printed sheet…</source>
        <translation>&amp;Periksa lembar tercetak…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="65"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="69"/>
        <source>The file could not be written; no partial file was left.

%s</source>
        <translation>Berkas tidak dapat ditulis; tidak ada berkas setengah jadi yang tertinggal.

%s</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="73"/>
        <source>Written: %s</source>
        <translation>Ditulis: %s</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="74"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="90"/>
        <location filename="../../ui/reports.py" line="108"/>
        <source>Weekly report</source>
        <translation>Laporan mingguan</translation>
    </message>
    <message>
        <source>ISO week (e.g. %s; the default is last week):</source>
        <translation type="vanished">Minggu ISO (mis. %s; bawaan: minggu lalu):</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="90"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="107"/>
        <source>Writing the weekly report…</source>
        <translation>Menulis laporan mingguan…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="132"/>
        <location filename="../../ui/reports.py" line="150"/>
        <source>SOP book</source>
        <translation>Buku SOP</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="132"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="149"/>
        <source>Writing the SOP book…</source>
        <translation>Menulis buku SOP…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="27"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="33"/>
        <source>The current file is backed up first (or kept aside if it is damaged).</source>
        <translation>Berkas yang sekarang dicadangkan dulu (atau disisihkan bila rusak).</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="38"/>
        <source>%s  (%s KB)</source>
        <translation>%s  (%s KB)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="45"/>
        <source>There are no backups yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="48"/>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="65"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="65"/>
        <source>Replace the database with the backup of %s?</source>
        <translation>Ganti basis data dengan cadangan %s?</translation>
    </message>
</context>
<context>
    <name>RevisionActions</name>
    <message>
        <location filename="../../ui/revision_actions.py" line="33"/>
        <source>Revision &amp;history…</source>
        <translation>&amp;Riwayat revisi…</translation>
    </message>
    <message>
        <location filename="../../ui/revision_actions.py" line="34"/>
        <source>Audit &amp;log…</source>
        <translation>&amp;Log audit…</translation>
    </message>
    <message>
        <location filename="../../ui/revision_actions.py" line="39"/>
        <source>New &amp;draft revision</source>
        <translation>Buat revisi &amp;draf</translation>
    </message>
    <message>
        <location filename="../../ui/revision_actions.py" line="40"/>
        <source>Mark &amp;verified</source>
        <translation>Tandai &amp;terverifikasi</translation>
    </message>
    <message>
        <location filename="../../ui/revision_actions.py" line="41"/>
        <source>&amp;Approve</source>
        <translation>&amp;Sahkan</translation>
    </message>
    <message>
        <location filename="../../ui/revision_actions.py" line="42"/>
        <source>Send &amp;back to draft</source>
        <translation>&amp;Kembalikan ke draf</translation>
    </message>
    <message>
        <location filename="../../ui/revision_actions.py" line="44"/>
        <source>&amp;Running executions…</source>
        <translation>Pelaksanaan &amp;berjalan…</translation>
    </message>
    <message>
        <location filename="../../ui/revision_actions.py" line="62"/>
        <location filename="../../ui/revision_actions.py" line="76"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../ui/revision_actions.py" line="63"/>
        <source>“%s” is open in an editor. Save and close it before changing its status.</source>
        <translation>“%s” sedang dibuka di penyunting. Simpan dan tutup dulu sebelum mengubah statusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_actions.py" line="114"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
</context>
<context>
    <name>RunningDialog</name>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="237"/>
        <source>Running executions</source>
        <translation>Pelaksanaan berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="239"/>
        <source>Filter by SOP, implementer, person or state…</source>
        <translation>Saring menurut SOP, pelaksana, orang atau status…</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="241"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="241"/>
        <source>Execution</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="241"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="242"/>
        <source>Implementer</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="242"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="242"/>
        <source>Standard</source>
        <translation>Waktu baku</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="243"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="243"/>
        <source>Verdict</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="261"/>
        <source>No execution is running.</source>
        <translation>Tidak ada pelaksanaan yang berjalan.</translation>
    </message>
</context>
<context>
    <name>SheetPanel</name>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="95"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="98"/>
        <source>Kelengkapan column</source>
        <translation>Kolom Kelengkapan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="99"/>
        <source>Waktu column</source>
        <translation>Kolom Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="100"/>
        <source>Output column</source>
        <translation>Kolom Output</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="101"/>
        <source>Keterangan column</source>
        <translation>Kolom Keterangan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="102"/>
        <source>Row of column numbers under the header</source>
        <translation>Baris nomor kolom di bawah kepala tabel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="103"/>
        <source>Total Waktu row</source>
        <translation>Baris jumlah Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="104"/>
        <source>SOP name and number over the flowchart pages</source>
        <translation>Nama dan Nomor SOP di atas halaman diagram alir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="105"/>
        <source>Signature block under the flowchart</source>
        <translation>Blok tanda tangan di bawah diagram alir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="106"/>
        <source>“Mulai” and “Selesai” in the terminators</source>
        <translation>“Mulai” dan “Selesai” di dalam simbol terminator</translation>
    </message>
    <message>
        <source>Identity page before the flowchart</source>
        <translation type="vanished">Halaman identitas sebelum diagram alir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="110"/>
        <source>Sheet: %s</source>
        <translation>Lembar: %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="113"/>
        <source>Line over the identity block (empty: none)</source>
        <translation>Baris di atas blok identitas (kosong: tidak ada)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="116"/>
        <source>e.g. STANDAR OPERASIONAL PROSEDUR …</source>
        <translation>mis. STANDAR OPERASIONAL PROSEDUR …</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="118"/>
        <source>Line over the identity block</source>
        <translation>Baris di atas blok identitas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="121"/>
        <source>Numbered columns (unchecked: the number cell stays blank)</source>
        <translation>Kolom bernomor (tidak dicentang: sel nomornya dibiarkan kosong)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="128"/>
        <location filename="../../ui/editor/sheet_panel.py" line="276"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="132"/>
        <source>Chosen when printing</source>
        <translation>Dipilih saat mencetak</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="137"/>
        <source>Landscape</source>
        <translation>Mendatar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="138"/>
        <source>Portrait</source>
        <translation>Tegak</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="139"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="140"/>
        <source>Orientation</source>
        <translation>Arah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="145"/>
        <source>On its own page</source>
        <translation>Di halaman sendiri</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="146"/>
        <source>Flowchart below it when it fits</source>
        <translation>Diagram alir di bawahnya bila muat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="147"/>
        <source>Not printed</source>
        <translation>Tidak dicetak</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="150"/>
        <location filename="../../ui/editor/sheet_panel.py" line="152"/>
        <source>Identity page</source>
        <translation>Halaman identitas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="156"/>
        <source>Letterhead (kop) lines</source>
        <translation>Baris kop</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="158"/>
        <source>Empty: the unit header lines of the Identity tab, as before.</source>
        <translation>Kosong: baris kop unit kerja pada tab Identitas, seperti sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="174"/>
        <source>Choose picture…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="174"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="188"/>
        <location filename="../../ui/editor/sheet_panel.py" line="303"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="191"/>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="196"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="200"/>
        <source>Wet signature (the Disahkan oleh block)</source>
        <translation>Tanda tangan basah (blok Disahkan oleh)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="201"/>
        <source>Electronic (signing QR and footnote)</source>
        <translation>Elektronik (QR penandatanganan dan catatan kaki)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="203"/>
        <source>Signature mode</source>
        <translation>Cara tanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="209"/>
        <location filename="../../ui/editor/sheet_panel.py" line="309"/>
        <source>Signing QR image</source>
        <translation>Gambar QR penandatanganan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="213"/>
        <source>Remove signing QR</source>
        <translation>Hapus QR penandatanganan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="216"/>
        <source>Footnote on every page</source>
        <translation>Catatan kaki di setiap halaman</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="220"/>
        <source>e.g. “This document has been signed electronically …”</source>
        <translation>mis. “Dokumen ini telah ditandatangani secara elektronik …”</translation>
    </message>
    <message>
        <source>Dokumen ini telah ditandatangani secara elektronik …</source>
        <translation type="vanished">Dokumen ini telah ditandatangani secara elektronik …</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="227"/>
        <source>Labels (empty: the standard label)</source>
        <translation>Label (kosong: label baku)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="247"/>
        <source>List styles</source>
        <translation>Gaya daftar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="252"/>
        <source>Tujuan</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="252"/>
        <source>Definisi</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="257"/>
        <source>Numbered (1., 2.)</source>
        <translation>Bernomor (1., 2.)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="258"/>
        <source>Dash (-)</source>
        <translation>Tanda pisah (-)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="259"/>
        <source>Plain (no mark)</source>
        <translation>Polos (tanpa tanda)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="260"/>
        <source>Numbered, also a single item (1.)</source>
        <translation>Bernomor, juga satu butir saja (1.)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="262"/>
        <source>List style of %s</source>
        <translation>Gaya daftar %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="270"/>
        <source>Label %s</source>
        <translation>Label %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="281"/>
        <source>Signature footnote</source>
        <translation>Catatan kaki tanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="292"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="305"/>
        <source>Choose logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="311"/>
        <source>Choose signing QR</source>
        <translation>Pilih QR penandatanganan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="346"/>
        <source>no logo</source>
        <translation>tanpa logo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/sheet_panel.py" line="347"/>
        <source>no QR</source>
        <translation>tanpa QR</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../ui/editor/source_view.py" line="118"/>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="119"/>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="120"/>
        <source>Reading the original…</source>
        <translation>Membaca dokumen asal…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="125"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="126"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="127"/>
        <source>Fit width</source>
        <translation>Sesuaikan lebar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="141"/>
        <source>sopdesk cannot draw the pages of this file. Open it in its own program to compare the draft with it.</source>
        <translation>sopdesk tidak dapat menampilkan halaman berkas ini. Buka dengan programnya sendiri untuk membandingkan draf dengannya.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="159"/>
        <source>Open in Word</source>
        <translation>Buka di Word</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="161"/>
        <source>Open in Excel</source>
        <translation>Buka di Excel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="162"/>
        <source>Open the original</source>
        <translation>Buka berkas asal</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="192"/>
        <source>The pages of the original could not be drawn: %s</source>
        <translation>Halaman dokumen asal tidak dapat ditampilkan: %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="231"/>
        <source>Page %d of %d</source>
        <translation>Halaman %d dari %d</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="270"/>
        <location filename="../../ui/editor/source_view.py" line="282"/>
        <source>Original document</source>
        <translation>Dokumen asal</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="162"/>
        <source>Start an execution</source>
        <translation>Mulai pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="163"/>
        <source>e.g. LKj 2025</source>
        <translation>mis. LKj 2025</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="164"/>
        <source>e.g. a letter number</source>
        <translation>mis. nomor surat</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="169"/>
        <source>Trial run of a draft</source>
        <translation>Uji coba draf</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="174"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="175"/>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="176"/>
        <source>Started by</source>
        <translation>Dimulai oleh</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="177"/>
        <source>Started at</source>
        <translation>Mulai pada</translation>
    </message>
    <message>
        <location filename="../../ui/execution_dialogs.py" line="188"/>
        <source>The start %s is in the future.</source>
        <translation>Waktu mulai %s ada di masa depan.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/catalogue.py" line="30"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue.py" line="31"/>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue.py" line="32"/>
        <source>Approved</source>
        <translation>Disahkan</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue.py" line="33"/>
        <source>Superseded</source>
        <translation>Digantikan</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="36"/>
        <source>The No as the sheet prints it (e.g. 5a); empty: the step&apos;s position</source>
        <translation>No seperti tercetak di lembar (mis. 5a); kosong: nomor urut langkahnya</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="40"/>
        <source>Process</source>
        <translation>Proses</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="41"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="42"/>
        <source>Terminator (first and last step)</source>
        <translation>Terminator (langkah pertama dan terakhir)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="48"/>
        <source>Symbol</source>
        <translation>Simbol</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="50"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="54"/>
        <source>Waktu read as</source>
        <translation>Waktu dibaca</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="60"/>
        <source>Exit 1 (positive)</source>
        <translation>Jalan keluar 1 (positif)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="60"/>
        <source>Exit 2 (negative)</source>
        <translation>Jalan keluar 2 (negatif)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="69"/>
        <source>goes to</source>
        <translation>menuju</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="134"/>
        <source>Number of step %s</source>
        <translation>Nomor langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="144"/>
        <source>Symbol of step %s</source>
        <translation>Simbol langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="151"/>
        <source>Exit label of step %s</source>
        <translation>Label jalan keluar langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="158"/>
        <source>Exit target of step %s</source>
        <translation>Tujuan jalan keluar langkah %s</translation>
    </message>
    <message>
        <source>  goes to</source>
        <translation type="vanished">  menuju</translation>
    </message>
    <message>
        <source>Step %d</source>
        <translation type="vanished">Langkah %d</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="83"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="83"/>
        <source>Step %s</source>
        <translation>Langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/step_panel.py" line="115"/>
        <source>the next step</source>
        <translation>langkah berikutnya</translation>
    </message>
    <message>
        <source>Symbol of step %d</source>
        <translation type="vanished">Simbol langkah %d</translation>
    </message>
    <message>
        <source>Exit label of step %d</source>
        <translation type="vanished">Label jalan keluar langkah %d</translation>
    </message>
    <message>
        <source>Exit target of step %d</source>
        <translation type="vanished">Tujuan jalan keluar langkah %d</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../ui/editor/steps_model.py" line="102"/>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps_model.py" line="102"/>
        <source>Kelengkapan</source>
        <translation>Kelengkapan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps_model.py" line="103"/>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps_model.py" line="103"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps_model.py" line="103"/>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps_model.py" line="104"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps_model.py" line="132"/>
        <source>Double-click or press Space to put the step in lane “%s” or take it away; for joint work, mark the lanes in the order the work passes</source>
        <translation>Klik dua kali atau tekan Spasi untuk menaruh langkah di kolom “%s” atau mengambilnya; untuk kerja bersama, tandai kolom menurut urutan pekerjaan berpindah</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps_model.py" line="152"/>
        <source>unreadable</source>
        <translation>tidak terbaca</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps_model.py" line="166"/>
        <source>Edit %s of step %s</source>
        <translation>Sunting %s langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps_model.py" line="174"/>
        <source>Lane of step %s</source>
        <translation>Pelaksana langkah %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps_model.py" line="203"/>
        <source>Move step %s</source>
        <translation>Pindahkan langkah %s</translation>
    </message>
    <message>
        <source>Click or press Space to put the step in lane “%s” or take it away; for joint work, click the lanes in the order the work passes</source>
        <translation type="vanished">Klik atau tekan Spasi untuk menaruh langkah di kolom “%s” atau mengambilnya; untuk kerja bersama, klik kolom menurut urutan pekerjaan berpindah</translation>
    </message>
    <message>
        <source>Edit %s of step %d</source>
        <translation type="vanished">Sunting %s langkah %d</translation>
    </message>
    <message>
        <source>Lane of step %d</source>
        <translation type="vanished">Pelaksana langkah %d</translation>
    </message>
    <message>
        <source>Move step %d</source>
        <translation type="vanished">Pindahkan langkah %d</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>1 working day</source>
        <translation type="vanished">1 hari kerja</translation>
    </message>
    <message>
        <source>%d working days</source>
        <translation type="vanished">%d hari kerja</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="vanished">1 jam</translation>
    </message>
    <message>
        <source>%d hours</source>
        <translation type="vanished">%d jam</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="vanished">1 menit</translation>
    </message>
    <message>
        <source>%d minutes</source>
        <translation type="vanished">%d menit</translation>
    </message>
    <message>
        <location filename="../../ui/execution_text.py" line="30"/>
        <source>on time</source>
        <translation>tepat waktu</translation>
    </message>
    <message>
        <location filename="../../ui/execution_text.py" line="31"/>
        <source>late by %s</source>
        <translation>terlambat %s</translation>
    </message>
    <message>
        <location filename="../../ui/execution_text.py" line="32"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/execution_text.py" line="33"/>
        <source>overdue by %s</source>
        <translation>lewat tenggat %s</translation>
    </message>
    <message>
        <location filename="../../ui/execution_text.py" line="34"/>
        <source>no fixed standard</source>
        <translation>tanpa standar waktu</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/verify_dialog.py" line="43"/>
        <source>Check a printed sheet</source>
        <translation>Periksa lembar tercetak</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="46"/>
        <source>e.g. balangan-pengukuran-kinerja/1/BC6PHJHKNG</source>
        <translation>mis. balangan-pengukuran-kinerja/1/BC6PHJHKNG</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="49"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="51"/>
        <source>Type the code printed beside the QR code, or paste the text a QR scanner read.</source>
        <translation>Ketik kode yang tercetak di samping kode QR, atau tempel teks hasil pindaian QR.</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="61"/>
        <source>Sheet code:</source>
        <translation>Kode lembar:</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="72"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="84"/>
        <source>The database could not be read: %s</source>
        <translation>Basis data tidak dapat dibaca: %s</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="92"/>
        <source>Not a sheet code. %s</source>
        <translation>Bukan kode lembar. %s</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="95"/>
        <source>Unknown code: SOP %s has no revision %d.</source>
        <translation>Kode tidak dikenal: SOP %s tidak punya revisi %d.</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="96"/>
        <source>Unknown code: there is no SOP %s in the database.</source>
        <translation>Kode tidak dikenal: tidak ada SOP %s di basis data.</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="99"/>
        <source>Does not match: revision %d of SOP %s exists, but its content differs from this sheet. This sheet is not a copy of that revision.</source>
        <translation>TIDAK COCOK: revisi %d SOP %s ada, tetapi isinya berbeda dari lembar ini. Lembar ini bukan salinan revisi tersebut.</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="102"/>
        <source>Matches: this sheet is revision %d of SOP %s, approved and in force.</source>
        <translation>COCOK: lembar ini adalah revisi %d SOP %s, yang disahkan dan berlaku.</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="105"/>
        <source>Superseded: this sheet is revision %d of SOP %s, which has been replaced by revision %s.</source>
        <translation>SUDAH DIGANTI: lembar ini adalah revisi %d SOP %s, yang sudah diganti oleh revisi %s.</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="108"/>
        <source>Draft, not approved: this sheet is revision %d of SOP %s, verified but not yet approved. It is not in force.</source>
        <translation>DRAF, BELUM DISAHKAN: lembar ini adalah revisi %d SOP %s, sudah diverifikasi tetapi belum disahkan. Lembar ini tidak berlaku.</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="110"/>
        <source>Draft, not approved: this sheet is revision %d of SOP %s, which is still a draft. It is not in force.</source>
        <translation>DRAF, BELUM DISAHKAN: lembar ini adalah revisi %d SOP %s, yang masih draf. Lembar ini tidak berlaku.</translation>
    </message>
</context>
<context>
    <name>WaktuSpans</name>
    <message>
        <location filename="../../ui/action_tips.py" line="95"/>
        <location filename="../../ui/editor/waktu_span.py" line="29"/>
        <source>&amp;Merge Waktu</source>
        <translation>&amp;Satukan Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/action_tips.py" line="97"/>
        <location filename="../../ui/editor/waktu_span.py" line="30"/>
        <source>S&amp;plit Waktu</source>
        <translation>&amp;Pisahkan Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/waktu_span.py" line="53"/>
        <source>Select two consecutive steps or more.</source>
        <translation>Pilih dua langkah berurutan atau lebih.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/waktu_span.py" line="56"/>
        <source>Merge Waktu of steps %s–%s</source>
        <translation>Satukan Waktu langkah %s–%s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/waktu_span.py" line="66"/>
        <source>Step %s has a Waktu of its own.</source>
        <translation>Langkah %s sudah punya Waktu sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/waktu_span.py" line="68"/>
        <source>Split Waktu of steps %s–%s</source>
        <translation>Pisahkan Waktu langkah %s–%s</translation>
    </message>
    <message>
        <source>Merge Waktu of steps %d–%d</source>
        <translation type="vanished">Satukan Waktu langkah %d–%d</translation>
    </message>
    <message>
        <source>Step %d has a Waktu of its own.</source>
        <translation type="vanished">Langkah %d sudah punya Waktu sendiri.</translation>
    </message>
    <message>
        <source>Split Waktu of steps %d–%d</source>
        <translation type="vanished">Pisahkan Waktu langkah %d–%d</translation>
    </message>
</context>
<context>
    <name>WeekPickerDialog</name>
    <message>
        <location filename="../../ui/week_picker.py" line="27"/>
        <source>Weekly report</source>
        <translation>Laporan mingguan</translation>
    </message>
    <message>
        <location filename="../../ui/week_picker.py" line="38"/>
        <source>Choose any day of the week to report:</source>
        <translation>Pilih hari mana saja dalam minggu yang dilaporkan:</translation>
    </message>
    <message>
        <location filename="../../ui/week_picker.py" line="62"/>
        <source>Monday %s – Friday %s (week %02d)</source>
        <translation>Senin %s – Jumat %s (Minggu ke-%02d)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">Batal</translation>
    </message>
</context>
</TS>
