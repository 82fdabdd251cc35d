<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="141"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="146"/>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="149"/>
        <source>Filter by user, SOP or detail…</source>
        <translation>Saring menurut pengguna, SOP atau rincian…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="100"/>
        <source>Time (UTC)</source>
        <translation>Waktu (UTC)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="100"/>
        <source>OS user</source>
        <translation>Pengguna OS</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="100"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="100"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="100"/>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="101"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="68"/>
        <source>SOP name</source>
        <translation>Nama SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="68"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="68"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="69"/>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="69"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="82"/>
        <source>%s
Review was due on %s</source>
        <translation>%s
Tinjau ulang seharusnya pada %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="92"/>
        <source> · review overdue</source>
        <translation> · lewat tinjau ulang</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="110"/>
        <source>Correct a time — record %d (step %d)</source>
        <translation>Koreksi waktu — catatan %d (langkah %d)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="112"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="114"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="121"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="122"/>
        <source>Correct value</source>
        <translation>Nilai yang benar</translation>
    </message>
</context>
<context>
    <name>ExecutionPanel</name>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="157"/>
        <source>&amp;Start an execution…</source>
        <translation>&amp;Mulai pelaksanaan…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="161"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="161"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="161"/>
        <source>Implementer</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="161"/>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="161"/>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="162"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="162"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="162"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="162"/>
        <source>Verdict</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="162"/>
        <source>Standard</source>
        <translation>Waktu baku</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="170"/>
        <source>who did it</source>
        <translation>siapa yang mengerjakan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="172"/>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="173"/>
        <source>Start &amp;step</source>
        <translation>Mulai &amp;langkah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="174"/>
        <source>&amp;Finish step</source>
        <translation>&amp;Selesai langkah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="175"/>
        <source>Cancel the execution…</source>
        <translation>Batalkan pelaksanaan…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="176"/>
        <source>&amp;Correct a time…</source>
        <translation>&amp;Koreksi waktu…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="243"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="245"/>
        <source> [trial]</source>
        <translation> [uji coba]</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="325"/>
        <source>Running: step %d — %s</source>
        <translation>Berjalan: langkah %d — %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="330"/>
        <source>Next: step %d — %s</source>
        <translation>Berikutnya: langkah %d — %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="332"/>
        <source>Cancelled: %s</source>
        <translation>Dibatalkan: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="333"/>
        <source>Finished.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="379"/>
        <source>Cancel the execution</source>
        <translation>Batalkan pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="379"/>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="399"/>
        <source>Execution</source>
        <translation>Pelaksanaan</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="40"/>
        <source>Revision history — %s</source>
        <translation>Riwayat revisi — %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="44"/>
        <source>Revision %d · %s · %s</source>
        <translation>Revisi %d · %s · %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="47"/>
        <source>Content hash %s</source>
        <translation>Hash isi %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="69"/>
        <source>The first revision.</source>
        <translation>Revisi pertama.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="73"/>
        <source>No change in content.</source>
        <translation>Tidak ada perubahan isi.</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="59"/>
        <source>SOP number</source>
        <translation>Nomor SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="60"/>
        <source>Date made</source>
        <translation>Tanggal Pembuatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="61"/>
        <source>Date revised</source>
        <translation>Tanggal Revisi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="62"/>
        <source>Effective date</source>
        <translation>Tanggal Efektif</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="63"/>
        <source>Approved by</source>
        <translation>Disahkan oleh</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="64"/>
        <source>SOP name</source>
        <translation>Nama SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="73"/>
        <source>Transcription notes</source>
        <translation>Catatan transkripsi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="77"/>
        <source>Format check: %d finding(s)</source>
        <translation>Pemeriksaan format: %d temuan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="86"/>
        <source>Legal basis</source>
        <translation>Dasar Hukum</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="86"/>
        <source>Implementer qualifications</source>
        <translation>Kualifikasi Pelaksana</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="88"/>
        <source>Related SOPs</source>
        <translation>Keterkaitan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="88"/>
        <source>Equipment/supplies</source>
        <translation>Peralatan/Perlengkapan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="90"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="90"/>
        <source>Records and data</source>
        <translation>Pencatatan dan Pendataan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="100"/>
        <source>Short description</source>
        <translation>Penjelasan Singkat</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="100"/>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="100"/>
        <source>Definitions</source>
        <translation>Definisi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="85"/>
        <source>Search name, number or step text… (Ctrl+F)</source>
        <translation>Cari nama, nomor atau teks kegiatan… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="89"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="116"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="117"/>
        <source>Flowchart</source>
        <translation>Diagram alir</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="121"/>
        <source>Executions</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="132"/>
        <source>&amp;Export this SOP as PDF…</source>
        <translation>&amp;Ekspor SOP ini ke PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="133"/>
        <source>Export &amp;all SOPs as PDF…</source>
        <translation>Ekspor &amp;semua SOP ke PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="136"/>
        <source>Revision &amp;history…</source>
        <translation>&amp;Riwayat revisi…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="137"/>
        <source>Audit &amp;log…</source>
        <translation>&amp;Log audit…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="138"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Periksa basis data</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="139"/>
        <source>&amp;Office settings…</source>
        <translation>Pengaturan &amp;kantor…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="140"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="143"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="144"/>
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="145"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="146"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Sesuaikan lebar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="147"/>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="150"/>
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="152"/>
        <source>%s landscape</source>
        <translation>%s mendatar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="157"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="165"/>
        <source>&amp;SOP</source>
        <translation>&amp;SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="166"/>
        <source>New &amp;draft revision</source>
        <translation>Buat revisi &amp;draf</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="168"/>
        <source>Mark &amp;verified</source>
        <translation>Tandai &amp;terverifikasi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="170"/>
        <source>&amp;Approve (disahkan)</source>
        <translation>&amp;Sahkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="172"/>
        <source>Send &amp;back to draft</source>
        <translation>&amp;Kembalikan ke draf</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="175"/>
        <source>&amp;Running executions…</source>
        <translation>Pelaksanaan &amp;berjalan…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="176"/>
        <source>Your &amp;name for the audit log…</source>
        <translation>&amp;Nama Anda untuk log audit…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="177"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="178"/>
        <source>&amp;About sopdesk</source>
        <translation>&amp;Tentang sopdesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="219"/>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="259"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="276"/>
        <source>The database could not be opened.</source>
        <translation>Basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="280"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="280"/>
        <source>The database could not be opened:
