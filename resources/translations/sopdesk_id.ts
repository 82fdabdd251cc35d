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
    <name>EditController</name>
    <message>
        <location filename="../../sopdesk/ui/editor/controller.py" line="39"/>
        <source>&amp;New SOP…</source>
        <translation>SOP &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/controller.py" line="40"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/controller.py" line="53"/>
        <location filename="../../sopdesk/ui/editor/controller.py" line="69"/>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/controller.py" line="54"/>
        <source>This revision is verified and waits for approval; send it back to draft to edit it.</source>
        <translation>Revisi ini sudah diverifikasi dan menunggu pengesahan; kembalikan ke draf untuk menyuntingnya.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/controller.py" line="76"/>
        <location filename="../../sopdesk/ui/editor/controller.py" line="82"/>
        <location filename="../../sopdesk/ui/editor/controller.py" line="108"/>
        <source>New SOP</source>
        <translation>SOP baru</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/controller.py" line="76"/>
        <source>Name of the new SOP:</source>
        <translation>Nama SOP baru:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/controller.py" line="82"/>
        <source>Start from a copy of “%s”? (No: a blank SOP)</source>
        <translation>Mulai dari salinan “%s”? (Tidak: SOP kosong)</translation>
    </message>
</context>
<context>
    <name>EditorScene</name>
    <message>
        <location filename="../../sopdesk/ui/editor/scene.py" line="156"/>
        <source>Ctrl+click takes the symbol out of this lane.</source>
        <translation>Ctrl+klik mengambil simbol dari kolom ini.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="94"/>
        <source>Pelaksana (lanes)</source>
        <translation>Pelaksana (kolom)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="102"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="103"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="117"/>
        <source>Format checker</source>
        <translation>Pemeriksa format</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="119"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;dibuka&gt;</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="120"/>
        <source>Undo history</source>
        <translation>Riwayat urungkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="123"/>
        <source>%s landscape</source>
        <translation>%s mendatar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="151"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="152"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="153"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="154"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="156"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="161"/>
        <source>S&amp;tep</source>
        <translation>&amp;Langkah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="162"/>
        <source>&amp;New step below</source>
        <translation>Langkah &amp;baru di bawah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="164"/>
        <source>&amp;Insert step above</source>
        <translation>&amp;Sisipkan langkah di atas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="165"/>
        <source>&amp;Duplicate step</source>
        <translation>&amp;Gandakan langkah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="166"/>
        <source>De&amp;lete step</source>
        <translation>&amp;Hapus langkah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="167"/>
        <source>Move step &amp;up</source>
        <translation>Pindahkan langkah ke &amp;atas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="168"/>
        <source>Move step do&amp;wn</source>
        <translation>Pindahkan langkah ke &amp;bawah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="169"/>
        <source>Process ↔ &amp;decision</source>
        <translation>Proses ↔ &amp;keputusan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="171"/>
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="172"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="173"/>
        <source>&amp;Fit width</source>
        <translation>Sesuaikan &amp;lebar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="176"/>
        <source>Editor</source>
        <translation>Penyunting</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="221"/>
        <source>step %d</source>
        <translation>langkah %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="221"/>
        <source>identity</source>
        <translation>identitas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="225"/>
        <source>Format checker (%d)</source>
        <translation>Pemeriksa format (%d)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="395"/>
        <source>Saving… the window closes when it is done.</source>
        <translation>Menyimpan… jendela tertutup setelah selesai.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="214"/>
        <source>Edit: %s — revision %d [*]</source>
        <translation>Sunting: %s — revisi %d [*]</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="214"/>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="233"/>
        <source>Total Waktu: %s · %d flowchart page(s)</source>
        <translation>Jumlah waktu: %s · %d halaman diagram alir</translation>
    </message>
    <message>
        <source>%d flowchart page(s)</source>
        <translation type="vanished">%d halaman diagram alir</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="297"/>
        <source>New step %d</source>
        <translation>Langkah baru %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="303"/>
        <source>Duplicate step %d</source>
        <translation>Gandakan langkah %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="309"/>
        <source>Delete step %d</source>
        <translation>Hapus langkah %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="310"/>
        <source>Step %d deleted — Ctrl+Z brings it back.</source>
        <translation>Langkah %d dihapus — Ctrl+Z mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="320"/>
        <source>The first and the last step (Mulai, Selesai) stay in place.</source>
        <translation>Langkah pertama dan terakhir (Mulai, Selesai) tetap di tempatnya.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="322"/>
        <source>Move step %d</source>
        <translation>Pindahkan langkah %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="329"/>
        <source>Symbol of step %d</source>
        <translation>Simbol langkah %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="334"/>
        <source>Exit target of step %d</source>
        <translation>Tujuan jalan keluar langkah %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="343"/>
        <source>Nothing to save.</source>
        <translation>Tidak ada yang perlu disimpan.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="350"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="360"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="370"/>
        <source>The revision was not saved; your edits are kept.

