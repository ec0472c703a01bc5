package rustmem.cli;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;
import rustmem.source.Edition;

/** {@code --edition 2015|2018|2021|2024}, as rustc's: the Rust edition the program is written to (2024 if not given). */
final class EditionOption {
    private EditionOption() {}

    static Arg<Edition> declare(CommandDecl cmd) {
        return cmd.option(Edition.class, OptionSpec.builder("--edition").paramLabel("2015|2018|2021|2024").defaultValue("2024")
            .converters(EditionOption::convert).description("The Rust edition the program is written to (default ${DEFAULT-VALUE})"));
    }

    private static Edition convert(String value) {
        Edition e = Edition.of(value);
        if (e == null) {
            throw new TypeConversionException("argument for `--edition` must be one of: 2015|2018|2021|2024. (instead was `"
                + value + "`)");
        }
        return e;
    }
}
