# Hearth Desk: build the Windows bundle and installer in one command.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (python.org, "Add python.exe to PATH") and Inno Setup 6.3+.
# Steps: a .venv with the program and PyInstaller (the "package" extra), the onedir
# bundle (packaging/build.py -> dist\hearth-desk\), its smoke test against the frozen
# program (packaging/smoke_test.py, output kept in dist\smoke-test.log), then the
# installer (ISCC, version from pyproject.toml) -> dist\installer\.
# Any failing step stops the script with a non-zero exit code: an installer is only
# made from a bundle that passed its smoke test.
#
# NOT RUN YET: written without a Windows machine. The Windows CI workflow
# (.github/workflows/windows.yml) runs exactly this script.
#
# This file is ASCII on purpose: Windows PowerShell 5.1 reads a script without a BOM
# in the ANSI code page, so any Chinese text here would be garbled.

[CmdletBinding()]
param(
    # The Python that creates .venv (3.11 or later).
    [string]$Python = 'python',
    # ISCC.exe, when Inno Setup is somewhere the search below does not look.
    [string]$Iscc = ''
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# Python prints Chinese (the program's messages, the smoke test's report). Without
# UTF-8 it would write in the console's code page and fail on an English Windows,
# and PowerShell would decode its output wrongly.
$env:PYTHONUTF8 = '1'
$env:PYTHONIOENCODING = 'utf-8'
# (Setting it fails where there is no console window; the build does not need it then.)
try { [Console]::OutputEncoding = [System.Text.Encoding]::UTF8 } catch { }

# Everything below runs from the repository root, wherever the script was started.
$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $Root

function Invoke-Step {
    # Run a native program and stop on a non-zero exit code ($ErrorActionPreference
    # does not cover native programs in Windows PowerShell 5.1).
    param([string]$What, [string]$Program, [string[]]$Arguments)
    Write-Host "==> $What" -ForegroundColor Cyan
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$What failed (exit code $LASTEXITCODE): $Program $($Arguments -join ' ')"
    }
}

function Find-Iscc {
    # Inno Setup's default folders (machine-wide and per-user install), then PATH.
    if ($Iscc) {
        if (Test-Path $Iscc) { return (Resolve-Path $Iscc).Path }
        throw "ISCC.exe not found at $Iscc"
    }
    $candidates = @()
    if (${env:ProgramFiles(x86)}) { $candidates += Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe' }
    if ($env:ProgramFiles) { $candidates += Join-Path $env:ProgramFiles 'Inno Setup 6\ISCC.exe' }
    if ($env:LOCALAPPDATA) { $candidates += Join-Path $env:LOCALAPPDATA 'Programs\Inno Setup 6\ISCC.exe' }
    foreach ($candidate in $candidates) {
        if (Test-Path $candidate) { return $candidate }
    }
    $onPath = Get-Command 'ISCC.exe' -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    throw 'ISCC.exe (Inno Setup 6) not found. Install Inno Setup 6.3 or later from https://jrsoftware.org/isdl.php, or pass -Iscc C:\path\to\ISCC.exe'
}

# Look for the compiler first: better to fail in a second than after a ten-minute build.
$IsccPath = Find-Iscc
Write-Host "Inno Setup compiler: $IsccPath"

# No double quotes inside arguments to native programs: Windows PowerShell 5.1 drops them.
Invoke-Step 'Check that Python is 3.11 or later' $Python @('-c', 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)')

$VenvPython = Join-Path $Root '.venv\Scripts\python.exe'
if (-not (Test-Path $VenvPython)) {
    Invoke-Step 'Create .venv' $Python @('-m', 'venv', '.venv')
}
Invoke-Step 'Install the program and PyInstaller' $VenvPython @('-m', 'pip', 'install', '--disable-pip-version-check', '-q', '-e', '.[package]')

Invoke-Step 'Build the bundle (packaging/build.py)' $VenvPython @('packaging/build.py')

# The smoke test's output goes to the console and to dist\smoke-test.log (a CI
# artifact). Its stderr is merged in; 'Continue' because Windows PowerShell 5.1 turns
# every stderr line of a native program into a terminating error under 'Stop'.
Write-Host '==> Smoke-test the frozen program (packaging/smoke_test.py)' -ForegroundColor Cyan
$SmokeLog = Join-Path $Root 'dist\smoke-test.log'
$SmokeOutput = @()
$ErrorActionPreference = 'Continue'
& $VenvPython 'packaging/smoke_test.py' 'dist/hearth-desk' 2>&1 |
    ForEach-Object { "$_" } |
    Tee-Object -Variable SmokeOutput |
    Write-Host
$SmokeExit = $LASTEXITCODE
$ErrorActionPreference = 'Stop'
# UTF-8 explicitly: Tee-Object -FilePath would write UTF-16 in Windows PowerShell 5.1.
$SmokeOutput | Set-Content -Path $SmokeLog -Encoding UTF8
if ($SmokeExit -ne 0) {
    throw "The smoke test failed (exit code $SmokeExit); see $SmokeLog"
}

# One source for the version: pyproject.toml.
$Version = & $VenvPython -c 'import tomllib; print(tomllib.load(open(''pyproject.toml'', ''rb''))[''project''][''version''])'
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw 'Could not read the version from pyproject.toml' }
$Version = "$Version".Trim()
# Windows' file version must be numeric: 0.2.0rc1 -> 0.2.0.
if ($Version -match '^\d+(\.\d+){0,3}') { $FileVersion = $Matches[0] } else { throw "Version $Version does not start with a number" }

Invoke-Step "Compile the installer $Version (ISCC)" $IsccPath @("/DAppVersion=$Version", "/DFileVersion=$FileVersion", 'packaging\windows\hearth-desk.iss')

$Installer = Join-Path $Root "dist\installer\hearth-desk-setup-$Version.exe"
if (-not (Test-Path $Installer)) { throw "ISCC succeeded but $Installer is missing" }

# The figures the budgets are about (onedir <= 220 MB, installer <= 90 MB).
$BundleBytes = (Get-ChildItem -Path (Join-Path $Root 'dist\hearth-desk') -Recurse -File | Measure-Object -Property Length -Sum).Sum
$InstallerBytes = (Get-Item $Installer).Length
Write-Host ('Bundle dist\hearth-desk: {0:N1} MB (budget 220 MB)' -f ($BundleBytes / 1MB))
Write-Host ('Installer: {0:N1} MB (budget 90 MB)' -f ($InstallerBytes / 1MB))
if ($BundleBytes -gt 220MB) { Write-Warning 'The bundle is over its 220 MB budget.' }
if ($InstallerBytes -gt 90MB) { Write-Warning 'The installer is over its 90 MB budget.' }

Write-Host ''
Write-Host "The installer is ready: $Installer" -ForegroundColor Green
