package rustmem.machine;

/** Where an allocation lives in the process image. */
public enum AllocKind { TEXT, RODATA, DATA, BSS, HEAP, STACK }
