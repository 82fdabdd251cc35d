; Inno Setup 6 script: a per-user installer of the frozen program (dist\sopdesk\, built by
; packaging\sopdesk.spec). No administrator rights: it installs into the user's own
; %LOCALAPPDATA%\Programs\sopdesk, adds a Start-menu shortcut and an uninstaller, and speaks
; Indonesian. The user's database, backups, settings and logs are not in the program folder, so
; uninstalling or upgrading leaves them alone.
;
;   iscc /DAppVersion=0.1.0 packaging\sopdesk.iss      -> dist\sopdesk-0.1.0-setup.exe
;
; (README.md, "Windows installer", has the whole sequence.)

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; the AppId ties upgrades and the uninstaller together: never change it
AppId={{6A0E7C1B-3D52-4C8B-9E4F-50D0E5A1C0DE}
AppName=sopdesk
AppVersion={#AppVersion}
AppVerName=sopdesk {#AppVersion}
AppPublisher=Bagian Organisasi
DefaultDirName={autopf}\sopdesk
DefaultGroupName=sopdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=sopdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\sopdesk.exe
UninstallDisplayName=sopdesk {#AppVersion}
CloseApplications=yes

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"

[Tasks]
Name: "desktopicon"; Description: "Buat pintasan di &desktop"; GroupDescription: "Pintasan tambahan:"; Flags: unchecked

[Files]
; the whole one-folder program; files of an older version that are no longer built are removed first
Source: "..\dist\sopdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\sopdesk"; Filename: "{app}\sopdesk.exe"; Comment: "SOP AP Bagian Organisasi"
Name: "{group}\Folder log sopdesk"; Filename: "{localappdata}\sopdesk\Logs"; Comment: "Berkas log untuk petugas bantuan"
Name: "{group}\{cm:UninstallProgram,sopdesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\sopdesk"; Filename: "{app}\sopdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\sopdesk.exe"; Description: "Jalankan sopdesk"; Flags: nowait postinstall skipifsilent
