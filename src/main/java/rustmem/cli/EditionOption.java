package rustmem.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import rustmem.source.Edition;

/** {@code --edition 2015|2018|2021|2024}, as rustc's: the Rust edition the program is written to (2024 if not given). */
final class EditionOption {
    @Option(names = "--edition", paramLabel = "2015|2018|2021|2024", converter = Converter.class, defaultValue = "2024",
        description = "The Rust edition the program is written to (default ${DEFAULT-VALUE})")
    Edition edition = Edition.DEFAULT;

    static final class Converter implements ITypeConverter<Edition> {
        @Override
        public Edition convert(String value) {
            Edition e = Edition.of(value);
            if (e == null) {
                throw new TypeConversionException("argument for `--edition` must be one of: 2015|2018|2021|2024. (instead was `"
                    + value + "`)");
            }
            return e;
        }
    }
}