%s</source>
        <translation>Revisi tidak tersimpan; suntingan Anda tetap ada.

%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="371"/>
        <source>Not saved.</source>
        <translation>Tidak tersimpan.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="373"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="379"/>
        <source>“%s” has changes that are not saved. Save them?</source>
        <translation>“%s” punya perubahan yang belum disimpan. Simpan?</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/window.py" line="380"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
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
    <name>IdentityForm</name>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="42"/>
        <source>Unit header lines (kop)</source>
        <translation>Baris kop unit kerja</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="43"/>
        <source>Dasar Hukum</source>
        <translation>Dasar Hukum</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="44"/>
        <source>Kualifikasi Pelaksana</source>
        <translation>Kualifikasi Pelaksana</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="45"/>
        <source>Keterkaitan</source>
        <translation>Keterkaitan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="46"/>
        <source>Peralatan/Perlengkapan</source>
        <translation>Peralatan/Perlengkapan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="47"/>
        <source>Peringatan</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="48"/>
        <source>Pencatatan dan Pendataan</source>
        <translation>Pencatatan dan Pendataan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="49"/>
        <source>Tujuan</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="50"/>
        <source>Definisi</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="73"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="75"/>
        <source>Nama SOP</source>
        <translation>Nama SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="75"/>
        <source>Nomor SOP</source>
        <translation>Nomor SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="82"/>
        <source>Tanggal Pembuatan</source>
        <translation>Tanggal Pembuatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="82"/>
        <source>Tanggal Revisi</source>
        <translation>Tanggal Revisi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="83"/>
        <source>Tanggal Efektif</source>
        <translation>Tanggal Efektif</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="85"/>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="36"/>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="93"/>
        <source>Penjelasan Singkat</source>
        <translation>Penjelasan Singkat</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="97"/>
        <source>Disahkan oleh</source>
        <translation>Disahkan oleh</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="99"/>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="99"/>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="99"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="100"/>
        <source>Pangkat/golongan</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="103"/>
        <source>Edit Disahkan oleh</source>
        <translation>Sunting Disahkan oleh</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="109"/>
        <location filename="../../sopdesk/ui/editor/identity_form.py" line="131"/>
        <source>Edit %s</source>
        <translation>Sunting %s</translation>
    </message>
</context>
<context>
    <name>IdentityListEditor</name>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="190"/>
        <source>Edit %s</source>
        <translation>Sunting %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="195"/>
        <source>Add to %s</source>
        <translation>Tambah ke %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="200"/>
        <source>Remove from %s</source>
        <translation>Hapus dari %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="205"/>
        <source>Reorder %s</source>
        <translation>Ubah urutan %s</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="62"/>
        <source>SOP number</source>
        <translation>Nomor SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="63"/>
        <source>Date made</source>
        <translation>Tanggal Pembuatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="64"/>
        <source>Date revised</source>
        <translation>Tanggal Revisi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="65"/>
        <source>Effective date</source>
        <translation>Tanggal Efektif</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="66"/>
        <source>Approved by</source>
        <translation>Disahkan oleh</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="67"/>
        <source>SOP name</source>
        <translation>Nama SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="76"/>
        <source>Transcription notes</source>
        <translation>Catatan transkripsi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="80"/>
        <source>Format check: %d finding(s)</source>
        <translation>Pemeriksaan format: %d temuan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="89"/>
        <source>Legal basis</source>
        <translation>Dasar Hukum</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="89"/>
        <source>Implementer qualifications</source>
        <translation>Kualifikasi Pelaksana</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="91"/>
        <source>Related SOPs</source>
        <translation>Keterkaitan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="91"/>
        <source>Equipment/supplies</source>
        <translation>Peralatan/Perlengkapan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="93"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="93"/>
        <source>Records and data</source>
        <translation>Pencatatan dan Pendataan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="103"/>
        <source>Short description</source>
        <translation>Penjelasan Singkat</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="103"/>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/identity.py" line="103"/>
        <source>Definitions</source>
        <translation>Definisi</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../../sopdesk/ui/instance_lock.py" line="33"/>
        <source>%1 is already open in sopdesk (process %2 on %3, %4). Switch to that window, or close it before opening the file again.</source>
        <translation>%1 sudah dibuka di sopdesk (proses %2 di komputer %3, %4). Beralihlah ke jendela itu, atau tutup dulu sebelum membuka berkas ini lagi.</translation>
    </message>
