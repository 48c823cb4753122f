; 连心台 Hearth Desk: the Windows installer (Inno Setup 6.3 or later).
;
; Compile:  ISCC /DAppVersion=0.1.0 packaging\windows\hearth-desk.iss
; build.ps1 does that after building and smoke-testing dist\hearth-desk\, with the
; version read from pyproject.toml. The installer appears as
; dist\installer\hearth-desk-setup-<version>.exe.
;
; NOT RUN YET: no Windows machine was available when this was written. The script is
; checked statically by tests/packaging/test_windows_installer.py; the first real
; compile is the Windows CI workflow (.github/workflows/windows.yml) or build.ps1.
;
; What it does, and why:
; - Per-user install, no administrator rights: office PCs are locked down and the staff
;   are not administrators. Everything goes under the user's profile; the only registry
;   entries are Inno's own uninstall entry, which with PrivilegesRequired=lowest is
;   written under HKCU. There is no [Registry] section.
; - The data folder (the store, backups, logs) is %LOCALAPPDATA%\HearthDesk, which the
;   program finds through platformdirs. It is OUTSIDE the program folder {app}, so the
;   uninstaller, which only removes what it installed, never touches it, and an upgrade,
;   which only replaces program files, keeps it. The program migrates the store itself
;   on first start after an upgrade (with a copy taken before migrating).
; - Saved as UTF-8 with a BOM: it holds Chinese text, and the BOM keeps any compiler or
;   editor from reading it in the ANSI code page.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (x64compatible, UTF-8 scripts).
#endif

; The version is passed on the command line so that it has one source, pyproject.toml.
; No default: an installer with a made-up version would upgrade or downgrade wrongly.
#ifndef AppVersion
  #error AppVersion is not defined: compile with ISCC /DAppVersion=x.y.z (build.ps1 reads it from pyproject.toml).
#endif
; Windows' file version must be numeric (a.b.c.d); build.ps1 passes the numeric part of
; a pre-release version such as 0.2.0rc1 as FileVersion. A plain x.y.z serves as both.
#ifndef FileVersion
  #define FileVersion AppVersion
#endif

#define AppName "连心台"
#define AppExeName "连心台.exe"
; The PyInstaller onedir bundle made by packaging/build.py.
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\hearth-desk"

; A clear message now beats a compile that succeeds with an empty or half bundle.
#if !FileExists(BundleDir + "\" + AppExeName)
  #error dist\hearth-desk\连心台.exe is missing: run python packaging\build.py first.
#endif

[Setup]
; Fixed for ever: the same AppId is what makes a newer installer upgrade the installed
; program in place (same folder, same uninstall entry) instead of installing a second
; copy. Never change it. ("{{" is Inno's escape for a literal "{".)
AppId={{90D5309C-9672-48EA-902E-3E968B944B56}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=连心台 Hearth Desk
AppCopyright=GPL-3.0-or-later

PrivilegesRequired=lowest
; With lowest privileges {autopf} is the per-user Programs folder,
; %LOCALAPPDATA%\Programs, so this is %LOCALAPPDATA%\Programs\连心台.
DefaultDirName={autopf}\{#AppName}
; One shortcut straight in the Start menu's programs, no folder to choose: fewer
; questions for the user (so no DefaultGroupName and no {group}).
DisableProgramGroupPage=yes
; An upgrade goes into the folder of the installed version without asking again.
UsePreviousAppDir=yes
DisableDirPage=auto

; The bundle is 64-bit (PyInstaller on 64-bit Python); PySide6 needs Windows 10.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0

; An upgrade while 连心台 is open would replace files in use. The Restart Manager finds
; the running program by the files it holds (the .exe, Qt's .dll, Python's .pyd) and
; offers to close it; it is not restarted afterwards (the finish page offers to open
; it). No AppMutex: the program's single-instance lock is a file lock in the data folder,
; not a named mutex, so there is no mutex name to give.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no

SetupIconFile=..\..\resources\icons\hearth-desk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
; Inno 6 hides the welcome page by default; ours tells the user, before anything
; happens, that the install is for them only and needs no administrator.
DisableWelcomePage=no
ShowLanguageDialog=no
; A log in %TEMP% when an office PC reports a failed install (setup.exe /LOG).
SetupLogging=yes

VersionInfoVersion={#FileVersion}
VersionInfoProductName=连心台 Hearth Desk
VersionInfoProductVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription=连心台 安装程序
VersionInfoCompany=连心台 Hearth Desk
VersionInfoCopyright=GPL-3.0-or-later

OutputDir=..\..\dist\installer
OutputBaseFilename=hearth-desk-setup-{#AppVersion}
; Qt and Python compress well as one solid stream; the budget is 90 MB for the installer.
Compression=lzma2/ultra64
SolidCompression=yes

[Languages]
; Chinese texts: Inno ships no Simplified Chinese translation, so ChineseSimplified.isl
; (ours, in this folder) is laid over the compiler's English Default.isl. Later files
; override earlier ones message by message: anything we did not translate falls back
; to English rather than failing the compile.
Name: "chinesesimp"; MessagesFile: "compiler:Default.isl,ChineseSimplified.isl"

[CustomMessages]
; Shown by the uninstaller after it has finished (see [Code]). %1 is the data folder.
chinesesimp.DataKeptAfterUninstall=连心台已卸载。%n%n您的数据仍保留在：%n%1%n%n其中有台账、名册、备份和日志；重新安装连心台后可以继续使用。如需彻底删除，请手动删除该文件夹。

[Tasks]
; Checked by default: most users start the program from the desktop.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade removes the older bundle's internals before copying the new ones, so that
; no module of the old version (a renamed or dropped .pyd, an old Qt plugin) lingers
; beside the new one and gets loaded. Safe: nothing of the user's lives in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole onedir bundle: 连心台.exe, hearth-desk.exe and their shared _internal\.
Source: "..\..\dist\hearth-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The icon beside the programs, for the shortcuts: it does not depend on where
; PyInstaller puts package data inside _internal\.
Source: "..\..\resources\icons\hearth-desk.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; IconFilename: "{app}\hearth-desk.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; IconFilename: "{app}\hearth-desk.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only files the program itself may write inside {app}: Python caches of modules it
; loads from disk (the Alembic migrations). Never the data folder, which lives outside
; {app} and is kept on purpose.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
// The data folder the program uses on Windows (platformdirs' user data folder for
// "HearthDesk", not roaming). The uninstaller runs as the same user, so the local
// application data folder is that user's. (Line comments here: a brace comment ends
// at the first closing brace, so it cannot mention an Inno constant.)
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\HearthDesk');
end;

// After uninstalling, say that the data was kept and where it is, so that nobody
// thinks the ledger is gone, and nobody who wants it gone thinks it already is.
// Nothing here deletes the folder. Silent uninstalls (/SILENT, /VERYSILENT, e.g. by
// an IT helper's script) are not interrupted by a dialog.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent()) and DirExists(DataFolder()) then
    MsgBox(FmtMessage(CustomMessage('DataKeptAfterUninstall'), [DataFolder()]), mbInformation, MB_OK);
end;
