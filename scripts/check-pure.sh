#!/usr/bin/env bash
# The engine's packages stay pure: no files, network, clock or browser APIs.
# Hosts (cmd/, internal/cli, wasm/, worker/) do the I/O and pass bytes in.
set -euo pipefail
core="github.com/crosscheck/crosscheck"
pkgs=$(go list ./internal/... | grep -v -E '/internal/(cli)$' ; echo "$core")
bad=0
for p in $pkgs; do
  imports=$(go list -f '{{join .Imports " "}}' "$p")
  for banned in os os/exec net net/http syscall/js github.com/syumai/workers "$core/internal/httpapi"; do
    # internal/httpapi is the net/http handler the Worker and `crosscheck
    # serve` share; it may import net/http and nothing else on this list.
    [ "$banned" = net/http ] && [ "$p" = "$core/internal/httpapi" ] && continue
    for i in $imports; do
      if [ "$i" = "$banned" ]; then
        echo "check-pure: $p imports $banned (core packages must stay pure)" >&2
        bad=1
      fi
    done
  done
  dir=$(go list -f '{{.Dir}}' "$p")
  if grep -n 'time\.Now\|time\.Since' "$dir"/*.go 2>/dev/null | grep -v '_test.go' >&2; then
    echo "check-pure: $p reads the clock; the host passes the reference date" >&2
    bad=1
  fi
done
[ "$bad" = 0 ] && echo "check-pure: $(echo "$pkgs" | wc -l) core packages are pure"
exit "$bad"