</context>
<context>
    <name>LanesEditor</name>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="219"/>
        <source>Rename lane</source>
        <translation>Ganti nama pelaksana</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="222"/>
        <source>Add lane</source>
        <translation>Tambah pelaksana</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="229"/>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="234"/>
        <source>Remove lane</source>
        <translation>Hapus pelaksana</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="230"/>
        <source>Steps %s stand in lane “%s”. Remove the lane and their symbols in it?</source>
        <translation>Langkah %s ada di kolom “%s”. Hapus pelaksana ini beserta simbol langkah di kolomnya?</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="237"/>
        <source>Move lane</source>
        <translation>Pindahkan pelaksana</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="65"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="66"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="67"/>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/list_editor.py" line="68"/>
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
        <location filename="../../sopdesk/ui/main_window.py" line="84"/>
        <source>Search name, number or step text… (Ctrl+F)</source>
        <translation>Cari nama, nomor atau teks kegiatan… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="88"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="115"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="116"/>
        <source>Flowchart</source>
        <translation>Diagram alir</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="120"/>
        <source>Executions</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="130"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="131"/>
        <source>&amp;Export this SOP as PDF…</source>
        <translation>&amp;Ekspor SOP ini ke PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="132"/>
        <source>Export &amp;all SOPs as PDF…</source>
        <translation>Ekspor &amp;semua SOP ke PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="135"/>
        <source>Revision &amp;history…</source>
        <translation>&amp;Riwayat revisi…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="136"/>
        <source>Audit &amp;log…</source>
        <translation>&amp;Log audit…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="137"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Periksa basis data</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="138"/>
        <source>&amp;Office settings…</source>
        <translation>Pengaturan &amp;kantor…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="139"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="141"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="143"/>
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="144"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="145"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Sesuaikan lebar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="146"/>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="149"/>
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="151"/>
        <source>%s landscape</source>
        <translation>%s mendatar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="156"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="164"/>
        <source>&amp;SOP</source>
        <translation>&amp;SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="165"/>
        <source>New &amp;draft revision</source>
        <translation>Buat revisi &amp;draf</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="167"/>
        <source>Mark &amp;verified</source>
        <translation>Tandai &amp;terverifikasi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="169"/>
        <source>&amp;Approve (disahkan)</source>
        <translation>&amp;Sahkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="171"/>
        <source>Send &amp;back to draft</source>
        <translation>&amp;Kembalikan ke draf</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="174"/>
        <source>&amp;Running executions…</source>
        <translation>Pelaksanaan &amp;berjalan…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="175"/>
        <source>Your &amp;name for the audit log…</source>
        <translation>&amp;Nama Anda untuk log audit…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="183"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="185"/>
        <source>&amp;About sopdesk</source>
        <translation>&amp;Tentang sopdesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="226"/>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="266"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="283"/>
        <source>The database could not be opened.</source>
        <translation>Basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="287"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="287"/>
        <source>The database could not be opened:
%s</source>
        <translation>Basis data tidak dapat dibuka:
%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="311"/>
        <source>Backup made: %s</source>
        <translation>Cadangan dibuat: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="315"/>
        <source>Automatic backup failed: %s</source>
        <translation>Pencadangan otomatis gagal: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="340"/>
        <source>Restoring from %s…</source>
        <translation>Memulihkan dari %s…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="350"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="361"/>
        <source>%d of %d SOPs</source>
        <translation>%d dari %d SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="410"/>
        <location filename="../../sopdesk/ui/main_window.py" line="496"/>
        <location filename="../../sopdesk/ui/main_window.py" line="513"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="410"/>
        <source>The SOP could not be loaded:
