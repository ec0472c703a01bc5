package rustmem.source;

/**
 * A Rust edition (rustc_span's {@code Edition}): the language rules a crate is written to. std is written to
 * 2024's; a program's comes from {@code --edition} (2024 when not given, as a new `cargo` project has).
 */
public enum Edition {
    E2015("2015"), E2018("2018"), E2021("2021"), E2024("2024");

    public static final Edition DEFAULT = E2024;

    public final String year;

    Edition(String year) { this.year = year; }

    /** Whether this edition is at least other (its rules include other's). */
    public boolean atLeast(Edition other) { return compareTo(other) >= 0; }

    /** The edition of a year as written on the command line, or null. */
    public static Edition of(String year) {
        for (Edition e : values()) if (e.year.equals(year)) return e;
        return null;
    }

    @Override
    public String toString() { return year; }
}