%s</source>
        <translation>Basis data tidak dapat dibuka:
%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="304"/>
        <source>Backup made: %s</source>
        <translation>Cadangan dibuat: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="308"/>
        <source>Automatic backup failed: %s</source>
        <translation>Pencadangan otomatis gagal: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="333"/>
        <source>Restoring from %s…</source>
        <translation>Memulihkan dari %s…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="343"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="354"/>
        <source>%d of %d SOPs</source>
        <translation>%d dari %d SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="402"/>
        <location filename="../../sopdesk/ui/main_window.py" line="499"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="402"/>
        <source>The SOP could not be loaded:
%s</source>
        <translation>SOP tidak dapat dimuat:
%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="436"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="437"/>
        <source>Your name, as the audit log should record it:</source>
        <translation>Nama Anda, sebagaimana dicatat di log audit:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="457"/>
        <source>Office settings</source>
        <translation>Pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="533"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="546"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="547"/>
        <source>The language changes the next time sopdesk starts.</source>
        <translation>Bahasa berganti saat sopdesk dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="554"/>
        <source>About sopdesk</source>
        <translation>Tentang sopdesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="555"/>
        <source>sopdesk %s
SOP AP (Permenpan RB 35/2012) for the Bagian Organisasi.
Database: %s</source>
        <translation>sopdesk %s
SOP AP (Permenpan RB 35/2012) untuk Bagian Organisasi.
Basis data: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="567"/>
        <location filename="../../sopdesk/ui/main_window.py" line="629"/>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="567"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="576"/>
        <source>Writing %s…</source>
        <translation>Menulis %s…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="583"/>
        <source>Export all SOPs to folder</source>
        <translation>Ekspor semua SOP ke folder</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="596"/>
        <source>Writing PDF sheets…</source>
        <translation>Menulis lembar PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="596"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="618"/>
        <source>%d PDF sheet(s) written to %s</source>
        <translation>%d lembar PDF ditulis ke %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="625"/>
        <source>Export cancelled; %d sheet(s) written.</source>
        <translation>Ekspor dibatalkan; %d lembar sudah ditulis.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="628"/>
        <source>Export failed.</source>
        <translation>Ekspor gagal.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="630"/>
        <source>The PDF could not be written; no partial file was left.