%s</source>
        <translation>SOP tidak dapat dimuat:
%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="446"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="447"/>
        <source>Your name, as the audit log should record it:</source>
        <translation>Nama Anda, sebagaimana dicatat di log audit:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="467"/>
        <source>Office settings</source>
        <translation>Pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="497"/>
        <source>“%s” is open in an editor. Save and close it before changing its status.</source>
        <translation>“%s” sedang dibuka di penyunting. Simpan dan tutup dulu sebelum mengubah statusnya.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="547"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="560"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="561"/>
        <source>The language changes the next time sopdesk starts.</source>
        <translation>Bahasa berganti saat sopdesk dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="568"/>
        <source>About sopdesk</source>
        <translation>Tentang sopdesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="569"/>
        <source>sopdesk %s
SOP AP (Permenpan RB 35/2012) for the Bagian Organisasi.
Database: %s</source>
        <translation>sopdesk %s
SOP AP (Permenpan RB 35/2012) untuk Bagian Organisasi.
Basis data: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="581"/>
        <location filename="../../sopdesk/ui/main_window.py" line="629"/>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="581"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="590"/>
        <source>Writing %s…</source>
        <translation>Menulis %s…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="597"/>
        <source>Export all SOPs to folder</source>
        <translation>Ekspor semua SOP ke folder</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="612"/>
        <source>Writing PDF sheets…</source>
        <translation>Menulis lembar PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Batal</translation>
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
    <name>MonitoringDialog</name>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="62"/>
        <source>Monitoring and evaluation of SOPs</source>
        <translation>Monitoring dan evaluasi SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="81"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="84"/>
        <source>Period from</source>
        <translation>Periode dari</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="84"/>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="111"/>
        <source>Assessment of the selected SOP (Tabel 7)</source>
        <translation>Penilaian SOP terpilih (Tabel 7)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="113"/>
        <source>— not assessed —</source>
        <translation>— belum dinilai —</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="113"/>
        <source>Runs well</source>
        <translation>Berjalan dengan baik</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="113"/>
        <source>Does not run well</source>
        <translation>Tidak berjalan dengan baik</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="116"/>
        <source>name of the assessor</source>
        <translation>nama penilai</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="118"/>
        <source>Assessment of the application</source>
        <translation>Penilaian terhadap penerapan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="119"/>
        <source>Notes on the assessment</source>
        <translation>Catatan hasil penilaian</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="120"/>
        <source>Action to take</source>
        <translation>Tindakan yang harus diambil</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="121"/>
        <source>Assessor (paraf)</source>
        <translation>Paraf penilai</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="129"/>
        <source>Evaluation checklist of the selected SOP</source>
        <translation>Daftar periksa evaluasi SOP terpilih</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="137"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="137"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="139"/>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="152"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="153"/>
        <source>Export to Excel…</source>
        <translation>Ekspor ke Excel…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="154"/>
        <source>Export to PDF…</source>
        <translation>Ekspor ke PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="155"/>
        <source>Cancel export</source>
        <translation>Batalkan ekspor</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="157"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="178"/>
        <source>Discard the entries that are not saved?</source>
        <translation>Buang isian yang belum disimpan?</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="192"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="201"/>
        <source>%d SOPs, period %s</source>
        <translation>%d SOP, periode %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="239"/>
        <source>Nothing to save.</source>
        <translation>Tidak ada yang perlu disimpan.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="250"/>
        <source>Saved: %d SOPs.</source>
        <translation>Tersimpan: %d SOP.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="253"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="259"/>
        <source>Export to Excel</source>
        <translation>Ekspor ke Excel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="259"/>
        <source>Export to PDF</source>
        <translation>Ekspor ke PDF</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="286"/>
        <source>Written: %s</source>
        <translation>Ditulis: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="286"/>
        <source>Export cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="290"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="293"/>
        <source>Exporting… %d/%d</source>
        <translation>Mengekspor… %d/%d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_dialog.py" line="313"/>
        <source>Cannot write the file: %s (%s)</source>
        <translation>Berkas tidak dapat ditulis: %s (%s)</translation>
    </message>
