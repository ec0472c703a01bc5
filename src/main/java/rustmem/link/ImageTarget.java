package rustmem.link;

import rustmem.elf.ElfFile;
import rustmem.elf.ElfNames;
import rustmem.layout.TargetDataLayout;

/**
 * Where a target's linker puts an image. x86_64 Linux: a position-independent executable loaded at
 * 0x555555554000 (the address Linux gives a PIE without ASLR), segments R (.rodata) · RX (.text) ·
 * RW (.data.rel.ro) · RW (.data, .bss), each starting on a new page, as rust-lld orders them. thumbv6m:
 * a Cortex-M0+ firmware image as cortex-m-rt's link.x lays it out: .vector_table at the start of flash
 * (0x00000000), then .text and .rodata; .data and .bss in RAM at 0x20000000.
 */
public enum ImageTarget {
    X86_64_LINUX(TargetDataLayout.X86_64, ElfFile.ET_DYN, ElfNames.EM_X86_64, 0x5555_5555_4000L, 0, 16),
    THUMBV6M(TargetDataLayout.THUMBV6M, ElfFile.ET_EXEC, ElfNames.EM_ARM, 0x0000_0000L, 0x2000_0000L, 4);

    public final TargetDataLayout dataLayout;
    public final int fileType;
    public final int machine;
    /** Where the image starts: the PIE's load address, or the start of flash. */
    public final long base;
    /** Start of RAM for .data/.bss on a microcontroller; 0 when they follow the code in one address space. */
    public final long ramBase;
    /** Alignment rustc gives functions on this target. */
    public final int functionAlign;

    ImageTarget(TargetDataLayout dl, int fileType, int machine, long base, long ramBase, int functionAlign) {
        this.dataLayout = dl;
        this.fileType = fileType;
        this.machine = machine;
        this.base = base;
        this.ramBase = ramBase;
        this.functionAlign = functionAlign;
    }

    /** A position-independent executable: statics holding addresses need run-time relocation. */
    public boolean pie() { return this == X86_64_LINUX; }

    public static ImageTarget byName(String triple) {
        for (ImageTarget t : values()) if (t.dataLayout.name().equals(triple)) return t;
        return null;
    }

    /** Cortex-M0+ vector table of cortex-m-rt: initial SP, reset and 14 exception vectors, 32 device interrupts. */
    public static final int VECTOR_TABLE_BYTES = (16 + 32) * 4;
}
