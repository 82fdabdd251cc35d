"""The ``sopdesk`` command: the GUI by default, sub-commands for headless work.

    sopdesk [--db PATH] [--lang id|en]
    sopdesk [--db PATH] export-pdf (--all | SOP...) -o DIR [--paper A4|F4]
    sopdesk [--db PATH] list
    sopdesk [--db PATH] report weekly [--week 2026-W46] [-o FILE.xlsx] [--unit TEXT]
    sopdesk check-data [FILE...]
    sopdesk [--db PATH] report monitoring [--from DATE --to DATE] [--unit UNIT] -o PATH(.xlsx|.pdf)
    sopdesk [--db PATH] verify CODE
    sopdesk [--db PATH] book -o FILE [--paper A4|F4] [--year YEAR] [--unit TEXT]
    sopdesk [--db PATH] import FILE|FOLDER... [--unit TEXT] [--report FILE.xlsx]

    sopdesk copy-db SOURCE TARGET
    sopdesk --db postgresql://… admin add-user NAME --role staf|pengesah|admin [--no-password]

    sopdesk --version

``sopdesk-cli`` is the same command built as a console program (on Windows ``sopdesk`` is a
windowed program without a console). Sub-commands import no Qt. Messages are in Bahasa Indonesia;
exit code 1 on a user error (with the message on stderr), 2 on a usage error; a database refused at
opening has its own code: 3 damaged (restore from a backup), 4 unreadable or read-only (or a folder), 5
locked by another program, 6 written by a newer sopdesk, 7 not a sopdesk database, 8 on a network share.
Everything is also logged to the help desk's log file (``sopdesk/logs.py``).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from sopdesk import __version__
from sopdesk.errors import SopdeskError
from sopdesk.logs import hide_password, install_hooks, setup_logging
from sopdesk.resources import sample_files
from sopdesk.store.errors import StoreError

PRINT_PAPERS = ("A4", "F4")
"""The ``--paper`` choices: `sopdesk.layout.paper.PaperName`'s values (a test keeps them equal),
written out so that starting the window does not load the layout."""

if TYPE_CHECKING:
    from sopdesk.domain.model import Sop
    from sopdesk.store.database import Database

log = logging.getLogger("sopdesk.cli")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sopdesk", description="SOP AP (Permenpan RB 35/2012) desktop.")
    parser.add_argument("--db", help="berkas basis data SQLite atau URL SQLAlchemy (bawaan: folder data pengguna)")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa antarmuka")
    parser.add_argument("-v", "--verbose", action="store_true", help="log lebih rinci")
    parser.add_argument("--version", action="version", version=f"sopdesk {__version__}")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)  # packaging/smoke.py
    sub = parser.add_subparsers(dest="command")
    export = sub.add_parser("export-pdf", help="tulis lembar SOP sebagai PDF")
    export.add_argument("sops", nargs="*", help="Nomor, Nama atau id SOP")
    export.add_argument("--all", action="store_true", help="semua SOP")
    export.add_argument("-o", "--output", required=True, help="folder tujuan")
    export.add_argument("--paper", choices=PRINT_PAPERS, default="A4")
    sub.add_parser("list", help="daftar SOP")
    sub.add_parser("check", help="periksa keutuhan basis data, hash isi dan log audit")
    sub.add_parser("backup", help="buat cadangan sekarang (diperiksa, lalu dirotasi)")
    restore = sub.add_parser("restore", help="daftar cadangan, atau pulihkan satu")
    restore.add_argument("backup", nargs="?", help="berkas cadangan (tanpa ini: daftar cadangan)")
    report = sub.add_parser("report", help="laporan: mingguan (Excel), monitoring (Excel/PDF)").add_subparsers(
        dest="report", required=True)
    weekly = report.add_parser("weekly", help="laporan mingguan pelaksanaan SOP (bawaan: minggu lalu)")
    weekly.add_argument("--week", help="minggu ISO, mis. 2026-W46 (bawaan: minggu lalu)")
    weekly.add_argument("-o", "--output", help="berkas .xlsx (bawaan: laporan-mingguan-<minggu>.xlsx)")
    weekly.add_argument("--unit", default="", help="nama unit di judul (bawaan: nama kantor di Pengaturan kantor, "
                        "atau baris unit SOP)")
    verify = sub.add_parser("verify", help="periksa kode verifikasi lembar SOP tercetak (docs/sheet-code.md)")
    verify.add_argument("code", help="kode di samping QR, atau teks hasil pindai QR")
    book = sub.add_parser("book", help="tulis Buku SOP: sampul, keputusan, daftar isi, semua SOP yang disahkan")
    book.add_argument("-o", "--output", required=True, help="berkas PDF tujuan")
    book.add_argument("--paper", choices=PRINT_PAPERS, default="A4")
    book.add_argument("--year", type=int, help="tahun di sampul (bawaan: tahun ini)")
    book.add_argument("--unit", help="hanya SOP yang baris unitnya memuat teks ini (mis. BALANGAN); "
                      "sampulnya memakai baris unit SOP itu, bukan identitas kantor")
    copy = sub.add_parser("copy-db", help="salin seluruh basis data (SQLite ↔ PostgreSQL) ke tujuan yang kosong")
    copy.add_argument("source", help="berkas SQLite atau URL postgresql://… sumber")
    copy.add_argument("target", help="berkas SQLite baru atau URL basis data server yang kosong")
    admin = sub.add_parser("admin", help="pengguna server PostgreSQL").add_subparsers(dest="admin", required=True)
    add_user = admin.add_parser("add-user", help="buat pengguna (peran login) dengan perannya di sopdesk")
    add_user.add_argument("name", help="nama login di server")
    add_user.add_argument("--role", choices=("staf", "pengesah", "admin"), required=True,
                          help="staf; pengesah (boleh mengesahkan dan mengembalikan revisi); admin")
    add_user.add_argument("--no-password", action="store_true",
                          help="tanpa kata sandi (login lewat pgpass, sertifikat, atau aturan server)")
    check = sub.add_parser("check-data", help="periksa berkas format pertukaran")
    check.add_argument("files", nargs="*", help="berkas .json (bawaan: data contoh)")
    monev = report.add_parser("monitoring", help="formulir monitoring (Tabel 7) dan evaluasi SOP, .xlsx atau .pdf")
    monev.add_argument("--from", dest="start", help="tanggal awal periode (31-12-2025; bawaan: 6 bulan lalu)")
    monev.add_argument("--to", dest="end", help="tanggal akhir periode (bawaan: kemarin)")
    monev.add_argument("--unit", default="", help="hanya SOP unit kerja ini")
    monev.add_argument("-o", "--output", required=True, help="berkas tujuan .xlsx atau .pdf")
    imp = sub.add_parser("import", help="impor SOP dari PDF, Word, Excel (berkas atau folder) sebagai draf")
    imp.add_argument("paths", nargs="+", help="berkas atau folder")
    imp.add_argument("--unit", default="", help="baris unit untuk semua SOP yang diimpor (pisahkan baris dengan /)")
    imp.add_argument("--report", help="ringkasan impor sebagai berkas .xlsx")
    return parser


def default_database_path() -> Path:
    """``<user data folder>/sopdesk.sqlite3`` (platformdirs: %LOCALAPPDATA%\\sopdesk on Windows,
    ~/.local/share/sopdesk on Linux)."""
    return platformdirs.user_data_path("sopdesk", appauthor=False) / "sopdesk.sqlite3"


def _open(args: argparse.Namespace) -> Database:
    from sopdesk.store.database import open_database

    return open_database(args.db or default_database_path())


@contextmanager
def _database(args: argparse.Namespace) -> Iterator[Database]:
    """The database of ``args`` (``--db``), closed when the block ends, however it ends."""
    db = _open(args)
    try:
        yield db
    finally:
        db.close()


def _match(db: Database, wanted: str) -> list[int]:
    key = wanted.casefold().strip()
    hits = [e for e in db.sops.catalogue()
            if key in (e.key.casefold(), e.number.casefold(), e.title.casefold())]
    if not hits:
        hits = [e for e in db.sops.catalogue() if key in e.title.casefold()]
    return [e.revision_id for e in hits]


def _export(args: argparse.Namespace) -> int:
    from sopdesk.io.export import export_sheets

    if not args.all and not args.sops:
        print("sopdesk: sebutkan SOP (Nomor, Nama atau id) atau --all", file=sys.stderr)
        return 2
    with _database(args) as db:
        if args.all:
            ids = [e.revision_id for e in db.sops.catalogue()]
        else:
            ids = []
            for wanted in args.sops:
                found = _match(db, wanted)
                if not found:
                    print(f"sopdesk: SOP tidak ditemukan: {wanted}", file=sys.stderr)
                    return 1
                ids += found
        loaders: list[Callable[[], Sop]] = [partial(db.sops.load, i) for i in dict.fromkeys(ids)]
        from sopdesk.layout.paper import PaperName

        paths = export_sheets(loaders, Path(args.output), PaperName(args.paper))
    for path in paths:
        print(path)
    return 0


def _list(args: argparse.Namespace) -> int:
    with _database(args) as db:
        for e in db.sops.catalogue():
            print(f"{e.key}\t{e.number or '-'}\t{e.title}\t{e.unit}\t{e.status.value}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from sopdesk.store.check import check_database

    with _database(args) as db:
        report = check_database(db.engine, db.sops)
    print("\n".join(report.lines()), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def _db_file(args: argparse.Namespace) -> Path:
    from sopdesk.store.sqlite_file import sqlite_path

    path = sqlite_path(args.db or default_database_path())
    if path is None:
        raise SystemExit("sopdesk: pemulihan hanya untuk berkas SQLite; pulihkan server PostgreSQL dengan pg_restore")
    return path


def _backup(args: argparse.Namespace) -> int:
    import datetime as dt

    from sopdesk.store.backup import backup_folder, make_backup, rotate
    from sopdesk.store.sqlite_file import sqlite_path

    target = args.db or default_database_path()
    if sqlite_path(target) is None:
        from sopdesk.store.server_backup import dump_server

        folder = platformdirs.user_data_path("sopdesk", appauthor=False) / "backups-server"
        print(dump_server(str(target), folder, dt.datetime.now()))
        return 0
    path = _db_file(args)
    if not path.exists():
        print(f"sopdesk: basis data tidak ada: {path}", file=sys.stderr)
        return 1
    now = dt.datetime.now()
    made = make_backup(path, now)
    rotate(backup_folder(path), now)
    print(made)
    return 0


def _restore(args: argparse.Namespace) -> int:
    import datetime as dt

    from sopdesk.store.backup import backup_folder, list_backups, restore

    path = _db_file(args)
    if not args.backup:
        backups = list_backups(backup_folder(path))
        for b in backups:
            print(f"{b.taken_at:%Y-%m-%d %H:%M:%S}\t{b.size:>10} byte\t{b.path}")
        if not backups:
            print(f"Belum ada cadangan di {backup_folder(path)}")
        return 0
    safety = restore(Path(args.backup), path, dt.datetime.now())
    with _database(args) as db:
        db.sops.record("restore", path.name, {"from": Path(args.backup).name, "previous": str(safety or "")})
    print(f"Dipulihkan dari {args.backup}." + (f" Berkas sebelumnya disimpan sebagai {safety}." if safety else ""))
    return 0


def _report_weekly(args: argparse.Namespace) -> int:
    import datetime as dt

    from sopdesk.domain.isoweek import last_week, parse_week
    from sopdesk.io.weekly_xlsx import write_weekly
    from sopdesk.store.reports import build_weekly_report

    now = dt.datetime.now()
    try:
        week = parse_week(args.week) if args.week else last_week(now)
    except ValueError as exc:
        print(f"sopdesk: {exc}", file=sys.stderr)
        return 2
    target = Path(args.output or f"laporan-mingguan-{week}.xlsx")
    with _database(args) as db:
        report = build_weekly_report(db, week, now, unit=args.unit)
    write_weekly(report, target)
    t = report.total
    rate = "-" if t.on_time_rate is None else f"{t.on_time_rate:.0%}"
    print(f"{target}: {report.week.label()}, {len(report.sops)} SOP, {t.records} langkah, "
          f"{t.late + t.overdue} terlambat, tepat waktu {rate}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from sopdesk.store.verify import verify_code

    with _database(args) as db:
        verdict = verify_code(db.sops, args.code)
    print(verdict.message)
    return 0 if verdict.ok else 1


def _book(args: argparse.Namespace) -> int:
    import datetime as dt

    from sopdesk.domain.office_identity import OfficeIdentity
    from sopdesk.io.book import export_book

    with _database(args) as db:
        sops = [db.sops.load(e.revision_id) for e in db.sops.approved_catalogue()]
        identity = db.office.identity()
    if args.unit:  # a unit's book: its own lines on the cover, not the office's
        identity = OfficeIdentity()
        wanted = args.unit.casefold()
        sops = [s for s in sops if any(wanted in line.casefold() for line in s.unit)]
    if not sops:
        print("sopdesk: tidak ada SOP yang disahkan" + (f" untuk unit {args.unit}" if args.unit else ""),
              file=sys.stderr)
        return 1
    from sopdesk.layout.paper import PaperName

    loaders: list[Callable[[], Sop]] = [partial(lambda s: s, s) for s in sops]
    print(export_book(loaders, Path(args.output), PaperName(args.paper), args.year or dt.date.today().year,
                      identity.lines or None, logo=identity.logo))
    return 0


def _check_data(args: argparse.Namespace) -> int:
    from sopdesk.io.exchange import SopFileError, load_sop_file

    files = [Path(f) for f in args.files] or sample_files()
    failed = 0
    for path in files:
        try:
            sop = load_sop_file(path)
            print(f"ok  {path.name}: {sop.title}")
        except SopFileError as exc:
            failed += 1
            print("\n".join(exc.errors), file=sys.stderr)
    return 1 if failed else 0


def _report_monitoring(args: argparse.Namespace) -> int:
    import datetime as dt

    from sopdesk.domain.monitoring import Period, default_period
    from sopdesk.domain.office import parse_dates

    target = Path(args.output)
    if target.suffix.lower() not in (".xlsx", ".pdf"):
        print("sopdesk: berkas tujuan harus .xlsx atau .pdf", file=sys.stderr)
        return 2
    now = dt.datetime.now()
    period = default_period(now)
    try:
        start = min(parse_dates([args.start], "--from")) if args.start else period.start
        end = min(parse_dates([args.end], "--to")) if args.end else period.end
        period = Period(start, end)
    except ValueError as exc:
        print(f"sopdesk: {exc}", file=sys.stderr)
        return 2
    with _database(args) as db:
        office = db.office.load()
        form = db.monitoring.form(period, now, office.calendar, office.convention, args.unit)
    if target.suffix.lower() == ".pdf":
        from sopdesk.io.monitoring_pdf import export_monitoring_pdf as export
    else:
        from sopdesk.io.monitoring_xlsx import export_monitoring_xlsx as export
    print(export(form, target))
    return 0


def _import(args: argparse.Namespace) -> int:
    from sopdesk.io.importers.files import collect
    from sopdesk.io.importers.run import import_paths

    files = collect([Path(p) for p in args.paths])
    missing = [f for f in files if not f.exists()]
    for f in missing:
        print(f"sopdesk: {f}: berkas tidak ada", file=sys.stderr)
    unit = tuple(line.strip() for line in args.unit.split("/") if line.strip())
    with _database(args) as db:
        results = import_paths(db, [f for f in files if f.exists()], unit)
    for r in results:
        if r.error:
            print(f"sopdesk: {r.error}", file=sys.stderr)
        else:
            print(f"ok  {r.path.name}: {len(r.drafts)} SOP (draf), {r.steps} langkah, {r.needs_person} perlu diperiksa")
    if args.report:
        from sopdesk.io.importers.report_xlsx import write_import_report

        print(write_import_report(results, Path(args.report)))
    return 1 if missing or any(r.error for r in results) or not files else 0


def _report(args: argparse.Namespace) -> int:
    return _report_weekly(args) if args.report == "weekly" else _report_monitoring(args)


def _copy_db(args: argparse.Namespace) -> int:
    from sopdesk.store.copy import copy_database

    report = copy_database(args.source, args.target, progress=lambda text: print(text, file=sys.stderr))
    print("\n".join(report.lines()))
    return 0


def _admin(args: argparse.Namespace) -> int:
    from sopdesk.store.database import open_database
    from sopdesk.store.roles import add_user

    password = None if args.no_password else _new_password()
    db = open_database(args.db or default_database_path(), seed=False)
    try:
        add_user(db.engine, args.name, args.role, password)
    finally:
        db.close()
    print(f"Pengguna {args.name} dibuat dengan peran {args.role}.")
    return 0


def _new_password() -> str:
    import getpass

    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Kata sandi pengguna baru: ")
    if first != getpass.getpass("Ulangi kata sandi: "):
        raise SystemExit("sopdesk: kata sandi tidak sama")
    return first


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``sopdesk`` command."""
    args = _parser().parse_args(argv)
    setup_logging(args.verbose)
    install_hooks()
    commands = {"export-pdf": _export, "list": _list, "check": _check, "check-data": _check_data,
                "backup": _backup, "restore": _restore, "report": _report, "verify": _verify,
                "book": _book, "import": _import, "admin": _admin, "copy-db": _copy_db}
    try:
        if args.command in commands:
            return commands[args.command](args)
        from sopdesk.ui.app import run_gui

        return run_gui(args.db, args.lang, smoke=args.smoke)  # --db wins over the database chosen last
    except SopdeskError as exc:
        log.info("refused: %s", exc)
        print(f"sopdesk: {hide_password(str(exc))}", file=sys.stderr)
        return exc.exit_code if isinstance(exc, StoreError) else 1
    except OSError as exc:
        log.info("file error: %s", exc)
        print(f"sopdesk: tidak dapat menulis/membaca berkas: {exc.strerror or exc} ({exc.filename or ''})",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
