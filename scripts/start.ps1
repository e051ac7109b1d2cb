# Builds what is missing and serves the API and the client on http://localhost:8000 (Windows).
#   -Port N     listen on localhost:N (default 8000)
#   -Data DIR   where the database, keys and backups live (default: the per-user data folder)
#   -Demo       crawl the bundled Instagram simulator instead of Instagram
param([int]$Port = 8000, [string]$Data = "", [switch]$Demo, [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest = @())
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

if (-not (Test-Path "client/out/index.html")) {
    Write-Host "Building the client..."
    Push-Location client
    if (Test-Path "package-lock.json") { npm ci --no-audit --no-fund }
    npm run build
    Pop-Location
}

dotnet build api -c Release --nologo -v quiet
$apiArgs = @("--port", $Port, "--client", "client/out")
if ($Data) { $apiArgs += @("--data", $Data) }
$simulator = $null
if ($Demo) {
    # Demo mode: the bundled Instagram simulator runs beside the API, which crawls it with the demo session.
    dotnet build tests/InstaIntel.Simulator -c Release --nologo -v quiet
    $simUrl = "http://127.0.0.1:$($Port + 1)"
    $simulator = Start-Process dotnet -ArgumentList @("tests/InstaIntel.Simulator/bin/Release/net10.0/InstaIntel.Simulator.dll", "--urls", $simUrl) -PassThru -NoNewWindow
    $apiArgs += @("--Instagram:Demo=true", "--Instagram:SimulatorUrl=$simUrl")
    Write-Host "Demo mode: crawl demo_small, demo_large, demo_private or demo_growth (simulator at $simUrl)."
}
try { dotnet api/bin/Release/net10.0/InstaIntel.Api.dll @apiArgs @Rest }
finally { if ($simulator) { Stop-Process -Id $simulator.Id -ErrorAction SilentlyContinue } }
