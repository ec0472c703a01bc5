#!/usr/bin/env bash
# Builds small ELF files with this machine's toolchains and records what binutils says of them
# (readelf -SW, readelf -lW, size -A): the golden data of ElfReadelfAgreementTest.
#   rust_debug     rustc, opt-level 0 (debug assertions), PIE, linked by rust-lld
#   rust_release   rustc -C opt-level=3, symbols kept, debug info stripped
#   c_debug        cc -O0 -g: a PIE with .debug_* sections
#   c_object.o     cc -c -g: a relocatable file (.rela.* sections, no program headers)
#   i386_static    32-bit static executable from cc -m32 -c and ld -m elf_i386
#   be32.o, be64.o big-endian ELF32/ELF64 relocatable files from objcopy -I binary
# Usage: scripts/gen-elf-fixtures.sh   (from the project root)
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/test/resources/elf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

cat > "$tmp/hello.rs" <<'RS'
static GREETING: &str = "Hello from a static";
static mut COUNTER: u32 = 0;
static ANSWER: i32 = 42;
fn main() {
    unsafe { COUNTER += 1; }
    println!("{} {} {}", GREETING, ANSWER, unsafe { COUNTER });
}
RS
rustc -C strip=debuginfo -o "$tmp/rust_debug" "$tmp/hello.rs"
rustc -C opt-level=3 -C strip=debuginfo -o "$tmp/rust_release" "$tmp/hello.rs"

cat > "$tmp/hello.c" <<'C'
#include <stdio.h>
static const char message[] = "Hello from C";
int counter = 7;
int zeroed[32];
int main(void) { zeroed[1] = counter; puts(message); return 0; }
C
cc -O0 -g -o "$tmp/c_debug" "$tmp/hello.c"
cc -O0 -g -c -o "$tmp/c_object.o" "$tmp/hello.c"

cat > "$tmp/start32.c" <<'C'
static const char msg[] = "hello from a 32-bit ELF\n";
int counter = 5;
int zeroed[16];
void _start(void) {
    zeroed[1] = counter + msg[0];
    __asm__ volatile("movl $1, %eax\n\tmovl $0, %ebx\n\tint $0x80");
}
C
cc -m32 -O1 -ffreestanding -fno-pie -nostdlib -static -c -o "$tmp/start32.o" "$tmp/start32.c"
ld -m elf_i386 -o "$tmp/i386_static" "$tmp/start32.o"

printf 'a payload in a big-endian ELF file\n' > "$tmp/payload.txt"
(cd "$tmp" && objcopy -I binary -O elf32-big payload.txt be32.o)
(cd "$tmp" && objcopy -I binary -O elf64-big --rename-section .data=.rodata,alloc,load,readonly,data,contents \
    payload.txt be64.o)

for f in rust_debug rust_release c_debug c_object.o i386_static be32.o be64.o; do
    (cd "$tmp" && readelf -SW "$f") > "$out/$f.readelf-S"
    (cd "$tmp" && readelf -lW "$f" 2>&1 || true) > "$out/$f.readelf-l"
    (cd "$tmp" && size -A "$f") > "$out/$f.size-A"
    # the symbols the programs define themselves (Rust ones mangled), for the --symbol lookup test
    (cd "$tmp" && readelf -sW "$f" | grep -E ' (_ZN[0-9]+[a-z_]+[0-9]+(GREETING|COUNTER|ANSWER|main)17h[0-9a-f]+E|main|message|counter|zeroed|msg)$' || true) \
        > "$out/$f.readelf-s"
    gzip -9 -n -c "$tmp/$f" > "$out/$f.gz"
done
ls -l "$out"
