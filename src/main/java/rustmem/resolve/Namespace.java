package rustmem.resolve;

/** The namespaces names live in: types (and modules), values, macros. */
public enum Namespace { TYPE, VALUE, MACRO }
