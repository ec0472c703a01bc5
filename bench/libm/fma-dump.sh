#!/usr/bin/env bash
# Shows where GCC contracts a * b + c into fused multiply-adds in one of glibc 2.36's libm sources, as glibc's
# x86_64 build compiles its FMA ifunc variants (sysdeps/x86_64/fpu/multiarch: -mfma -mavx2, with glibc's
# -O2 -frounding-math -fno-math-errno and GCC's default -ffp-contract=fast): prints the function bodies of GCC's
# -fdump-tree-widening_mul output (.FMA (a, b, c) = a*b + c, .FMS = a*b - c, .FNMA = -(a*b) + c), which the
# Java ports in src/main/java/rustmem/interp/libm follow operation by operation. Optionally links the object
# with a checker that compares it with this machine's libm on random inputs (both must be built by GCC 12, as
# Debian bookworm's glibc is).
# Usage: bench/libm/fma-dump.sh GLIBC_SRC FILE [FUNC LIBMFUNC [f32] [2]]
#   FILE: e.g. sysdeps/ieee754/dbl-64/e_exp.c; FUNC: the C function defined there (e.g. __exp), LIBMFUNC the
#   exported function it implements (exp); f32 for float functions, 2 for two-argument ones.
#   Without -mfma (NOFMA=1) it shows a non-multiarch function as libm has it (no contraction possible).
#   EXTRA="FILE ..." adds more glibc sources the checker needs (e.g. sysdeps/ieee754/flt-32/k_tanf.c).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
g="$(cd "${1:?usage: $0 GLIBC_SRC FILE [FUNC LIBMFUNC [f32] [2]]}" && pwd)"
file="${2:?FILE}"
func="${3:-}"
libmfunc="${4:-}"
type="${5:-f64}"
arity="${6:-1}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/stub" "$tmp/x86"
cat > "$tmp/stub/common.h" <<'EOF'
#include <errno.h>
#define libm_alias_finite(a, b)
#define libm_alias_double(a, b)
#define libm_alias_float(a, b)
#define libm_alias_double_other(a, b)
#define libm_alias_float_other(a, b)
#define libm_alias_finite_float(a, b)
#define versioned_symbol(a, b, c, d)
#define strong_alias(a, b)
#define weak_alias(a, b)
#define hidden_def(a)
#define libm_hidden_def(a)
#define libm_hidden_proto(a)
#define libc_hidden_proto(a)
#define attribute_hidden
#define declare_mgen_alias(a, b)
#define __set_errno(e) (errno = (e))
EOF
for h in libm-alias-finite.h libm-alias-double.h libm-alias-float.h; do : > "$tmp/stub/$h"; done
printf '#define LIBM_SVID_COMPAT 0\n' > "$tmp/stub/math-svid-compat.h"
printf '#define HIGH_ORDER_BIT_IS_SET_FOR_SNAN 0\n' > "$tmp/stub/nan-high-order-bit.h"
printf '#include_next <endian.h>\n#define LITTLE_ENDI 1\n#define HIGH_HALF 1\n#define LOW_HALF 0\n' > "$tmp/stub/endian.h"
printf '#define DIAG_PUSH_NEEDS_COMMENT\n#define DIAG_POP_NEEDS_COMMENT\n#define DIAG_IGNORE_Os_NEEDS_COMMENT(a, b)\n' \
    > "$tmp/stub/libc-diag.h"
printf '#define math_check_force_underflow(x) ((void) 0)\n#define math_check_force_underflow_nonneg(x) ((void) 0)\n' \
    > "$tmp/stub/math-underflow.h"
printf '#include <fenv.h>\n#define SET_RESTORE_ROUND(x)\n#define SET_RESTORE_ROUND_53BIT(x)\n#define SET_RESTORE_ROUNDF(x)\n' \
    > "$tmp/stub/fenv_private.h"
