<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="65"/>
        <source>SOP name</source>
        <translation>Nama SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="65"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="65"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="66"/>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="66"/>
        <source>Steps</source>
        <translation>Langkah</translation>
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
        <location filename="../../sopdesk/ui/main_window.py" line="70"/>
        <source>Search name, number or step text… (Ctrl+F)</source>
        <translation>Cari nama, nomor atau teks kegiatan… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="74"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="101"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="102"/>
        <source>Flowchart</source>
        <translation>Diagram alir</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="113"/>
        <source>&amp;Export this SOP as PDF…</source>
        <translation>&amp;Ekspor SOP ini ke PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="114"/>
        <source>Export &amp;all SOPs as PDF…</source>
        <translation>Ekspor &amp;semua SOP ke PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="119"/>
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="120"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="121"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Sesuaikan lebar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="122"/>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="125"/>
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="127"/>
        <source>%s landscape</source>
        <translation>%s mendatar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="132"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="140"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="141"/>
        <source>&amp;About sopdesk</source>
        <translation>&amp;Tentang sopdesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="177"/>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="192"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="207"/>
        <source>The database could not be opened.</source>
        <translation>Basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="208"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="208"/>
        <source>The database could not be opened:
%s</source>
        <translation>Basis data tidak dapat dibuka:
%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="216"/>
        <source>%d of %d SOPs</source>
        <translation>%d dari %d SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="254"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="254"/>
        <source>The SOP could not be loaded:
%s</source>
        <translation>SOP tidak dapat dimuat:
%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="291"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="292"/>
        <source>The language changes the next time sopdesk starts.</source>
        <translation>Bahasa berganti saat sopdesk dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="299"/>
        <source>About sopdesk</source>
        <translation>Tentang sopdesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="300"/>
        <source>sopdesk %s
SOP AP (Permenpan RB 35/2012) for the Bagian Organisasi.
Database: %s</source>
        <translation>sopdesk %s
SOP AP (Permenpan RB 35/2012) untuk Bagian Organisasi.
Basis data: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="310"/>
        <location filename="../../sopdesk/ui/main_window.py" line="366"/>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="310"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="319"/>
        <source>Writing %s…</source>
        <translation>Menulis %s…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="324"/>
        <source>Export all SOPs to folder</source>
        <translation>Ekspor semua SOP ke folder</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="335"/>
        <source>Writing PDF sheets…</source>
        <translation>Menulis lembar PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="335"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="357"/>
        <source>%d PDF sheet(s) written to %s</source>
        <translation>%d lembar PDF ditulis ke %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="362"/>
        <source>Export cancelled; %d sheet(s) written.</source>
        <translation>Ekspor dibatalkan; %d lembar sudah ditulis.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="365"/>
        <source>Export failed.</source>
        <translation>Ekspor gagal.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="367"/>
        <source>The PDF could not be written; no partial file was left.

%s</source>
        <translation>PDF tidak dapat ditulis; tidak ada berkas setengah jadi yang tertinggal.

%s</translation>
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
    <name>Status</name>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="26"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="27"/>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/catalogue.py" line="28"/>
        <source>Approved</source>
        <translation>Disahkan</translation>
    </message>
</context>
</TS>