</context>
<context>
    <name>MonitoringTableModel</name>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="30"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="30"/>
        <source>Procedure</source>
        <translation>Prosedur</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="30"/>
        <source>Executions (finished)</source>
        <translation>Pelaksanaan (selesai)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="30"/>
        <source>Steps on time</source>
        <translation>Langkah tepat waktu</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="31"/>
        <source>Steps most often late</source>
        <translation>Langkah paling sering terlambat</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="31"/>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="31"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="31"/>
        <source>Action to take</source>
        <translation>Tindakan yang harus diambil</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="32"/>
        <source>Assessor</source>
        <translation>Penilai</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="86"/>
        <source>step %d (%d×)</source>
        <translation>langkah %d (%d×)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="93"/>
        <source>Runs well</source>
        <translation>Berjalan dengan baik</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/monitoring_model.py" line="94"/>
        <source>Does not run well</source>
        <translation>Tidak berjalan dengan baik</translation>
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
    <name>Printing</name>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="112"/>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="113"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="124"/>
        <location filename="../../sopdesk/ui/printing.py" line="159"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="125"/>
        <source>The document could not be printed.

%s</source>
        <translation>Dokumen tidak dapat dicetak.

%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="130"/>
        <source>Printing page %d of %d…</source>
        <translation>Mencetak halaman %d dari %d…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="147"/>
        <source>Print: %s</source>
        <translation>Cetak: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="158"/>
        <source>The document could not be prepared.

%s</source>
        <translation>Dokumen tidak dapat disiapkan.

%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="172"/>
        <source>SOP sheet</source>
        <translation>Lembar SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="187"/>
        <source>SOP book</source>
        <translation>Buku SOP</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../sopdesk/ui/progress.py" line="19"/>
        <source>Cancel</source>
        <translation>Batal</translation>
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
    <name>ReportsController</name>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="36"/>
        <source>&amp;Weekly report (Excel)…</source>
        <translation>Laporan &amp;mingguan (Excel)…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="37"/>
        <source>&amp;Monitoring and evaluation…</source>
        <translation>&amp;Monitoring dan evaluasi…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="39"/>
        <source>SOP &amp;book as PDF…</source>
        <translation>&amp;Buku SOP sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="40"/>
        <source>&amp;Print this SOP…</source>
        <translation>&amp;Cetak SOP ini…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="41"/>
        <source>Print the SOP b&amp;ook…</source>
        <translation>Cetak b&amp;uku SOP…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="43"/>
        <source>&amp;Check a printed sheet…</source>
        <translation>&amp;Periksa lembar tercetak…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="62"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="66"/>
        <source>The file could not be written; no partial file was left.

%s</source>
        <translation>Berkas tidak dapat ditulis; tidak ada berkas setengah jadi yang tertinggal.

