<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="133"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="138"/>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="141"/>
        <source>Filter by user, SOP or detail…</source>
        <translation>Saring menurut pengguna, SOP atau rincian…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="92"/>
        <source>Time (UTC)</source>
        <translation>Waktu (UTC)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="92"/>
        <source>OS user</source>
        <translation>Pengguna OS</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="92"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="92"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="92"/>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="93"/>
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
    <name>HistoryDialog</name>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="37"/>
        <source>Revision history — %s</source>
        <translation>Riwayat revisi — %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="41"/>
        <source>Revision %d · %s · %s</source>
        <translation>Revisi %d · %s · %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="44"/>
        <source>Content hash %s</source>
        <translation>Hash isi %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="66"/>
        <source>The first revision.</source>
        <translation>Revisi pertama.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/history.py" line="71"/>
        <source>No change in content.</source>
        <translation>Tidak ada perubahan isi.</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="58"/>
        <source>SOP number</source>
        <translation>Nomor SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="59"/>
        <source>Date made</source>
        <translation>Tanggal Pembuatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="60"/>
        <source>Date revised</source>
        <translation>Tanggal Revisi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="61"/>
        <source>Effective date</source>
        <translation>Tanggal Efektif</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="62"/>
        <source>Approved by</source>
        <translation>Disahkan oleh</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="63"/>
        <source>SOP name</source>
        <translation>Nama SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="72"/>
        <source>Transcription notes</source>
        <translation>Catatan transkripsi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="80"/>
        <source>Legal basis</source>
        <translation>Dasar Hukum</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="80"/>
        <source>Implementer qualifications</source>
        <translation>Kualifikasi Pelaksana</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="82"/>
        <source>Related SOPs</source>
        <translation>Keterkaitan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="82"/>
        <source>Equipment/supplies</source>
        <translation>Peralatan/Perlengkapan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="84"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="84"/>
        <source>Records and data</source>
        <translation>Pencatatan dan Pendataan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="94"/>
        <source>Short description</source>
        <translation>Penjelasan Singkat</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="94"/>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="94"/>
        <source>Definitions</source>
        <translation>Definisi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="78"/>
        <source>Search name, number or step text… (Ctrl+F)</source>
        <translation>Cari nama, nomor atau teks kegiatan… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="82"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="109"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="110"/>
        <source>Flowchart</source>
        <translation>Diagram alir</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="121"/>
        <source>&amp;Export this SOP as PDF…</source>
        <translation>&amp;Ekspor SOP ini ke PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="122"/>
        <source>Export &amp;all SOPs as PDF…</source>
        <translation>Ekspor &amp;semua SOP ke PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="125"/>
        <source>Revision &amp;history…</source>
        <translation>&amp;Riwayat revisi…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="126"/>
        <source>Audit &amp;log…</source>
        <translation>&amp;Log audit…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="127"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Periksa basis data</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="128"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="131"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="132"/>
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="133"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="134"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Sesuaikan lebar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="135"/>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="138"/>
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="140"/>
        <source>%s landscape</source>
        <translation>%s mendatar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="145"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="153"/>
        <source>&amp;SOP</source>
        <translation>&amp;SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="154"/>
        <source>New &amp;draft revision</source>
        <translation>Buat revisi &amp;draf</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="156"/>
        <source>Mark &amp;verified</source>
        <translation>Tandai &amp;terverifikasi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="158"/>
        <source>&amp;Approve (disahkan)</source>
        <translation>&amp;Sahkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="160"/>
        <source>Send &amp;back to draft</source>
        <translation>&amp;Kembalikan ke draf</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="163"/>
        <source>Your &amp;name for the audit log…</source>
        <translation>&amp;Nama Anda untuk log audit…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="164"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="165"/>
        <source>&amp;About sopdesk</source>
        <translation>&amp;Tentang sopdesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="206"/>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="246"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="263"/>
        <source>The database could not be opened.</source>
        <translation>Basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="267"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="267"/>
        <source>The database could not be opened:
%s</source>
        <translation>Basis data tidak dapat dibuka:
%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="291"/>
        <source>Backup made: %s</source>
        <translation>Cadangan dibuat: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="295"/>
        <source>Automatic backup failed: %s</source>
        <translation>Pencadangan otomatis gagal: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="322"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="333"/>
        <source>%d of %d SOPs</source>
        <translation>%d dari %d SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="375"/>
        <location filename="../../sopdesk/ui/main_window.py" line="441"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="375"/>
        <source>The SOP could not be loaded:
%s</source>
        <translation>SOP tidak dapat dimuat:
%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="409"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="410"/>
        <source>Your name, as the audit log should record it:</source>
        <translation>Nama Anda, sebagaimana dicatat di log audit:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="473"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="486"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="487"/>
        <source>The language changes the next time sopdesk starts.</source>
        <translation>Bahasa berganti saat sopdesk dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="494"/>
        <source>About sopdesk</source>
        <translation>Tentang sopdesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="495"/>
        <source>sopdesk %s
SOP AP (Permenpan RB 35/2012) for the Bagian Organisasi.
Database: %s</source>
        <translation>sopdesk %s
SOP AP (Permenpan RB 35/2012) untuk Bagian Organisasi.
Basis data: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="507"/>
        <location filename="../../sopdesk/ui/main_window.py" line="569"/>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="507"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="516"/>
        <source>Writing %s…</source>
        <translation>Menulis %s…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="523"/>
        <source>Export all SOPs to folder</source>
        <translation>Ekspor semua SOP ke folder</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="536"/>
        <source>Writing PDF sheets…</source>
        <translation>Menulis lembar PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="536"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="558"/>
        <source>%d PDF sheet(s) written to %s</source>
        <translation>%d lembar PDF ditulis ke %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="565"/>
        <source>Export cancelled; %d sheet(s) written.</source>
        <translation>Ekspor dibatalkan; %d lembar sudah ditulis.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="568"/>
        <source>Export failed.</source>
        <translation>Ekspor gagal.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="570"/>
        <source>The PDF could not be written; no partial file was left.

%s</source>
        <translation>PDF tidak dapat ditulis; tidak ada berkas setengah jadi yang tertinggal.

%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="585"/>
        <location filename="../../sopdesk/ui/main_window.py" line="588"/>
        <source>Check the database</source>
        <translation>Periksa basis data</translation>
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
</TS>