cat "$g"/sysdeps/generic/math-use-builtins-*.h | grep '^#define USE' > "$tmp/stub/math-use-builtins.h"
cp "$g/sysdeps/x86/fpu/math-barriers.h" "$g/include/math-narrow-eval.h" "$tmp/stub/"
cp "$g/sysdeps/x86/fpu/sincosf_poly.h" "$tmp/x86/"
cat > "$tmp/stub/math_private.h" <<'EOF'
#ifndef STUB_MATH_PRIVATE
#define STUB_MATH_PRIVATE
#include <stdint.h>
#include <math.h>
#include <float.h>
#include <math-barriers.h>
typedef union { double value; struct { uint32_t lsw, msw; } parts; uint64_t word; } ieee_double_shape_type;
#define EXTRACT_WORDS(hi, lo, d) do { ieee_double_shape_type u_; u_.value = (d); (hi) = u_.parts.msw; (lo) = u_.parts.lsw; } while (0)
#define EXTRACT_WORDS64(i, d) do { ieee_double_shape_type u_; u_.value = (d); (i) = u_.word; } while (0)
#define GET_HIGH_WORD(i, d) do { ieee_double_shape_type u_; u_.value = (d); (i) = u_.parts.msw; } while (0)
#define GET_LOW_WORD(i, d) do { ieee_double_shape_type u_; u_.value = (d); (i) = u_.parts.lsw; } while (0)
#define INSERT_WORDS(d, hi, lo) do { ieee_double_shape_type u_; u_.parts.msw = (hi); u_.parts.lsw = (lo); (d) = u_.value; } while (0)
#define INSERT_WORDS64(d, i) do { ieee_double_shape_type u_; u_.word = (i); (d) = u_.value; } while (0)
#define SET_HIGH_WORD(d, v) do { ieee_double_shape_type u_; u_.value = (d); u_.parts.msw = (v); (d) = u_.value; } while (0)
#define SET_LOW_WORD(d, v) do { ieee_double_shape_type u_; u_.value = (d); u_.parts.lsw = (v); (d) = u_.value; } while (0)
typedef union { float value; uint32_t word; } ieee_float_shape_type;
#define GET_FLOAT_WORD(i, d) do { ieee_float_shape_type u_; u_.value = (d); (i) = u_.word; } while (0)
#define SET_FLOAT_WORD(d, i) do { ieee_float_shape_type u_; u_.word = (i); (d) = u_.value; } while (0)
float __kernel_tanf (float, float, int);
float __atanf (float);
/* glibc-internal callees: this machine's libm (their ifuncs pick the same variants) */
#ifndef __ieee754_sqrt
# define __ieee754_sqrt sqrt
#endif
#ifndef __ieee754_sqrtf
# define __ieee754_sqrtf sqrtf
#endif
#ifndef __ieee754_exp
# define __ieee754_exp exp
#endif
#ifndef __ieee754_expf
# define __ieee754_expf expf
#endif
#ifndef __ieee754_log
# define __ieee754_log log
#endif
#ifndef __ieee754_logf
# define __ieee754_logf logf
#endif
#ifndef __expm1
# define __expm1 expm1
#endif
#ifndef __expm1f
# define __expm1f expm1f
#endif
#ifndef __log1p
# define __log1p log1p
#endif
#ifndef __log1pf
# define __log1pf log1pf
#endif
#ifndef __atanf
# define __atanf atanf
#endif
#define __math_invalid stub_math_invalid
#define __math_divzero stub_math_divzero
#define __math_oflow stub_math_oflow
#define __math_uflow stub_math_uflow
#define __math_may_uflow stub_math_may_uflow
#define __math_check_oflow stub_math_check_oflow
#define __math_check_uflow stub_math_check_uflow
#define __math_invalidf stub_math_invalidf
#define __math_divzerof stub_math_divzerof
#define __math_oflowf stub_math_oflowf
#define __math_uflowf stub_math_uflowf
#define __math_may_uflowf stub_math_may_uflowf
#endif
EOF
case "$file" in
    *flt-32*|*x86/fpu*) inc=(-I"$tmp/x86" -I"$g/sysdeps/ieee754/flt-32" -I"$g/sysdeps/ieee754/dbl-64") ;;
    *) inc=(-I"$g/sysdeps/ieee754/dbl-64" -I"$g/sysdeps/ieee754/flt-32") ;;
