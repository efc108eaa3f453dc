; Inno Setup 6 script: a per-user installer for Windows 10/11 made from the one-folder build.
; No administrator rights are needed: it installs under %LOCALAPPDATA%\Programs, adds a
; Start-menu entry (and, if asked, a desktop shortcut), and registers an uninstaller. The
; clerk's data is not here but in %LOCALAPPDATA%\LiaisonDesktop, which uninstalling keeps.
;
;   py -3.11 -m venv .venv
;   .venv\Scripts\pip install .[dist]
;   .venv\Scripts\pyinstaller liaison.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" liaison.iss
;   -> dist\LiaisonDesktop-<version>-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F3B8E52-5C1D-4B7A-9E0F-2A7D41C9B3E6}
AppName=Liaison Desktop
AppVersion={#AppVersion}
AppPublisher=Liaison Desktop
DefaultDirName={autopf}\Liaison Desktop
DefaultGroupName=Liaison Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=dist
OutputBaseFilename=LiaisonDesktop-{#AppVersion}-setup
SetupIconFile=liaison_desktop\resources\icons\liaison-desktop.ico
UninstallDisplayIcon={app}\liaison-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\liaison-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Liaison Desktop"; Filename: "{app}\liaison-desktop.exe"
Name: "{autodesktop}\Liaison Desktop"; Filename: "{app}\liaison-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\liaison-desktop.exe"; Description: "{cm:LaunchProgram,Liaison Desktop}"; Flags: nowait postinstall skipifsilent
