; 连心台 Hearth Desk: Simplified Chinese messages for Inno Setup 6.3+.
;
; Why this file: Inno Setup ships no Simplified Chinese translation (ChineseSimplified.isl
; is an unofficial, separately maintained file that would have to be fetched onto every
; build machine, and an office build machine has no internet). So we write the messages
; we need ourselves and keep them in the repository.
;
; It is an overlay, not a full translation: hearth-desk.iss loads it AFTER the compiler's
; Default.isl ("compiler:Default.isl,ChineseSimplified.isl"); a later messages file
; overrides an earlier one, message by message. Every message a per-user install,
; upgrade or uninstall of 连心台 shows is here (welcome, folder, tasks, ready, preparing /
; closing the running program, installing, finished, the uninstaller's confirm, progress
; and result, and the errors those pages can raise). A rare message we did not write
; (multi-disk setups, INI or DLL registration, components) falls back to English instead
; of stopping the build.
;
; Message names are those of Inno Setup 6.1 and later (Default.isl "6.1.0+"). Should a
; newer Inno rename one, the compiler warns "Message name ... is not recognized" and
; uses the English text from Default.isl: the build does not break.
;
; Saved as UTF-8 with a BOM: Inno 6.3+ reads UTF-8 either way, the BOM also keeps an older
; compiler or an editor from taking it for the ANSI code page.
; Do not add a full stop where the English message has none: Inno adds it itself.

[LangOptions]
LanguageName=简体中文
LanguageID=$0804
; 0: the file is Unicode, no code page conversion.
LanguageCodePage=0
; The default dialog font (Segoe UI) shows Chinese through Windows' font linking; no
; font is named here so that an English Windows without the Chinese fonts installed
; still gets a working (if plainer) dialog.

[Messages]

; *** Application titles
SetupAppTitle=安装
SetupWindowTitle=安装 - %1
UninstallAppTitle=卸载
UninstallAppFullTitle=%1 卸载

; *** Misc. common
InformationTitle=信息
ConfirmTitle=确认
ErrorTitle=错误

; *** SetupLdr messages
SetupLdrStartupMessage=将安装 %1。是否继续？
LdrCannotCreateTemp=无法创建临时文件。安装已中止
LdrCannotExecTemp=无法运行临时文件夹中的文件。安装已中止

; *** Startup error messages
LastErrorMessage=%1。%n%n错误 %2：%3
SetupFileMissing=安装文件夹中缺少文件 %1。请重新获取安装程序。
SetupFileCorrupt=安装文件已损坏。请重新获取安装程序。
SetupFileCorruptOrWrongVer=安装文件已损坏，或与此版本的安装程序不兼容。请重新获取安装程序。
InvalidParameter=命令行参数无效：%n%n%1
SetupAlreadyRunning=安装程序已在运行。
WindowsVersionNotSupported=本程序不支持此电脑上的 Windows 版本。
OnlyOnTheseArchitectures=本程序只能安装在以下处理器架构的 Windows 上：%n%n%1
WinVersionTooLowError=本程序需要 %1 %2 或更高版本。
WinVersionTooHighError=本程序不能安装在 %1 %2 或更高版本上。
SetupAppRunningError=安装程序检测到 %1 正在运行。%n%n请先关闭它，然后单击“确定”继续，或单击“取消”退出。
UninstallAppRunningError=卸载程序检测到 %1 正在运行。%n%n请先关闭它，然后单击“确定”继续，或单击“取消”退出。

; *** Misc. errors
ErrorCreatingDir=安装程序无法创建文件夹“%1”
ErrorTooManyFilesInDir=文件夹“%1”中的文件过多，无法在其中创建文件

; *** Setup common messages
ExitSetupTitle=退出安装
ExitSetupMessage=安装尚未完成。如果现在退出，程序将不会被安装。%n%n您可以以后再运行安装程序完成安装。%n%n是否退出安装？
AboutSetupMenuItem=关于安装程序(&A)...
AboutSetupTitle=关于安装程序
AboutSetupMessage=%1 版本 %2%n%3%n%n%1 主页：%n%4

; *** Buttons
ButtonBack=< 上一步(&B)
ButtonNext=下一步(&N) >
ButtonInstall=安装(&I)
ButtonOK=确定
ButtonCancel=取消
ButtonYes=是(&Y)
ButtonYesToAll=全部是(&A)
ButtonNo=否(&N)
ButtonNoToAll=全部否(&O)
ButtonFinish=完成(&F)
ButtonBrowse=浏览(&B)...
ButtonWizardBrowse=浏览(&R)...
ButtonNewFolder=新建文件夹(&M)

; *** Common wizard text
ClickNext=单击“下一步”继续，或单击“取消”退出安装。
BrowseDialogTitle=浏览文件夹
BrowseDialogLabel=在下面的列表中选择一个文件夹，然后单击“确定”。
NewFolderName=新建文件夹

