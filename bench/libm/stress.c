/* Stress input for bench/libm/LibmStress.java: evaluates one glibc libm function (as a Rust binary calls it)
   on many inputs and writes little-endian binary records to stdout: for f32 unary functions every STRIDE-th
   float bit pattern (u32 x, u32 result), otherwise N xorshift random bit patterns, a quarter of them of
   moderate magnitude (f64: u64 x, u64 y, u64 result; f32 binary: u32 x, u32 y, u32 result).
   Usage: stress f32|f64 NAME STRIDE-or-N  (build: gcc -O2 -o stress bench/libm/stress.c -lm) */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t s = 0x9E3779B97F4A7C15ULL;
static uint64_t next (void) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s; }

typedef double (*d1) (double);
typedef double (*d2) (double, double);
typedef float (*f1) (float);
typedef float (*f2) (float, float);

static double rust_asinh (double x) { double ax = fabs (x), ix = 1.0 / ax; return copysign (log1p (ax + ax / (hypot (1.0, ix) + ix)), x); }
static double rust_acosh (double x) { return x < 1.0 ? __builtin_nan ("") : log (x + sqrt (x - 1.0) * sqrt (x + 1.0)); }
static double rust_atanh (double x) { return 0.5 * log1p ((2.0 * x) / (1.0 - x)); }
static float rust_asinhf (float x) { float ax = fabsf (x), ix = 1.0f / ax; return copysignf (log1pf (ax + ax / (hypotf (1.0f, ix) + ix)), x); }
static float rust_acoshf (float x) { return x < 1.0f ? __builtin_nanf ("") : logf (x + sqrtf (x - 1.0f) * sqrtf (x + 1.0f)); }
static float rust_atanhf (float x) { return 0.5f * log1pf ((2.0f * x) / (1.0f - x)); }

#define D1(n) if (!strcmp (name, #n)) u1 = n;
#define F1(n) if (!strcmp (name, #n)) v1 = n##f;

int main (int argc, char **argv)
{
  int f32 = !strcmp (argv[1], "f32");
  const char *name = argv[2];
  uint64_t count = strtoull (argv[3], 0, 10);
  d1 u1 = 0; d2 u2 = 0; f1 v1 = 0; f2 v2 = 0;
  D1 (sin) D1 (cos) D1 (tan) D1 (asin) D1 (acos) D1 (atan) D1 (sinh) D1 (cosh) D1 (tanh) D1 (exp) D1 (exp2)
  D1 (expm1) D1 (log) D1 (log2) D1 (log10) D1 (log1p)
  F1 (sin) F1 (cos) F1 (tan) F1 (asin) F1 (acos) F1 (atan) F1 (sinh) F1 (cosh) F1 (tanh) F1 (exp) F1 (exp2)
  F1 (expm1) F1 (log) F1 (log2) F1 (log10) F1 (log1p)
  if (!strcmp (name, "asinh")) { u1 = rust_asinh; v1 = rust_asinhf; }
  if (!strcmp (name, "acosh")) { u1 = rust_acosh; v1 = rust_acoshf; }
  if (!strcmp (name, "atanh")) { u1 = rust_atanh; v1 = rust_atanhf; }
  if (!strcmp (name, "pow")) { u2 = pow; v2 = powf; }
  if (!strcmp (name, "atan2")) { u2 = atan2; v2 = atan2f; }
  if (!strcmp (name, "hypot")) { u2 = hypot; v2 = hypotf; }
  static char buf[1 << 20];
  setvbuf (stdout, buf, _IOFBF, sizeof buf);
  if (f32 && v1)
    {
      for (uint64_t i = 0; i < (1ULL << 32); i += count)
	{
	  uint32_t x = (uint32_t) i, r; float fx, fr;
	  memcpy (&fx, &x, 4); fr = v1 (fx); memcpy (&r, &fr, 4);
	  fwrite (&x, 4, 1, stdout); fwrite (&r, 4, 1, stdout);
	}
      return 0;
    }
  for (uint64_t i = 0; i < count; i++)
    {
      uint64_t a = next (), b = next ();
      if (f32)
	{
	  uint32_t x = a, y = b, r; float fx, fy, fr;
	  memcpy (&fx, &x, 4); memcpy (&fy, &y, 4);
	  if (i % 4 == 0) { fx = ldexpf (fx, -((x >> 23) & 0xff) + 127 + (int) (a >> 40) % 8); fy = ldexpf (fy, -((y >> 23) & 0xff) + 127 + (int) (b >> 40) % 8); }
	  fr = v2 (fx, fy);
	  memcpy (&x, &fx, 4); memcpy (&y, &fy, 4); memcpy (&r, &fr, 4);
	  fwrite (&x, 4, 1, stdout); fwrite (&y, 4, 1, stdout); fwrite (&r, 4, 1, stdout);
	}
      else
	{
	  double x, y, r;
	  memcpy (&x, &a, 8); memcpy (&y, &b, 8);
	  if (i % 4 == 0) { x = ldexp (x, -(int) ((a >> 52) & 0x7ff) + 1023 + (int) (a >> 40) % 12); y = ldexp (y, -(int) ((b >> 52) & 0x7ff) + 1023 + (int) (b >> 40) % 12); }
	  r = u2 ? u2 (x, y) : u1 (x);
	  memcpy (&a, &x, 8); memcpy (&b, &y, 8);
	  uint64_t rb; memcpy (&rb, &r, 8);
	  fwrite (&a, 8, 1, stdout); fwrite (&b, 8, 1, stdout); fwrite (&rb, 8, 1, stdout);
	}
    }
  return 0;
}
