#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
static void *(*real_malloc)(size_t);
static void (*real_free)(void *);
static void *(*real_realloc)(void *, size_t);
static void *(*real_calloc)(size_t, size_t) = 0;
static int busy;
static void logf_(const char *s) { write(2, s, strlen(s)); }
void *malloc(size_t n) { if (!real_malloc) real_malloc = dlsym(RTLD_NEXT, "malloc"); void *p = real_malloc(n); if (!busy) { busy=1; char b[96]; snprintf(b, sizeof b, "malloc %zu -> %p\n", n, p); logf_(b); busy=0; } return p; }
void free(void *p) { if (!real_free) real_free = dlsym(RTLD_NEXT, "free"); if (!busy && p) { busy=1; char b[96]; snprintf(b, sizeof b, "free %p\n", p); logf_(b); busy=0; } real_free(p); }
void *realloc(void *q, size_t n) { if (!real_realloc) real_realloc = dlsym(RTLD_NEXT, "realloc"); void *p = real_realloc(q, n); if (!busy) { busy=1; char b[96]; snprintf(b, sizeof b, "realloc %p %zu -> %p\n", q, n, p); logf_(b); busy=0; } return p; }
void *calloc(size_t a, size_t n) { static char buf[4096]; static size_t used; if (!real_calloc) { real_calloc = dlsym(RTLD_NEXT, "calloc"); } if (!real_calloc) { void *p = buf + used; used += a*n; return p; } void *p = real_calloc(a, n); if (!busy) { busy=1; char b[96]; snprintf(b, sizeof b, "calloc %zu %zu -> %p\n", a, n, p); logf_(b); busy=0; } return p; }
