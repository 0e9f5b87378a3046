#!/usr/bin/env bash
# Builds a release of the API into deploy/out with Wolverine's handler code generated ahead of time,
# so a node starts without compiling anything (run it with Proposals__GeneratedCode=Static), and
# every assembly compiled ahead of time (ReadyToRun): no JIT warm-up under the first load.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-deploy/out}
generated=src/Proposals.Api/Internal/Generated
rm -rf "$generated"

# codegen needs the configuration only: point it at a database that need not exist.
ConnectionStrings__Proposals="${CODEGEN_CONNECTION:-Host=127.0.0.1;Database=codegen}" \
Auth__SigningKey="codegen-only-signing-key-not-used-at-run-time" \
  dotnet run --project src/Proposals.Api -c Release -- codegen write

# READY_TO_RUN=false skips the ahead-of-time compilation (a minute and more here), as the benchmark's --quick does.
dotnet publish src/Proposals.Api -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun="${READY_TO_RUN:-true}" -o "$out"
rm -rf "$generated"
echo "Published to $out. Start it with: Proposals__GeneratedCode=Static dotnet $out/Proposals.Api.dll"
