package rustmem.link;

/**
 * What the linker must know of a static's initial value: whether its bytes are all zero (then a mutable static goes
 * to .bss) and whether it holds an address of another object (then a PIE needs a relocation, and even an immutable
 * static goes to .data.rel.ro instead of .rodata).
 */
public enum InitialValue { ZERO, NONZERO, ADDRESS }