%s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="70"/>
        <source>Written: %s</source>
        <translation>Ditulis: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="82"/>
        <location filename="../../sopdesk/ui/reports.py" line="90"/>
        <location filename="../../sopdesk/ui/reports.py" line="92"/>
        <location filename="../../sopdesk/ui/reports.py" line="110"/>
        <source>Weekly report</source>
        <translation>Laporan mingguan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="83"/>
        <source>ISO week (e.g. %s; the default is last week):</source>
        <translation>Minggu ISO (mis. %s; bawaan: minggu lalu):</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="92"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="109"/>
        <source>Writing the weekly report…</source>
        <translation>Menulis laporan mingguan…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="134"/>
        <location filename="../../sopdesk/ui/reports.py" line="145"/>
        <source>SOP book</source>
        <translation>Buku SOP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="134"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports.py" line="143"/>
        <source>Writing the SOP book…</source>
        <translation>Menulis buku SOP…</translation>
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
    <name>StepPanel</name>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="27"/>
        <source>Process</source>
        <translation>Proses</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="28"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="29"/>
        <source>Terminator (first and last step)</source>
        <translation>Terminator (langkah pertama dan terakhir)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="33"/>
        <source>Symbol</source>
        <translation>Simbol</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="36"/>
        <source>Waktu read as</source>
        <translation>Waktu dibaca</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="39"/>
        <source>Exit 1 (positive)</source>
        <translation>Jalan keluar 1 (positif)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="39"/>
        <source>Exit 2 (negative)</source>
        <translation>Jalan keluar 2 (negatif)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="47"/>
        <source>  goes to</source>
        <translation>  menuju</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="58"/>
        <source>Step %d</source>
        <translation>Langkah %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="58"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="79"/>
        <source>the next step</source>
        <translation>langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="90"/>
        <source>Symbol of step %d</source>
        <translation>Simbol langkah %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="97"/>
        <source>Exit label of step %d</source>
        <translation>Label jalan keluar langkah %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/step_panel.py" line="104"/>
        <source>Exit target of step %d</source>
        <translation>Tujuan jalan keluar langkah %d</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../sopdesk/ui/editor/steps_model.py" line="77"/>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/steps_model.py" line="77"/>
        <source>Kelengkapan</source>
        <translation>Kelengkapan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/steps_model.py" line="78"/>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/steps_model.py" line="78"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/steps_model.py" line="78"/>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/steps_model.py" line="79"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/steps_model.py" line="97"/>
        <source>Click or press Space to put the step in lane “%s” or take it away; for joint work, click the lanes in the order the work passes</source>
        <translation>Klik atau tekan Spasi untuk menaruh langkah di kolom “%s” atau mengambilnya; untuk kerja bersama, klik kolom menurut urutan pekerjaan berpindah</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/steps_model.py" line="129"/>
        <source>Edit %s of step %d</source>
        <translation>Sunting %s langkah %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/steps_model.py" line="138"/>
        <source>Lane of step %d</source>
        <translation>Pelaksana langkah %d</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/editor/steps_model.py" line="167"/>
        <source>Move step %d</source>
        <translation>Pindahkan langkah %d</translation>
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
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="41"/>
        <source>Check a printed sheet</source>
        <translation>Periksa lembar tercetak</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="44"/>
        <source>e.g. balangan-pengukuran-kinerja/1/BC6PHJHKNG</source>
        <translation>mis. balangan-pengukuran-kinerja/1/BC6PHJHKNG</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="47"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="49"/>
        <source>Type the code printed beside the QR code, or paste the text a QR scanner read.</source>
        <translation>Ketik kode yang tercetak di samping kode QR, atau tempel teks hasil pindaian QR.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="59"/>
        <source>Sheet code:</source>
        <translation>Kode lembar:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="70"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="82"/>
        <source>The database could not be read: %s</source>
        <translation>Basis data tidak dapat dibaca: %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="88"/>
        <source>Not a sheet code. %s</source>
        <translation>Bukan kode lembar. %s</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="91"/>
        <source>Unknown code: SOP %s has no revision %d.</source>
        <translation>Kode tidak dikenal: SOP %s tidak punya revisi %d.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="92"/>
        <source>Unknown code: there is no SOP %s in the database.</source>
        <translation>Kode tidak dikenal: tidak ada SOP %s di basis data.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="95"/>
        <source>Does not match: revision %d of SOP %s exists, but its content differs from this sheet. This sheet is not a copy of that revision.</source>
        <translation>TIDAK COCOK: revisi %d SOP %s ada, tetapi isinya berbeda dari lembar ini. Lembar ini bukan salinan revisi tersebut.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="98"/>
        <source>Matches: this sheet is revision %d of SOP %s, approved and in force.</source>
        <translation>COCOK: lembar ini adalah revisi %d SOP %s, yang disahkan dan berlaku.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="101"/>
        <source>Superseded: this sheet is revision %d of SOP %s, which has been replaced by revision %s.</source>
        <translation>SUDAH DIGANTI: lembar ini adalah revisi %d SOP %s, yang sudah diganti oleh revisi %s.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="104"/>
        <source>Draft, not approved: this sheet is revision %d of SOP %s, verified but not yet approved. It is not in force.</source>
        <translation>DRAF, BELUM DISAHKAN: lembar ini adalah revisi %d SOP %s, sudah diverifikasi tetapi belum disahkan. Lembar ini tidak berlaku.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/verify_dialog.py" line="106"/>
        <source>Draft, not approved: this sheet is revision %d of SOP %s, which is still a draft. It is not in force.</source>
        <translation>DRAF, BELUM DISAHKAN: lembar ini adalah revisi %d SOP %s, yang masih draf. Lembar ini tidak berlaku.</translation>
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