%s</source>
        <translation>PDF tidak dapat ditulis; tidak ada berkas setengah jadi yang tertinggal.

%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="645"/>
        <location filename="../../sopdesk/ui/main_window.py" line="648"/>
        <source>Check the database</source>
        <translation>Periksa basis data</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../sopdesk/ui/office_dialog.py" line="33"/>
        <location filename="../../sopdesk/ui/office_dialog.py" line="86"/>
        <source>Office settings</source>
        <translation>Pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/office_dialog.py" line="35"/>
        <source>Working hours (e.g. 07:30-12:00, 13:00-16:00; empty = day off)</source>
        <translation>Jam kerja (mis. 07:30-12:00, 13:00-16:00; kosong = libur)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/office_dialog.py" line="45"/>
        <source>Office days off (one date a line)</source>
        <translation>Libur kantor (satu tanggal per baris)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/office_dialog.py" line="46"/>
        <source>Holidays worked anyway</source>
        <translation>Hari libur yang tetap masuk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/office_dialog.py" line="57"/>
        <source>Waktu convention</source>
        <translation>Konvensi Waktu</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/office_dialog.py" line="59"/>
        <source>1 hari = working hours</source>
        <translation>1 hari = jam kerja</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/office_dialog.py" line="60"/>
        <source>1 minggu = working days</source>
        <translation>1 minggu = hari kerja</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/office_dialog.py" line="61"/>
        <source>1 bulan = hari</source>
        <translation>1 bulan = hari</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../sopdesk/ui/qt_strings.py" line="10"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/qt_strings.py" line="11"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/qt_strings.py" line="12"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/qt_strings.py" line="13"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/qt_strings.py" line="14"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/qt_strings.py" line="15"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/qt_strings.py" line="16"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/qt_strings.py" line="17"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/qt_strings.py" line="18"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/qt_strings.py" line="19"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../sopdesk/ui/restore_dialog.py" line="27"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/restore_dialog.py" line="33"/>
        <source>The current file is backed up first (or kept aside if it is damaged).</source>
        <translation>Berkas yang sekarang dicadangkan dulu (atau disisihkan bila rusak).</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/restore_dialog.py" line="38"/>
        <source>%s  (%s KB)</source>
        <translation>%s  (%s KB)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/restore_dialog.py" line="45"/>
        <source>There are no backups yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/restore_dialog.py" line="48"/>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/restore_dialog.py" line="65"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/restore_dialog.py" line="65"/>
        <source>Replace the database with the backup of %s?</source>
        <translation>Ganti basis data dengan cadangan %s?</translation>
    </message>
</context>
<context>
    <name>RunningDialog</name>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="408"/>
        <source>Running executions</source>
        <translation>Pelaksanaan berjalan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="410"/>
        <source>Filter by SOP, implementer, person or state…</source>
        <translation>Saring menurut SOP, pelaksana, orang atau status…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="412"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="412"/>
        <source>Execution</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="412"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="413"/>
        <source>Implementer</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="413"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="413"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="414"/>
        <source>Verdict</source>
        <translation>Penilaian</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="79"/>
        <source>Start an execution</source>
        <translation>Mulai pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="80"/>
        <source>e.g. LKj 2025</source>
        <translation>mis. LKj 2025</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="81"/>
        <source>e.g. a letter number</source>
        <translation>mis. nomor surat</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="86"/>
        <source>Trial run of a draft</source>
        <translation>Uji coba draf</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="90"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="91"/>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="92"/>
        <source>Started by</source>
        <translation>Dimulai oleh</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="93"/>
        <source>Started at</source>
        <translation>Mulai pada</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="28"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="29"/>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="30"/>
        <source>Approved</source>
        <translation>Disahkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="31"/>
        <source>Superseded</source>
        <translation>Digantikan</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="57"/>
        <source>on time</source>
        <translation>tepat waktu</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="58"/>
        <source>late by %s</source>
        <translation>terlambat %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="59"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="60"/>
        <source>overdue by %s</source>
        <translation>lewat tenggat %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/executions.py" line="61"/>
        <source>no fixed standard</source>
        <translation>tanpa standar waktu</translation>
    </message>
</context>
</TS>
