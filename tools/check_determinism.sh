#!/usr/bin/env bash
# Fails when src/ reads the wall clock or unseeded randomness outside an annotated exception.
# An intended use carries `// determinism-ok: <why>` on the same line.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='system_clock::now|steady_clock::now|high_resolution_clock::now|random_device|[^_a-z]rand\(|srand\(|time\(nullptr\)|time\(NULL\)'
hits=$(grep -rnE "$pattern" src/ --include='*.h' --include='*.cc' | grep -v 'determinism-ok:' || true)
if [ -n "$hits" ]; then
  echo "check_determinism: wall clock or unseeded randomness in src/ (annotate with '// determinism-ok: <why>' if intended):"
  echo "$hits"
  exit 1
fi
echo "check_determinism: ok"