; *** "Welcome" wizard page
WelcomeLabel1=欢迎安装 [name]
WelcomeLabel2=将在您的电脑上安装 [name/ver]。%n%n安装只针对当前用户，不需要管理员权限。建议在继续之前关闭其他程序。

; *** "Select Destination Location" wizard page
WizardSelectDir=选择安装位置
SelectDirDesc=要把 [name] 安装到哪里？
SelectDirLabel3=安装程序将把 [name] 安装到下面的文件夹。
SelectDirBrowseLabel=单击“下一步”继续。如需选择其他文件夹，请单击“浏览”。
DiskSpaceGBLabel=至少需要 [gb] GB 的可用磁盘空间。
DiskSpaceMBLabel=至少需要 [mb] MB 的可用磁盘空间。
CannotInstallToNetworkDrive=不能安装到网络驱动器。
CannotInstallToUNCPath=不能安装到 UNC 路径。
InvalidPath=请输入带盘符的完整路径，例如：%n%nC:\APP%n%n或以下形式的 UNC 路径：%n%n\\server\share
InvalidDrive=所选的驱动器或 UNC 共享不存在或无法访问。请另选一个。
DiskSpaceWarningTitle=磁盘空间不足
DiskSpaceWarning=安装至少需要 %1 KB 可用空间，但所选驱动器只有 %2 KB 可用。%n%n是否仍要继续？
DirNameTooLong=文件夹名称或路径太长。
InvalidDirName=文件夹名称无效。
BadDirName32=文件夹名称不能包含以下字符：%n%n%1
DirExistsTitle=文件夹已存在
DirExists=文件夹：%n%n%1%n%n已存在。是否仍要安装到该文件夹？
DirDoesntExistTitle=文件夹不存在
DirDoesntExist=文件夹：%n%n%1%n%n不存在。是否创建该文件夹？

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=选择附加任务
SelectTasksDesc=要执行哪些附加任务？
SelectTasksLabel2=选择安装 [name] 时要执行的附加任务，然后单击“下一步”。

; *** "Select Start Menu Folder" wizard page (not shown: DisableProgramGroupPage=yes,
; but its errors can still be raised by a /GROUP= command-line option)
WizardSelectProgramGroup=选择开始菜单文件夹
SelectStartMenuFolderDesc=要把程序的快捷方式放在哪里？
MustEnterGroupName=请输入文件夹名称。
GroupNameTooLong=文件夹名称或路径太长。
InvalidGroupName=文件夹名称无效。
BadGroupName=文件夹名称不能包含以下字符：%n%n%1

; *** "Ready to Install" wizard page
WizardReady=准备安装
ReadyLabel1=安装程序已准备好在您的电脑上安装 [name]。
ReadyLabel2a=单击“安装”开始安装；如需查看或更改设置，请单击“上一步”。
ReadyLabel2b=单击“安装”开始安装。
ReadyMemoDir=安装位置：
ReadyMemoGroup=开始菜单文件夹：
ReadyMemoTasks=附加任务：

; *** "Preparing to Install" wizard page
WizardPreparing=正在准备安装
PreparingDesc=安装程序正在准备在您的电脑上安装 [name]。
PreviousInstallNotCompleted=上一次安装或卸载尚未完成，需要先重新启动电脑。%n%n重新启动后，请再次运行安装程序完成 [name] 的安装。
CannotContinue=安装无法继续。请单击“取消”退出。
ApplicationsFound=以下程序正在使用需要更新的文件。建议让安装程序自动关闭这些程序。
ApplicationsFound2=以下程序正在使用需要更新的文件。建议让安装程序自动关闭这些程序。安装完成后，安装程序会尝试重新启动它们。
CloseApplications=自动关闭这些程序(&A)
DontCloseApplications=不关闭这些程序(&D)
ErrorCloseApplications=安装程序无法自动关闭所有程序。建议先关闭正在使用需要更新的文件的程序，然后再继续。
PrepareToInstallNeedsRestart=需要先重新启动电脑。重新启动后，请再次运行安装程序完成 [name] 的安装。%n%n是否现在重新启动？

; *** "Installing" wizard page
WizardInstalling=正在安装
InstallingLabel=正在您的电脑上安装 [name]，请稍候。

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] 安装完成
FinishedLabelNoIcons=[name] 已安装到您的电脑上。
FinishedLabel=[name] 已安装到您的电脑上。可以通过开始菜单或桌面上的快捷方式打开它。
ClickFinish=单击“完成”退出安装。
FinishedRestartLabel=要完成 [name] 的安装，需要重新启动电脑。是否现在重新启动？
FinishedRestartMessage=要完成 [name] 的安装，需要重新启动电脑。%n%n是否现在重新启动？
YesRadio=是，现在重新启动电脑(&Y)
NoRadio=否，稍后再重新启动(&N)
; used for example as 'Run MyProg.exe'
RunEntryExec=运行 %1
; used for example as 'View Readme.txt'
RunEntryShellExec=查看 %1

