#!/usr/bin/env bash
# Lists corpus run-pass programs where `rustmem run` finishes with an exit code other than 2
# (unsupported) but its stdout or exit code differs from rustc's: wrong answers, which must not exist.
cd "$(dirname "$0")/.."
corpus=../shared/corpus/run-pass
for f in "$corpus"/*.rs; do
    base=${f%.rs}
    got=$(timeout 20 ./rustmem run "$f" 2>/dev/null); code=$?
    [ "$code" = 2 ] && continue
    if [ "$got" != "$(cat "$base.stdout")" ] || [ "$code" != "$(cat "$base.exit")" ]; then
        echo "WRONG: $f (exit $code, want $(cat "$base.exit"))"
    fi
done