esac
flags=(-O2 -frounding-math -fno-math-errno -std=gnu11 -fgnu89-inline -fmerge-all-constants -fPIC -D_GNU_SOURCE
       -Wno-implicit-function-declaration -include "$tmp/stub/common.h" -I"$tmp/stub" "${inc[@]}"
       -I"$g/sysdeps/ieee754" -I"$g")
own=()
[ "${NOFMA:-}" = 1 ] || own+=(-mfma -mavx2)
[ -n "$func" ] && own+=(-D"$func"=checked_func)
(cd "$tmp" && gcc "${flags[@]}" "${own[@]}" -fdump-tree-widening_mul -c "$g/$file" -o "$tmp/f.o")
grep -v 'DEBUG\|^ *$' "$tmp"/f.c.*widening_mul | awk '/^;; Function/ { print; p = 0 } /^ *<bb 2>/ { p = 1 } p'
[ -z "$func" ] && exit 0
# the data tables, error tails and helpers (branred: no FMA variant) the file may need, then the comparison
# with this machine's libm
extra=()
for d in e_exp_data e_log_data e_log2_data e_pow_log_data sincostab math_err branred; do
    gcc "${flags[@]}" -c "$g/sysdeps/ieee754/dbl-64/$d.c" -o "$tmp/$d.o" 2>/dev/null && extra+=("$tmp/$d.o")
done
for d in e_exp2f_data e_logf_data e_log2f_data e_powf_log2_data math_errf; do
    gcc "${flags[@]}" -I"$tmp/x86" -I"$g/sysdeps/ieee754/flt-32" -c "$g/sysdeps/ieee754/flt-32/$d.c" -o "$tmp/$d.o" 2>/dev/null \
        && extra+=("$tmp/$d.o")
done
gcc "${flags[@]}" -I"$tmp/x86" -I"$g/sysdeps/ieee754/flt-32" -c "$g/sysdeps/x86/fpu/s_sincosf_data.c" \
    -o "$tmp/sincosf_data.o" 2>/dev/null && extra+=("$tmp/sincosf_data.o")
i=0
for e in ${EXTRA:-}; do
    i=$((i + 1))
    gcc "${flags[@]}" -c "$g/$e" -o "$tmp/extra$i.o" && extra+=("$tmp/extra$i.o")
done
[ "$type" = f32 ] && t=float || t=double
[ "$type" = f32 ] && u=uint32_t || u=uint64_t
args="$t"; call="x"
[ "$arity" = 2 ] && { args="$t, $t"; call="x, y"; }
cat > "$tmp/check.c" <<EOF
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
$t checked_func ($args);
int main (void)
{
  uint64_t s = 0x2545F4914F6CDD1DULL, bad = 0, nans = 0, n = 10000000;
  for (uint64_t i = 0; i < n; i++)
    {
      $u a, b, r1, r2; $t x, y, r, want;
      s ^= s << 13; s ^= s >> 7; s ^= s << 17; a = s;
      s ^= s << 13; s ^= s >> 7; s ^= s << 17; b = s;
      memcpy (&x, &a, sizeof x); memcpy (&y, &b, sizeof y);
      if (i % 2) { x = ldexp (x, -ilogb (x) + (int) (i % 13) - 6); y = ldexp (y, -ilogb (y) + (int) (i % 7) - 3); }
      r = checked_func ($call); want = $libmfunc ($call);
      memcpy (&r1, &r, sizeof r); memcpy (&r2, &want, sizeof r);
      if (r1 != r2 && isnan (r) && isnan (want)) nans++;
      else if (r1 != r2 && bad++ < 5) printf ("%a %a: compiled %a, libm %a\n", (double) x, (double) y, (double) r, (double) want);
    }
  printf ("%llu of %llu differ from this machine's libm (and %llu in NaN bits only, e.g. from SVID wrappers)\n",
          (unsigned long long) bad, (unsigned long long) n, (unsigned long long) nans);
  return 0;
}
EOF
gcc -O1 -fno-builtin "$tmp/check.c" "$tmp/f.o" "${extra[@]}" -lm -o "$tmp/check" && "$tmp/check"
