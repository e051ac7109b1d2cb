<#
.SYNOPSIS
Installs InstaIntel as a Windows service that starts at boot, or removes it (-Uninstall).

.DESCRIPTION
Run from an elevated PowerShell (Run as administrator) in the repository:
    scripts\install-service.ps1                                  # http://localhost:8000, data in %ProgramData%\InstaIntel
    scripts\install-service.ps1 -Urls http://0.0.0.0:8000        # reachable from the tailnet as well
    scripts\install-service.ps1 -Uninstall                       # stops and removes the service; keeps the data

It builds the client when needed, publishes the API to -InstallDir with the client beside it, registers the service
(automatic start, run as the virtual account "NT SERVICE\<name>", which may write only its data folder), and sets
recovery actions: restart after 5 s, 30 s and 2 min, with the failure count reset after a day. Running it again
upgrades in place: the service is stopped, republished and started.

.PARAMETER Urls
Where the API listens (the --urls setting). Default http://localhost:8000.

.PARAMETER Data
Data folder (database, keys, backups). Default: %ProgramData%\InstaIntel, which the app picks itself as a service.

.PARAMETER InstallDir
Where the published app goes. Default: %ProgramFiles%\InstaIntel.
#>
[CmdletBinding()]
param(
    [string]$Urls = "http://localhost:8000",
    [string]$Data = "",
    [string]$InstallDir = (Join-Path $env:ProgramFiles "InstaIntel"),
    [string]$ServiceName = "InstaIntel",
    [switch]$Uninstall
)
$ErrorActionPreference = "Stop"
$repo = Split-Path -Parent $PSScriptRoot

$principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw "Run this from an elevated PowerShell (Run as administrator): installing a service needs it."
}

# sc.exe reports failure through its exit code, not an exception.
function Invoke-Sc([string[]]$Arguments) {
    & sc.exe @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "sc.exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Stop-InstaIntel($service) {
    if ($service.Status -ne "Stopped") {
        Write-Host "Stopping $ServiceName..."
        Stop-Service -Name $ServiceName -Force
        $service.WaitForStatus("Stopped", [TimeSpan]::FromSeconds(60))
    }
}

$existing = Get-Service -Name $ServiceName -ErrorAction SilentlyContinue

if ($Uninstall) {
    if (-not $existing) { Write-Host "No service named $ServiceName is installed."; exit 0 }
    Stop-InstaIntel $existing
    Invoke-Sc @("delete", $ServiceName)
    Get-NetFirewallRule -DisplayName "InstaIntel (tailnet)" -ErrorAction SilentlyContinue | Remove-NetFirewallRule
    if (Test-Path $InstallDir) { Remove-Item -Recurse -Force $InstallDir }
    $dataHint = if ($Data) { $Data } else { Join-Path $env:ProgramData "InstaIntel" }
    Write-Host "Removed the $ServiceName service and $InstallDir. The data folder $dataHint is kept; delete it yourself if you no longer need it."
    exit 0
}

# 1. Build the client when it is missing; publish the API with the client beside it (the app finds client\out there).
Push-Location $repo
try {
    if (-not (Test-Path "client/out/index.html")) {
        Write-Host "Building the client..."
        Push-Location client
        npm ci --no-audit --no-fund
        if ($LASTEXITCODE -ne 0) { throw "npm ci failed" }
        npm run build
        if ($LASTEXITCODE -ne 0) { throw "the client build failed" }
        Pop-Location
    }
    if ($existing) { Stop-InstaIntel $existing }
    Write-Host "Publishing to $InstallDir..."
    dotnet publish api/InstaIntel.Api.csproj -c Release -o $InstallDir --nologo
    if ($LASTEXITCODE -ne 0) { throw "dotnet publish failed" }
    $clientTarget = Join-Path $InstallDir "client\out"
    if (Test-Path $clientTarget) { Remove-Item -Recurse -Force $clientTarget }
    New-Item -ItemType Directory -Force (Split-Path $clientTarget) | Out-Null
    Copy-Item -Recurse "client/out" $clientTarget
}
finally { Pop-Location }

# 2. The data folder, writable by the service's virtual account only (plus Administrators and SYSTEM).
$account = "NT SERVICE\$ServiceName"
$dataDir = if ($Data) { [IO.Path]::GetFullPath($Data) } else { Join-Path $env:ProgramData "InstaIntel" }
New-Item -ItemType Directory -Force $dataDir | Out-Null

# 3. Register (or update) the service: automatic start at boot.
$exe = Join-Path $InstallDir "InstaIntel.Api.exe"
$binPath = "`"$exe`" --urls $Urls"
if ($Data) { $binPath += " --data `"$dataDir`"" }
if ($existing) {
    Invoke-Sc @("config", $ServiceName, "binPath=", $binPath, "start=", "auto")
} else {
    New-Service -Name $ServiceName -BinaryPathName $binPath -DisplayName "InstaIntel" `
        -Description "Self-hosted Instagram follower intelligence (API, web client and scheduled crawls)." `
        -StartupType Automatic | Out-Null
}
Invoke-Sc @("config", $ServiceName, "obj=", $account)
# The virtual account exists once the service does: grant it its data folder now.
& icacls.exe $dataDir /grant "${account}:(OI)(CI)M" /T /Q | Out-Host
if ($LASTEXITCODE -ne 0) { throw "icacls could not grant $account access to $dataDir" }

# Logs go to the Application event log under the app's name; creating the source needs the admin rights we have now.
if (-not [Diagnostics.EventLog]::SourceExists("InstaIntel.Api")) { [Diagnostics.EventLog]::CreateEventSource("InstaIntel.Api", "Application") }

# Listening beyond loopback: let in the tailnet (Tailscale's 100.64.0.0/10), nothing else.
$port = ([Uri]($Urls -replace "0\.0\.0\.0|\+|\*", "localhost")).Port
if ($Urls -notmatch "localhost|127\.0\.0\.1|\[::1\]") {
    Get-NetFirewallRule -DisplayName "InstaIntel (tailnet)" -ErrorAction SilentlyContinue | Remove-NetFirewallRule
    New-NetFirewallRule -DisplayName "InstaIntel (tailnet)" -Direction Inbound -Protocol TCP -LocalPort $port `
        -RemoteAddress 100.64.0.0/10 -Program $exe -Action Allow | Out-Null
}

# 4. Recovery: restart on any failure (a crash, or an exit with an error code: failureflag 1), never give up for good.
Invoke-Sc @("failure", $ServiceName, "reset=", "86400", "actions=", "restart/5000/restart/30000/restart/120000")
Invoke-Sc @("failureflag", $ServiceName, "1")

# 5. Start and wait until it answers.
Start-Service -Name $ServiceName
$health = ($Urls -replace "0\.0\.0\.0|\+|\*", "localhost").TrimEnd("/") + "/healthz"
$deadline = (Get-Date).AddSeconds(60)
while ((Get-Date) -lt $deadline) {
    try {
        if ((Invoke-WebRequest -UseBasicParsing -Uri $health -TimeoutSec 5).StatusCode -eq 200) {
            Write-Host "InstaIntel runs as the $ServiceName service on $Urls (data: $dataDir). It starts with Windows."
            exit 0
        }
    } catch { Start-Sleep -Seconds 2 }
}
throw "The service started but $health did not answer within a minute: see Event Viewer > Windows Logs > Application (source InstaIntel.Api)."
