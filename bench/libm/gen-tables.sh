#!/usr/bin/env bash
# Generates the data tables of rustmem's glibc libm ports (src/main/java/rustmem/interp/libm/*Data.java)
# from glibc 2.36's own C tables: compiles the glibc data files with gcc (so every constant expression is
# evaluated exactly as glibc's build evaluates it) and a small C dumper (bench/libm/tables.c) that prints
# them as Java source (hex float and hex long literals, bit-exact).
# Usage: bench/libm/gen-tables.sh GLIBC_SRC
#   GLIBC_SRC: a glibc source tree at release/2.36/master (Debian bookworm's libc6 2.36-9+deb12u14), e.g.
#   git clone https://sourceware.org/git/glibc.git && git -C glibc checkout release/2.36/master
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
g="$(cd "${1:?usage: $0 GLIBC_SRC}" && pwd)"
out="$root/src/main/java/rustmem/interp/libm"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/stub" "$tmp/dbl" "$tmp/flt"
# just enough of glibc's internal headers for the data files
cat > "$tmp/stub/common.h" <<'EOF'
#define attribute_hidden
#define libm_alias_finite(a, b)
#define libm_alias_double(a, b)
#define libm_alias_float(a, b)
#define strong_alias(a, b)
#define hidden_def(a)
#define __glibc_likely(x) __builtin_expect ((x), 1)
#define __glibc_unlikely(x) __builtin_expect ((x), 0)
EOF
cat > "$tmp/stub/math_private.h" <<'EOF'
#include <stdint.h>
#include <math.h>
EOF
printf '#define HIGH_ORDER_BIT_IS_SET_FOR_SNAN 0\n' > "$tmp/stub/nan-high-order-bit.h"
printf '#include_next <endian.h>\n#define LITTLE_ENDI 1\n#define HIGH_HALF 1\n#define LOW_HALF 0\n' > "$tmp/stub/endian.h"
cp "$g/sysdeps/ieee754/dbl-64/math_config.h" "$tmp/dbl/"
cp "$g/sysdeps/ieee754/flt-32/math_config.h" "$tmp/flt/"
cp "$g/sysdeps/x86/fpu/sincosf_poly.h" "$tmp/flt/"
cc() { gcc -O2 -std=gnu11 -include "$tmp/stub/common.h" -I"$tmp/stub" "$@"; }
objs=()
for f in e_exp_data e_log_data e_log2_data e_pow_log_data sincostab; do
    cc -I"$tmp/dbl" -I"$g/sysdeps/ieee754/dbl-64" -c "$g/sysdeps/ieee754/dbl-64/$f.c" -o "$tmp/$f.o"; objs+=("$tmp/$f.o")
done
for f in e_exp2f_data e_logf_data e_log2f_data e_powf_log2_data; do
    cc -I"$tmp/flt" -c "$g/sysdeps/ieee754/flt-32/$f.c" -o "$tmp/$f.o"; objs+=("$tmp/$f.o")
done
# x86's sincosf table (the v2df layout of sysdeps/x86/fpu/sincosf_poly.h)
cc -I"$tmp/flt" -I"$g" -I"$g/sysdeps/ieee754/flt-32" -c "$g/sysdeps/x86/fpu/s_sincosf_data.c" -o "$tmp/sincosf.o"
objs+=("$tmp/sincosf.o")
cc -I"$tmp/dbl" -I"$g/sysdeps/ieee754/dbl-64" -DPART_DBL -c "$root/bench/libm/tables.c" -o "$tmp/t_dbl.o"
cc -I"$tmp/flt" -I"$g/sysdeps/ieee754/flt-32" -DPART_FLT -c "$root/bench/libm/tables.c" -o "$tmp/t_flt.o"
cc -DPART_MAIN "$root/bench/libm/tables.c" "$tmp/t_dbl.o" "$tmp/t_flt.o" "${objs[@]}" -lm -o "$tmp/tables"
(cd "$out" && "$tmp/tables")
echo "wrote $(cd "$out" && ls *Data.java | tr '\n' ' ')"