; *** Installation phase messages
SetupAborted=安装未完成。%n%n请解决问题后重新运行安装程序。
AbortRetryIgnoreSelectAction=请选择操作
AbortRetryIgnoreRetry=重试(&T)
AbortRetryIgnoreIgnore=忽略错误并继续(&I)
AbortRetryIgnoreCancel=取消安装

; *** Installation status messages
StatusClosingApplications=正在关闭程序...
StatusCreateDirs=正在创建文件夹...
StatusExtractFiles=正在解压文件...
StatusCreateIcons=正在创建快捷方式...
StatusSavingUninstall=正在保存卸载信息...
StatusRunProgram=正在完成安装...
StatusRestartingApplications=正在重新启动程序...
StatusRollback=正在撤销更改...

; *** Misc. errors
ErrorInternal2=内部错误：%1
ErrorFunctionFailedNoCode=%1 失败
ErrorFunctionFailed=%1 失败；代码 %2
ErrorFunctionFailedWithMessage=%1 失败；代码 %2。%n%3
ErrorExecutingProgram=无法运行文件：%n%1

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=跳过此文件（不推荐）(&S)
FileAbortRetryIgnoreIgnoreNotRecommended=忽略错误并继续（不推荐）(&I)
SourceIsCorrupted=源文件已损坏
SourceDoesntExist=源文件“%1”不存在
ExistingFileReadOnly2=现有文件为只读，无法替换。
ExistingFileReadOnlyRetry=去掉只读属性后重试(&R)
ExistingFileReadOnlyKeepExisting=保留现有文件(&K)
ErrorReadingExistingDest=读取现有文件时出错：
FileExistsSelectAction=请选择操作
FileExists2=文件已存在。
FileExistsOverwriteExisting=覆盖现有文件(&O)
FileExistsKeepExisting=保留现有文件(&K)
FileExistsOverwriteOrKeepAll=之后遇到同样的情况也这样处理(&D)
ExistingFileNewerSelectAction=请选择操作
ExistingFileNewer2=现有文件比安装程序中的更新。
ExistingFileNewerOverwriteExisting=覆盖现有文件(&O)
ExistingFileNewerKeepExisting=保留现有文件（推荐）(&K)
ExistingFileNewerOverwriteOrKeepAll=之后遇到同样的情况也这样处理(&D)
ErrorChangingAttr=更改现有文件的属性时出错：
ErrorCreatingTemp=在安装文件夹中创建文件时出错：
ErrorReadingSource=读取源文件时出错：
ErrorCopying=复制文件时出错：
ErrorReplacingExistingFile=替换现有文件时出错：
ErrorRestartReplace=重新启动后替换文件失败：
ErrorRenamingTemp=在安装文件夹中重命名文件时出错：

; *** Uninstall display name markings
UninstallDisplayNameMark=%1（%2）
UninstallDisplayNameMarks=%1（%2，%3）
UninstallDisplayNameMark32Bit=32 位
UninstallDisplayNameMark64Bit=64 位
UninstallDisplayNameMarkAllUsers=所有用户
UninstallDisplayNameMarkCurrentUser=当前用户

; *** Uninstaller messages
UninstallNotFound=文件“%1”不存在，无法卸载。
UninstallOpenError=无法打开文件“%1”，无法卸载
UninstallUnsupportedVer=此版本的卸载程序无法识别卸载日志“%1”的格式，无法卸载
UninstallUnknownEntry=卸载日志中有无法识别的条目（%1）
; The data folder is outside the program folder and is never removed: say so before
; the user decides.
ConfirmUninstall=确定要卸载 %1 吗？%n%n只删除程序文件；您的数据（台账、名册、备份和日志）会保留。
UninstallOnlyOnWin64=此程序只能在 64 位 Windows 上卸载。
UninstallStatusLabel=正在从您的电脑上卸载 %1，请稍候。
UninstalledAll=%1 已从您的电脑上卸载。
UninstalledMost=%1 卸载完成。%n%n有些项目无法删除，可以手动删除。
UninstalledAndNeedsRestart=要完成 %1 的卸载，需要重新启动电脑。%n%n是否现在重新启动？
UninstallDataCorrupted=文件“%1”已损坏，无法卸载

; *** Uninstallation phase messages
WizardUninstalling=卸载状态
StatusUninstalling=正在卸载 %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=正在安装 %1。
ShutdownBlockReasonUninstallingApp=正在卸载 %1。

[CustomMessages]

NameAndVersion=%1 版本 %2
AdditionalIcons=附加快捷方式：
CreateDesktopIcon=创建桌面快捷方式(&D)
UninstallProgram=卸载 %1
LaunchProgram=运行 %1
