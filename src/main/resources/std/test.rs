// libtest (Rust 1.95's `test` crate, which `rustc --test` links into a test binary): the descriptors the test
// harness makes of #[test] functions (TestDescAndFn), the test binary's command line (getopts' parsing of
// libtest's options), the runner (each test on a thread of its own named after it, under catch_unwind, its
// print!/eprint! output and panic message captured through io's output capture) and the pretty and terse
// formatters. Left out: benchmarks (#[bench] is unstable), the JSON and JUnit formats and the other options
// that need -Z unstable-options, --logfile's file, timeouts, the panic=abort subprocess strategy, and the panic
// and spawn hooks (std's are unstable here). A test binary run by rustmem uses one test thread unless
// --test-threads says otherwise.
use crate::any::Any;
use crate::borrow::Cow;
use crate::collections::VecDeque;
use crate::fmt;
use crate::io::{self, Write};
use crate::panic::{catch_unwind, AssertUnwindSafe};
use crate::process::{self, Termination};
use crate::sync::mpsc::{channel, Sender};
use crate::sync::{Arc, Mutex};
use crate::thread;
use crate::time::{Duration, Instant};

pub use self::NamePadding::*;
pub use self::TestFn::*;
pub use self::TestName::*;
pub use self::TestResult::*;

/// Process exit code to be used to indicate test failures.
pub const ERROR_EXIT_CODE: i32 = 101;

// ---------------------------------------------------------------- options.rs

/// Whether test is expected to panic or not
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ShouldPanic {
    No,
    Yes,
    YesWithMessage(&'static str),
}

/// Whether should console output be colored or not
#[derive(Copy, Clone, Default, Debug)]
pub enum ColorConfig {
    #[default]
    AutoColor,
    AlwaysColor,
    NeverColor,
}

/// Format of the test results output
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum OutputFormat {
    /// Verbose output
    Pretty,
    /// Quiet output
    #[default]
    Terse,
    /// JSON output
    Json,
    /// JUnit output
    Junit,
}

/// Whether ignored test should be run or not
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RunIgnored {
    Yes,
    No,
    /// Run only ignored tests
    Only,
}

/// Options for the test run defined by the caller (instead of CLI arguments).
#[derive(Copy, Clone, Debug)]
pub struct Options {
    pub display_output: bool,
    pub panic_abort: bool,
}

impl Options {
    pub fn new() -> Options { Options { display_output: false, panic_abort: false } }

    pub fn display_output(mut self, display_output: bool) -> Options {
        self.display_output = display_output;
        self
    }

    pub fn panic_abort(mut self, panic_abort: bool) -> Options {
        self.panic_abort = panic_abort;
        self
    }
}

// ---------------------------------------------------------------- types.rs

/// Type of the test according to the Rust book conventions.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum TestType {
    /// Unit-tests are expected to be in the `src` folder of the crate.
    UnitTest,
    /// Integration-style tests are expected to be in the `tests` folder of the crate.
    IntegrationTest,
    /// Doctests are created by the `librustdoc` manually, so it's a different type of test.
    DocTest,
    /// Tests for the sources that don't follow the project layout convention
    /// (e.g. tests in raw `main.rs` compiled by calling `rustc --test` directly).
    Unknown,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum NamePadding {
    PadNone,
    PadOnRight,
}

// The name of a test. By convention this follows the rules for rust
// paths; i.e., it should be a series of identifiers separated by double
// colons. This way if some test runner wants to arrange the tests
// hierarchically it may.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum TestName {
    StaticTestName(&'static str),
    DynTestName(String),
    AlignedTestName(Cow<'static, str>, NamePadding),
}

impl TestName {
    pub fn as_slice(&self) -> &str {
        match *self {
            StaticTestName(s) => s,
            DynTestName(ref s) => s,
            AlignedTestName(ref s, _) => s,
        }
    }

    pub fn padding(&self) -> NamePadding {
        match self {
            &AlignedTestName(_, p) => p,
            _ => PadNone,
        }
    }

    pub fn with_padding(&self, padding: NamePadding) -> TestName {
        let name = match *self {
            TestName::StaticTestName(name) => Cow::Borrowed(name),
            TestName::DynTestName(ref name) => Cow::Owned(name.clone()),
            TestName::AlignedTestName(ref name, _) => name.clone(),
        };
        TestName::AlignedTestName(name, padding)
    }
}

impl fmt::Display for TestName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(self.as_slice(), f) }
}

// A function that runs a test. If the function returns successfully,
// the test succeeds; if the function panics or returns Result::Err
// then the test fails.
pub enum TestFn {
    StaticTestFn(fn() -> Result<(), String>),
    DynTestFn(Box<dyn FnOnce() -> Result<(), String> + Send>),
}

impl TestFn {
    pub fn padding(&self) -> NamePadding {
        match *self {
            StaticTestFn(..) => PadNone,
            DynTestFn(..) => PadNone,
        }
    }

    fn into_runnable(self) -> RunnableTest {
        match self {
            StaticTestFn(f) => RunnableTest::Static(f),
            DynTestFn(f) => RunnableTest::Dynamic(f),
        }
    }
}

impl fmt::Debug for TestFn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match *self {
            StaticTestFn(..) => "StaticTestFn(..)",
            DynTestFn(..) => "DynTestFn(..)",
        })
    }
}

enum RunnableTest {
    Static(fn() -> Result<(), String>),
    Dynamic(Box<dyn FnOnce() -> Result<(), String> + Send>),
}

impl RunnableTest {
    fn run(self) -> Result<(), String> {
        match self {
            RunnableTest::Static(f) => __rust_begin_short_backtrace(f),
            RunnableTest::Dynamic(f) => __rust_begin_short_backtrace(f),
        }
    }
}

// A unique integer associated with each test.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub struct TestId(pub usize);

// The definition of a single test. A test runner will run a list of
// these.
#[derive(Clone, Debug)]
pub struct TestDesc {
    pub name: TestName,
    pub ignore: bool,
    pub ignore_message: Option<&'static str>,
    pub source_file: &'static str,
    pub start_line: usize,
    pub start_col: usize,
    pub end_line: usize,
    pub end_col: usize,
    pub should_panic: ShouldPanic,
    pub compile_fail: bool,
    pub no_run: bool,
    pub test_type: TestType,
}

impl TestDesc {
    pub fn padded_name(&self, column_count: usize, align: NamePadding) -> String {
        let mut name = String::from(self.name.as_slice());
        let fill = column_count.saturating_sub(name.len());
        let pad = " ".repeat(fill);
        match align {
            PadNone => name,
            PadOnRight => {
                name.push_str(&pad);
                name
            }
        }
    }

    /// Returns None for ignored test or tests that are just run, otherwise returns a description of the type of test.
    /// Descriptions include "should panic", "compile fail" and "compile".
    pub fn test_mode(&self) -> Option<&'static str> {
        if self.ignore {
            return None;
        }
        match self.should_panic {
            ShouldPanic::Yes | ShouldPanic::YesWithMessage(_) => {
                return Some("should panic");
            }
            ShouldPanic::No => {}
        }
        if self.compile_fail {
            return Some("compile fail");
        }
        if self.no_run {
            return Some("compile");
        }
        None
    }
}

#[derive(Debug)]
pub struct TestDescAndFn {
    pub desc: TestDesc,
    pub testfn: TestFn,
}

// ---------------------------------------------------------------- test_result.rs and event.rs

#[derive(Debug, Clone, PartialEq)]
pub enum TestResult {
    TrOk,
    TrFailed,
    TrFailedMsg(String),
    TrIgnored,
    TrTimedFail,
}

/// Creates a `TestResult` depending on the raw result of test execution (its panic payload, if any).
fn calc_result(desc: &TestDesc, panic_payload: Option<&(dyn Any + Send)>) -> TestResult {
    match (desc.should_panic, panic_payload) {
        // The test did or didn't panic, as expected.
        (ShouldPanic::No, None) | (ShouldPanic::Yes, Some(_)) => TestResult::TrOk,

        // Check the actual panic message against the expected message.
        (ShouldPanic::YesWithMessage(msg), Some(err)) => {
            let maybe_panic_str = err
                .downcast_ref::<String>()
                .map(|e| &**e)
                .or_else(|| err.downcast_ref::<&'static str>().copied());

            if maybe_panic_str.map(|e| e.contains(msg)).unwrap_or(false) {
                TestResult::TrOk
            } else if let Some(panic_str) = maybe_panic_str {
                TestResult::TrFailedMsg(format!(
                    "panic did not contain expected string\n      panic message: {panic_str:?}\n expected substring: {msg:?}"
                ))
            } else {
                TestResult::TrFailedMsg(format!(
                    "expected panic with string value,\n found non-string value: `{:?}`\n     expected substring: {msg:?}",
                    (*err).type_id()
                ))
            }
        }

        // The test should have panicked, but didn't panic.
        (ShouldPanic::Yes, None) | (ShouldPanic::YesWithMessage(_), None) => {
            let fn_location = if !desc.source_file.is_empty() {
                format!(" at {}:{}:{}", desc.source_file, desc.start_line, desc.start_col)
            } else {
                String::new()
            };
            TestResult::TrFailedMsg(format!("test did not panic as expected{}", fn_location))
        }

        // The test should not have panicked, but did panic.
        (ShouldPanic::No, Some(_)) => TestResult::TrFailed,
    }
}

#[derive(Debug, Clone)]
pub struct CompletedTest {
    pub id: TestId,
    pub desc: TestDesc,
    pub result: TestResult,
    pub stdout: Vec<u8>,
}

impl CompletedTest {
    pub fn new(id: TestId, desc: TestDesc, result: TestResult, stdout: Vec<u8>) -> Self {
        Self { id, desc, result, stdout }
    }
}

#[derive(Debug, Clone)]
pub enum TestEvent {
    TeFiltered(usize, Option<u64>),
    TeWait(TestDesc),
    TeResult(CompletedTest),
    TeTimeout(TestDesc),
    TeFilteredOut(usize),
}

/// The measured execution time of the whole test suite.
#[derive(Debug, Clone, Default, PartialEq)]
struct TestSuiteExecTime(Duration);

impl fmt::Display for TestSuiteExecTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "{:.2}s", self.0.as_secs_f64()) }
}

// ---------------------------------------------------------------- cli.rs (with the part of getopts it uses)

#[derive(Debug)]
pub struct TestOpts {
    pub list: bool,
    pub filters: Vec<String>,
    pub filter_exact: bool,
    pub force_run_in_process: bool,
    pub exclude_should_panic: bool,
    pub run_ignored: RunIgnored,
    pub run_tests: bool,
    pub bench_benchmarks: bool,
    pub logfile: Option<String>,
    pub nocapture: bool,
    pub color: ColorConfig,
    pub format: OutputFormat,
    pub shuffle: bool,
    pub shuffle_seed: Option<u64>,
    pub test_threads: Option<usize>,
    pub skip: Vec<String>,
    pub fail_fast: bool,
    pub options: Options,
}

impl TestOpts {
    pub fn use_color(&self) -> bool {
        match self.color {
            // rustmem's stdout is never a terminal
            ColorConfig::AutoColor => false,
            ColorConfig::AlwaysColor => true,
            ColorConfig::NeverColor => false,
        }
    }
}

type OptRes = Result<TestOpts, String>;

/// An option of the command line (getopts' OptGroup): its short and long names, whether it takes a value,
/// whether it may be given more than once.
struct OptGroup {
    short: &'static str,
    long: &'static str,
    takes_value: bool,
    multi: bool,
}

const fn flag(short: &'static str, long: &'static str) -> OptGroup { OptGroup { short, long, takes_value: false, multi: false } }
const fn opt(short: &'static str, long: &'static str) -> OptGroup { OptGroup { short, long, takes_value: true, multi: false } }

/// libtest's options (cli.rs's optgroups, and the deprecated --nocapture).
const OPTGROUPS: [OptGroup; 24] = [
    flag("", "include-ignored"),
    flag("", "ignored"),
    flag("", "force-run-in-process"),
    flag("", "exclude-should-panic"),
    flag("", "test"),
    flag("", "bench"),
    flag("", "list"),
    flag("", "fail-fast"),
    flag("h", "help"),
    opt("", "logfile"),
    flag("", "no-capture"),
    opt("", "test-threads"),
    OptGroup { short: "", long: "skip", takes_value: true, multi: true },
    flag("q", "quiet"),
    flag("", "exact"),
    opt("", "color"),
    opt("", "format"),
    flag("", "show-output"),
    opt("Z", ""),
    flag("", "report-time"),
    flag("", "ensure-time"),
    flag("", "shuffle"),
    opt("", "shuffle-seed"),
    flag("", "nocapture"),
];

/// What getopts parsed: each option's values (an empty string for a flag) and the free arguments.
struct Matches {
    vals: Vec<Vec<String>>,
    free: Vec<String>,
}

impl Matches {
    fn index(&self, name: &str) -> Option<usize> { find_opt(name, name.chars().count() == 1) }

    fn opt_present(&self, name: &str) -> bool {
        match self.index(name) {
            Some(i) => !self.vals[i].is_empty(),
            None => panic!("No option '{}' defined", name),
        }
    }

    fn opt_str(&self, name: &str) -> Option<String> {
        match self.index(name) {
            Some(i) => self.vals[i].first().cloned(),
            None => panic!("No option '{}' defined", name),
        }
    }

    fn opt_strs(&self, name: &str) -> Vec<String> {
        match self.index(name) {
            Some(i) => self.vals[i].clone(),
            None => panic!("No option '{}' defined", name),
        }
    }
}

/// The option named name (a short name when short), as getopts finds it.
fn find_opt(name: &str, short: bool) -> Option<usize> {
    OPTGROUPS.iter().position(|g| if short { g.short == name } else { g.long == name })
}

/// getopts' Options::parse over libtest's options (floating free arguments, `--` ending the options).
fn getopts_parse(args: &[String]) -> Result<Matches, String> {
    let mut vals: Vec<Vec<String>> = Vec::new();
    for _ in 0..OPTGROUPS.len() {
        vals.push(Vec::new());
    }
    let mut free: Vec<String> = Vec::new();
    let l = args.len();
    let mut i = 0;
    while i < l {
        let cur = args[i].clone();
        let is_arg = cur.len() > 1 && cur.as_bytes()[0] == b'-';
        if !is_arg {
            free.push(cur);
        } else if cur == "--" {
            let mut j = i + 1;
            while j < l {
                free.push(args[j].clone());
                j += 1;
            }
            break;
        } else {
            let mut names: Vec<(String, bool)> = Vec::new();
            let mut i_arg: Option<String> = None;
            if cur.as_bytes()[1] == b'-' {
                let tail = &cur[2..];
                let mut parts = tail.splitn(2, '=');
                let first = parts.next().unwrap();
                names.push((first.to_string(), first.chars().count() == 1));
                if let Some(rest) = parts.next() {
                    i_arg = Some(rest.to_string());
                }
            } else {
                for (j, ch) in cur.char_indices().skip(1) {
                    let name = ch.to_string();
                    let id = match find_opt(&name, true) {
                        Some(id) => id,
                        None => return Err(format!("Unrecognized option: '{}'", name)),
                    };
                    names.push((name, true));
                    if OPTGROUPS[id].takes_value {
                        let next = j + ch.len_utf8();
                        if next < cur.len() {
                            i_arg = Some(cur[next..].to_string());
                            break;
                        }
                    }
                }
            }
            let count = names.len();
            let mut name_pos = 0;
            for (name, short) in names {
                name_pos += 1;
                let id = match find_opt(&name, short) {
                    Some(id) => id,
                    None => return Err(format!("Unrecognized option: '{}'", name)),
                };
                if !OPTGROUPS[id].takes_value {
                    if name_pos == count && i_arg.is_some() {
                        return Err(format!("Option '{}' does not take an argument", name));
                    }
                    vals[id].push(String::new());
                } else if let Some(arg) = i_arg.take() {
                    vals[id].push(arg);
                } else if i + 1 == l {
                    return Err(format!("Argument to option '{}' missing", name));
                } else {
                    i += 1;
                    vals[id].push(args[i].clone());
                }
            }
        }
        i += 1;
    }
    for (id, g) in OPTGROUPS.iter().enumerate() {
        if !g.multi && vals[id].len() > 1 {
            let name = if g.long.is_empty() { g.short } else { g.long };
            return Err(format!("Option '{}' given more than once", name));
        }
    }
    Ok(Matches { vals, free })
}

/// The help text after its first line (getopts' option table, then libtest's notes).
const USAGE_REST: &str = concat!(
    "\n",
    "Options:\n",
    "        --include-ignored \n",
    "                        Run ignored and not ignored tests\n",
    "        --ignored       Run only ignored tests\n",
    "        --force-run-in-process \n",
    "                        Forces tests to run in-process when panic=abort\n",
    "        --exclude-should-panic \n",
    "                        Excludes tests marked as should_panic\n",
    "        --test          Run tests and not benchmarks\n",
    "        --bench         Run benchmarks instead of tests\n",
    "        --list          List all tests and benchmarks\n",
    "        --fail-fast     Don't start new tests after the first failure\n",
    "    -h, --help          Display this message\n",
    "        --logfile PATH  Write logs to the specified file (deprecated)\n",
    "        --no-capture    don't capture stdout/stderr of each task, allow\n",
    "                        printing directly\n",
    "        --test-threads n_threads\n",
    "                        Number of threads used for running tests in parallel\n",
    "        --skip FILTER   Skip tests whose names contain FILTER (this flag can\n",
    "                        be used multiple times)\n",
    "    -q, --quiet         Display one character per test instead of one line.\n",
    "                        Alias to --format=terse\n",
    "        --exact         Exactly match filters rather than by substring\n",
    "        --color auto|always|never\n",
    "                        Configure coloring of output:\n",
    "                        auto = colorize if stdout is a tty and tests are run\n",
    "                        on serially (default);\n",
    "                        always = always colorize output;\n",
    "                        never = never colorize output;\n",
    "        --format pretty|terse|json|junit\n",
    "                        Configure formatting of output:\n",
    "                        pretty = Print verbose output;\n",
    "                        terse = Display one character per test;\n",
    "                        json = Output a json document;\n",
    "                        junit = Output a JUnit document\n",
    "        --show-output   Show captured stdout of successful tests\n",
    "    -Z unstable-options Enable nightly-only flags:\n",
    "                        unstable-options = Allow use of experimental features\n",
    "        --report-time   Show execution time of each test.\n",
    "                        Threshold values for colorized output can be\n",
    "                        configured via\n",
    "                        `RUST_TEST_TIME_UNIT`, `RUST_TEST_TIME_INTEGRATION`\n",
    "                        and\n",
    "                        `RUST_TEST_TIME_DOCTEST` environment variables.\n",
    "                        Expected format of environment variable is\n",
    "                        `VARIABLE=WARN_TIME,CRITICAL_TIME`.\n",
    "                        Durations must be specified in milliseconds, e.g.\n",
    "                        `500,2000` means that the warn time\n",
    "                        is 0.5 seconds, and the critical time is 2 seconds.\n",
    "                        Not available for --format=terse\n",
    "        --ensure-time   Treat excess of the test execution time limit as\n",
    "                        error.\n",
    "                        Threshold values for this option can be configured via\n",
    "                        `RUST_TEST_TIME_UNIT`, `RUST_TEST_TIME_INTEGRATION`\n",
    "                        and\n",
    "                        `RUST_TEST_TIME_DOCTEST` environment variables.\n",
    "                        Expected format of environment variable is\n",
    "                        `VARIABLE=WARN_TIME,CRITICAL_TIME`.\n",
    "                        `CRITICAL_TIME` here means the limit that should not\n",
    "                        be exceeded by test.\n",
    "        --shuffle       Run tests in random order\n",
    "        --shuffle-seed SEED\n",
    "                        Run tests in random order; seed the random number\n",
    "                        generator with SEED\n",
    "\n",
    "\n",
    "The FILTER string is tested against the name of all tests, and only those\n",
    "tests whose names contain the filter are run. Multiple filter strings may\n",
    "be passed, which will run all tests matching any of the filters.\n",
    "\n",
    "By default, all tests are run in parallel. This can be altered with the\n",
    "--test-threads flag when running tests (set it to 1).\n",
    "\n",
    "By default, the tests are run in alphabetical order. Use --shuffle to run\n",
    "the tests in random order. Pass the generated \"shuffle seed\" to\n",
    "--shuffle-seed to run the tests in the same order again. Note that\n",
    "--shuffle and --shuffle-seed do not affect whether the tests are run in\n",
    "parallel.\n",
    "\n",
    "All tests have their standard output and standard error captured by default.\n",
    "This can be overridden with the --no-capture flag to a value other than \"0\".\n",
    "Logging is not captured by default.\n",
    "\n",
    "Test Attributes:\n",
    "\n",
    "    `#[test]`        - Indicates a function is a test to be run. This function\n",
    "                       takes no arguments.\n",
    "    `#[bench]`       - Indicates a function is a benchmark to be run. This\n",
    "                       function takes one argument (test::Bencher).\n",
    "    `#[should_panic]` - This function (also labeled with `#[test]`) will only pass if\n",
    "                        the code causes a panic (an assertion failure or panic!)\n",
    "                        A message may be provided, which the failure string must\n",
    "                        contain: #[should_panic(expected = \"foo\")].\n",
    "    `#[ignore]`       - When applied to a function which is already attributed as a\n",
    "                        test, then the test runner will ignore these tests during\n",
    "                        normal test runs. Running with --ignored or --include-ignored will run\n",
    "                        these tests.\n",
);

fn usage(binary: &str) {
    // (libtest prints getopts' usage, then its notes; the text is std 1.95's)
    print!("Usage: {binary} [OPTIONS] [FILTERS...]\n{USAGE_REST}");
}

/// Parses command line arguments into test options.
/// Returns `None` if help was requested (since we only show help message and don't run tests),
/// returns `Some(Err(..))` if provided arguments are incorrect,
/// otherwise creates a `TestOpts` object and returns it.
pub fn parse_opts(args: &[String]) -> Option<OptRes> {
    let binary = args.first().map(|c| &**c).unwrap_or("...");
    let args = args.get(1..).unwrap_or(args);
    let matches = match getopts_parse(args) {
        Ok(m) => m,
        Err(f) => return Some(Err(f)),
    };

    if matches.opt_present("h") {
        usage(binary);
        return None;
    }

    Some(parse_opts_impl(matches))
}

macro_rules! unstable_optflag {
    ($matches:ident, $allow_unstable:ident, $option_name:literal) => {{
        let opt = $matches.opt_present($option_name);
        if !$allow_unstable && opt {
            return Err(format!(
                "The \"{}\" flag is only accepted on the nightly compiler with -Z unstable-options",
                $option_name
            ));
        }

        opt
    }};
}

macro_rules! unstable_optopt {
    ($matches:ident, $allow_unstable:ident, $option_name:literal) => {{
        let opt = $matches.opt_str($option_name);
        if !$allow_unstable && opt.is_some() {
            return Err(format!(
                "The \"{}\" option is only accepted on the nightly compiler with -Z unstable-options",
                $option_name
            ));
        }

        opt
    }};
}

fn parse_opts_impl(matches: Matches) -> OptRes {
    let allow_unstable = get_allow_unstable(&matches)?;

    let force_run_in_process = unstable_optflag!(matches, allow_unstable, "force-run-in-process");
    let exclude_should_panic = unstable_optflag!(matches, allow_unstable, "exclude-should-panic");
    let fail_fast = unstable_optflag!(matches, allow_unstable, "fail-fast");
    let _report_time = unstable_optflag!(matches, allow_unstable, "report-time");
    let _ensure_test_time = unstable_optflag!(matches, allow_unstable, "ensure-time");
    let shuffle = unstable_optflag!(matches, allow_unstable, "shuffle");
    let shuffle_seed = match unstable_optopt!(matches, allow_unstable, "shuffle-seed") {
        Some(n_str) => match n_str.parse::<u64>() {
            Ok(n) => Some(n),
            Err(e) => {
                return Err(format!("argument for --shuffle-seed must be a number (error: {e})"));
            }
        },
        None => None,
    };

    let include_ignored = matches.opt_present("include-ignored");
    let quiet = matches.opt_present("quiet");
    let exact = matches.opt_present("exact");
    let list = matches.opt_present("list");
    let skip = matches.opt_strs("skip");

    let bench_benchmarks = matches.opt_present("bench");
    let run_tests = !bench_benchmarks || matches.opt_present("test");

    let logfile = matches.opt_str("logfile");
    let run_ignored = get_run_ignored(&matches, include_ignored)?;
    let filters = matches.free.clone();
    let nocapture = matches.opt_present("nocapture") || matches.opt_present("no-capture");
    let test_threads = get_test_threads(&matches)?;
    let color = get_color_config(&matches)?;
    let format = get_format(&matches, quiet, allow_unstable)?;

    let options = Options::new().display_output(matches.opt_present("show-output"));

    if logfile.is_some() {
        let _ = write!(io::stderr(), "warning: `--logfile` is deprecated");
    }

    Ok(TestOpts {
        list,
        filters,
        filter_exact: exact,
        force_run_in_process,
        exclude_should_panic,
        run_ignored,
        run_tests,
        bench_benchmarks,
        logfile,
        nocapture,
        color,
        format,
        shuffle,
        shuffle_seed,
        test_threads,
        skip,
        options,
        fail_fast,
    })
}

fn get_test_threads(matches: &Matches) -> Result<Option<usize>, String> {
    let test_threads = match matches.opt_str("test-threads") {
        Some(n_str) => match n_str.parse::<usize>() {
            Ok(0) => return Err("argument for --test-threads must not be 0".to_string()),
            Ok(n) => Some(n),
            Err(e) => {
                return Err(format!("argument for --test-threads must be a number > 0 (error: {e})"));
            }
        },
        None => None,
    };

    Ok(test_threads)
}

fn get_format(matches: &Matches, quiet: bool, allow_unstable: bool) -> Result<OutputFormat, String> {
    let format = match matches.opt_str("format").as_deref() {
        None if quiet => OutputFormat::Terse,
        Some("pretty") | None => OutputFormat::Pretty,
        Some("terse") => OutputFormat::Terse,
        Some("json") => {
            if !allow_unstable {
                return Err("The \"json\" format is only accepted on the nightly compiler with -Z unstable-options".into());
            }
            OutputFormat::Json
        }
        Some("junit") => {
            if !allow_unstable {
                return Err("The \"junit\" format is only accepted on the nightly compiler with -Z unstable-options".into());
            }
            OutputFormat::Junit
        }
        Some(v) => {
            return Err(format!("argument for --format must be pretty, terse, json or junit (was {v})"));
        }
    };

    Ok(format)
}

fn get_color_config(matches: &Matches) -> Result<ColorConfig, String> {
    let color = match matches.opt_str("color").as_deref() {
        Some("auto") | None => ColorConfig::AutoColor,
        Some("always") => ColorConfig::AlwaysColor,
        Some("never") => ColorConfig::NeverColor,

        Some(v) => {
            return Err(format!("argument for --color must be auto, always, or never (was {v})"));
        }
    };

    Ok(color)
}

fn get_run_ignored(matches: &Matches, include_ignored: bool) -> Result<RunIgnored, String> {
    let run_ignored = match (include_ignored, matches.opt_present("ignored")) {
        (true, true) => {
            return Err("the options --include-ignored and --ignored are mutually exclusive".into());
        }
        (true, false) => RunIgnored::Yes,
        (false, true) => RunIgnored::Only,
        (false, false) => RunIgnored::No,
    };

    Ok(run_ignored)
}

fn get_allow_unstable(matches: &Matches) -> Result<bool, String> {
    if matches.opt_str("Z").is_some() {
        // a stable compiler's libtest
        return Err("the option `Z` is only accepted on the nightly compiler".into());
    }
    Ok(false)
}

// ---------------------------------------------------------------- lib.rs: the entry points and the runner

// The default console test runner. It accepts the command line
// arguments and a vector of test_descs.
pub fn test_main(args: &[String], tests: Vec<TestDescAndFn>, options: Option<Options>) {
    let mut opts = match parse_opts(args) {
        Some(Ok(o)) => o,
        Some(Err(msg)) => {
            eprintln!("error: {msg}");
            process::exit(ERROR_EXIT_CODE);
        }
        None => return,
    };
    if let Some(options) = options {
        opts.options = options;
    }
    // as libtest: threads spawned by a test inherit its output capture
    crate::thread::add_spawn_hook(|_| {
        let output_capture = io::set_output_capture(None);
        io::set_output_capture(output_capture.clone());
        move || {
            io::set_output_capture(output_capture);
        }
    });
    if opts.list {
        if let Err(e) = list_tests_console(&opts, tests) {
            eprintln!("error: io error when listing tests: {e:?}");
            process::exit(ERROR_EXIT_CODE);
        }
    } else {
        let res = run_tests_console(&opts, tests);
        match res {
            Ok(true) => {}
            Ok(false) => process::exit(ERROR_EXIT_CODE),
            Err(e) => {
                eprintln!("error: io error when listing tests: {e:?}");
                process::exit(ERROR_EXIT_CODE);
            }
        }
    }
}

/// A variant optimized for invocation with a static test vector.
/// This will panic (intentionally) when fed any dynamic tests.
///
/// This is the entry point for the main function generated by `rustc --test`
/// when panic=unwind.
pub fn test_main_static(tests: &[&TestDescAndFn]) {
    let args = crate::env::args().collect::<Vec<_>>();
    let owned_tests: Vec<_> = tests.iter().map(make_owned_test).collect();
    test_main(&args, owned_tests, None)
}

/// Clones static values for putting into a dynamic vector, which test_main()
/// needs to hand out ownership of tests to parallel test runners.
///
/// This will panic when fed any dynamic tests, because they cannot be cloned.
fn make_owned_test(test: &&TestDescAndFn) -> TestDescAndFn {
    match test.testfn {
        StaticTestFn(f) => TestDescAndFn { testfn: StaticTestFn(f), desc: test.desc.clone() },
        _ => panic!("non-static tests passed to test::test_main_static"),
    }
}

/// Invoked when unit tests terminate. Returns `Result::Err` if the test is
/// considered a failure. By default, invokes `report()` and checks for a `0`
/// result.
pub fn assert_test_result<T: Termination>(result: T) -> Result<(), String> {
    let code = result.report().to_i32();
    if code == 0 {
        Ok(())
    } else {
        Err(format!(
            "the test returned a termination value with a non-zero status code ({code}) which indicates a failure"
        ))
    }
}

/// How many tests run at once without --test-threads: one under rustmem (a real test binary uses the
/// machine's parallelism, RUST_TEST_THREADS aside).
fn get_concurrency() -> usize {
    match crate::env::var("RUST_TEST_THREADS") {
        Ok(value) => match value.parse::<usize>() {
            Ok(n) if n > 0 => n,
            _ => panic!("RUST_TEST_THREADS is `{value}`, should be a positive integer."),
        },
        Err(_) => 1,
    }
}

struct RunningTest {
    join_handle: Option<thread::JoinHandle<()>>,
}

impl RunningTest {
    fn join(self, completed_test: &mut CompletedTest) {
        if let Some(join_handle) = self.join_handle {
            if let Err(_) = join_handle.join() {
                if let TrOk = completed_test.result {
                    completed_test.result = TrFailedMsg("panicked after reporting success".to_string());
                }
            }
        }
    }
}

pub fn run_tests<F>(opts: &TestOpts, tests: Vec<TestDescAndFn>, mut notify_about_test_event: F) -> io::Result<()>
where
    F: FnMut(TestEvent) -> io::Result<()>,
{
    let tests_len = tests.len();

    let mut filtered: Vec<(TestId, TestDescAndFn)> = Vec::new();
    let mut next_id = 0;

    let filtered_tests = filter_tests(opts, tests);

    for test in filtered_tests {
        let mut desc = test.desc;
        desc.name = desc.name.with_padding(test.testfn.padding());
        filtered.push((TestId(next_id), TestDescAndFn { desc, testfn: test.testfn }));
        next_id += 1;
    }

    let filtered_out = tests_len - filtered.len();
    let event = TestEvent::TeFilteredOut(filtered_out);
    notify_about_test_event(event)?;

    // --shuffle needs -Z unstable-options, which a stable libtest refuses
    let shuffle_seed: Option<u64> = None;

    let event = TestEvent::TeFiltered(filtered.len(), shuffle_seed);
    notify_about_test_event(event)?;

    let concurrency = match opts.test_threads {
        Some(n) => n,
        None => get_concurrency(),
    };

    // Store the tests in a VecDeque so we can efficiently remove the first element to run the
    // tests in the order they were passed (unless shuffled).
    let mut remaining = VecDeque::from(filtered);
    let mut pending = 0;

    let (tx, rx) = channel::<CompletedTest>();

    if concurrency == 1 {
        while !remaining.is_empty() {
            let (id, test) = remaining.pop_front().unwrap();
            let event = TestEvent::TeWait(test.desc.clone());
            notify_about_test_event(event)?;
            let join_handle = run_test(opts, !opts.run_tests, id, test, tx.clone());
            // Wait for the test to complete.
            let mut completed_test = rx.recv().unwrap();
            RunningTest { join_handle }.join(&mut completed_test);

            let fail_fast = match completed_test.result {
                TrIgnored | TrOk => false,
                TrFailed | TrFailedMsg(_) | TrTimedFail => opts.fail_fast,
            };

            let event = TestEvent::TeResult(completed_test);
            notify_about_test_event(event)?;

            if fail_fast {
                return Ok(());
            }
        }
    } else {
        let mut running_tests: Vec<(TestId, RunningTest)> = Vec::new();
        while pending > 0 || !remaining.is_empty() {
            while pending < concurrency && !remaining.is_empty() {
                let (id, test) = remaining.pop_front().unwrap();
                let desc = test.desc.clone();

                let event = TestEvent::TeWait(desc);
                notify_about_test_event(event)?; //here no pad
                let join_handle = run_test(opts, !opts.run_tests, id, test, tx.clone());
                running_tests.push((id, RunningTest { join_handle }));
                pending += 1;
            }

            let mut completed_test = rx.recv().unwrap();
            let at = running_tests.iter().position(|(id, _)| *id == completed_test.id).unwrap();
            let (_, running_test) = running_tests.remove(at);
            running_test.join(&mut completed_test);

            let fail_fast = match completed_test.result {
                TrIgnored | TrOk => false,
                TrFailed | TrFailedMsg(_) | TrTimedFail => opts.fail_fast,
            };

            let event = TestEvent::TeResult(completed_test);
            notify_about_test_event(event)?;
            pending -= 1;

            if fail_fast {
                // Prevent remaining test threads from panicking
                crate::mem::forget(rx);
                return Ok(());
            }
        }
    }
    Ok(())
}

pub fn filter_tests(opts: &TestOpts, tests: Vec<TestDescAndFn>) -> Vec<TestDescAndFn> {
    let mut filtered = tests;
    let matches_filter = |test: &TestDescAndFn, filter: &str| {
        let test_name = test.desc.name.as_slice();

        match opts.filter_exact {
            true => test_name == filter,
            false => test_name.contains(filter),
        }
    };

    // Remove tests that don't match the test filter
    if !opts.filters.is_empty() {
        filtered.retain(|test| opts.filters.iter().any(|filter| matches_filter(test, filter)));
    }

    // Skip tests that match any of the skip filters
    if !opts.skip.is_empty() {
        filtered.retain(|test| !opts.skip.iter().any(|sf| matches_filter(test, sf)));
    }

    // Excludes #[should_panic] tests
    if opts.exclude_should_panic {
        filtered.retain(|test| test.desc.should_panic == ShouldPanic::No);
    }

    // maybe unignore tests
    match opts.run_ignored {
        RunIgnored::Yes => {
            filtered.iter_mut().for_each(|test| test.desc.ignore = false);
        }
        RunIgnored::Only => {
            filtered.retain(|test| test.desc.ignore);
            filtered.iter_mut().for_each(|test| test.desc.ignore = false);
        }
        RunIgnored::No => {}
    }

    filtered
}

pub fn run_test(
    opts: &TestOpts,
    force_ignore: bool,
    id: TestId,
    test: TestDescAndFn,
    monitor_ch: Sender<CompletedTest>,
) -> Option<thread::JoinHandle<()>> {
    let TestDescAndFn { desc, testfn } = test;

    if force_ignore || desc.ignore {
        let message = CompletedTest::new(id, desc, TrIgnored, Vec::new());
        monitor_ch.send(message).unwrap();
        return None;
    }

    let runnable_test = testfn.into_runnable();
    let name = desc.name.clone();
    let nocapture = opts.nocapture;

    let runtest = move || run_test_in_process(id, desc, nocapture, runnable_test, monitor_ch);
    // (rustmem's checker does not see that TestName's Cow<'static, str> is Send: asserted here)
    let runtest = SendClosure(runtest);

    let cfg = thread::Builder::new().name(name.as_slice().to_owned());
    match cfg.spawn(move || runtest.call()) {
        Ok(handle) => Some(handle),
        Err(e) => panic!("failed to spawn thread to run test: {e}"),
    }
}

struct SendClosure<F>(F);

unsafe impl<F> Send for SendClosure<F> {}

impl<F: FnOnce()> SendClosure<F> {
    fn call(self) { (self.0)() }
}

/// Fixed frame used to clean the backtrace with `RUST_BACKTRACE=1`.
#[inline(never)]
fn __rust_begin_short_backtrace<T, F: FnOnce() -> T>(f: F) -> T {
    let result = f();

    // prevent this frame from being tail-call optimised away
    crate::intrinsics::black_box(result)
}

fn run_test_in_process(
    id: TestId,
    desc: TestDesc,
    nocapture: bool,
    runnable_test: RunnableTest,
    monitor_ch: Sender<CompletedTest>,
) {
    // Buffer for capturing standard I/O
    let data = Arc::new(Mutex::new(Vec::new()));

    if !nocapture {
        io::set_output_capture(Some(data.clone()));
    }

    let result = fold_err(catch_unwind(AssertUnwindSafe(|| runnable_test.run())));

    io::set_output_capture(None);

    // Determine whether the test passed or failed, by comparing its panic
    // payload (if any) with its `ShouldPanic` value.
    let test_result = calc_result(&desc, result.err().as_deref());
    let stdout = data.lock().unwrap_or_else(|e| e.into_inner()).to_vec();
    let message = CompletedTest::new(id, desc, test_result, stdout);
    monitor_ch.send(message).unwrap();
}

fn fold_err<T, E>(result: Result<Result<T, E>, Box<dyn Any + Send>>) -> Result<T, Box<dyn Any + Send>>
where
    E: Send + 'static,
{
    match result {
        Ok(Err(e)) => Err(Box::new(e)),
        Ok(Ok(v)) => Ok(v),
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------- console.rs

struct ConsoleTestDiscoveryState {
    tests: usize,
    benchmarks: usize,
    ignored: usize,
}

struct ConsoleTestState {
    total: usize,
    passed: usize,
    failed: usize,
    ignored: usize,
    filtered_out: usize,
    measured: usize,
    exec_time: Option<TestSuiteExecTime>,
    failures: Vec<(TestDesc, Vec<u8>)>,
    not_failures: Vec<(TestDesc, Vec<u8>)>,
    ignores: Vec<(TestDesc, Vec<u8>)>,
    time_failures: Vec<(TestDesc, Vec<u8>)>,
    options: Options,
}

impl ConsoleTestState {
    fn new(opts: &TestOpts) -> io::Result<ConsoleTestState> {
        Ok(ConsoleTestState {
            total: 0,
            passed: 0,
            failed: 0,
            ignored: 0,
            filtered_out: 0,
            measured: 0,
            exec_time: None,
            failures: Vec::new(),
            not_failures: Vec::new(),
            ignores: Vec::new(),
            time_failures: Vec::new(),
            options: opts.options,
        })
    }

    fn current_test_count(&self) -> usize { self.passed + self.failed + self.ignored + self.measured }
}

// List the tests to console. Filters are honored.
fn list_tests_console(opts: &TestOpts, tests: Vec<TestDescAndFn>) -> io::Result<()> {
    let mut out: Box<dyn OutputFormatter> = match opts.format {
        OutputFormat::Terse => Box::new(TerseFormatter::new(io::stdout(), false, 0, false)),
        _ => Box::new(PrettyFormatter::new(io::stdout(), false, 0, false)),
    };
    let mut st = ConsoleTestDiscoveryState { tests: 0, benchmarks: 0, ignored: 0 };

    out.write_discovery_start()?;
    for test in filter_tests(opts, tests).into_iter() {
        let TestDescAndFn { desc, testfn } = test;

        let fntype = match testfn {
            StaticTestFn(..) | DynTestFn(..) => {
                st.tests += 1;
                "test"
            }
        };

        st.ignored += if desc.ignore { 1 } else { 0 };

        out.write_test_discovered(&desc, fntype)?;
    }

    out.write_discovery_finish(&st)
}

// Updates `ConsoleTestState` depending on result of the test execution.
fn handle_test_result(st: &mut ConsoleTestState, completed_test: CompletedTest) {
    let test = completed_test.desc;
    let stdout = completed_test.stdout;
    match completed_test.result {
        TestResult::TrOk => {
            st.passed += 1;
            st.not_failures.push((test, stdout));
        }
        TestResult::TrIgnored => {
            st.ignored += 1;
            st.ignores.push((test, stdout));
        }
        TestResult::TrFailed => {
            st.failed += 1;
            st.failures.push((test, stdout));
        }
        TestResult::TrFailedMsg(msg) => {
            st.failed += 1;
            let mut stdout = stdout;
            stdout.extend_from_slice(format!("note: {msg}").as_bytes());
            st.failures.push((test, stdout));
        }
        TestResult::TrTimedFail => {
            st.failed += 1;
            st.time_failures.push((test, stdout));
        }
    }
}

// Handler for events that occur during test execution.
// It is provided as a callback to the `run_tests` function.
fn on_test_event(event: &TestEvent, st: &mut ConsoleTestState, out: &mut dyn OutputFormatter) -> io::Result<()> {
    match (*event).clone() {
        TestEvent::TeFiltered(filtered_tests, shuffle_seed) => {
            st.total = filtered_tests;
            out.write_run_start(filtered_tests, shuffle_seed)?;
        }
        TestEvent::TeFilteredOut(filtered_out) => {
            st.filtered_out = filtered_out;
        }
        TestEvent::TeWait(ref test) => out.write_test_start(test)?,
        TestEvent::TeTimeout(ref test) => out.write_timeout(test)?,
        TestEvent::TeResult(completed_test) => {
            let test = &completed_test.desc;
            let result = &completed_test.result;
            let stdout = &completed_test.stdout;

            out.write_result(test, result, stdout, st)?;
            handle_test_result(st, completed_test);
        }
    }

    Ok(())
}

fn get_formatter(opts: &TestOpts, max_name_len: usize) -> Box<dyn OutputFormatter> {
    let concurrency = match opts.test_threads {
        Some(n) => n,
        None => get_concurrency(),
    };
    let is_multithreaded = concurrency > 1;

    match opts.format {
        OutputFormat::Terse => Box::new(TerseFormatter::new(io::stdout(), opts.use_color(), max_name_len, is_multithreaded)),
        _ => Box::new(PrettyFormatter::new(io::stdout(), opts.use_color(), max_name_len, is_multithreaded)),
    }
}

/// A simple console test runner.
/// Runs provided tests reporting process and results to the stdout.
pub fn run_tests_console(opts: &TestOpts, tests: Vec<TestDescAndFn>) -> io::Result<bool> {
    let max_name_len = tests
        .iter()
        .max_by_key(|t| len_if_padded(t))
        .map(|t| t.desc.name.as_slice().len())
        .unwrap_or(0);

    let mut out = get_formatter(opts, max_name_len);
    let mut st = ConsoleTestState::new(opts)?;

    let start_time = Some(Instant::now());
    run_tests(opts, tests, |x| on_test_event(&x, &mut st, &mut *out))?;
    st.exec_time = start_time.map(|t| TestSuiteExecTime(t.elapsed()));

    assert!(opts.fail_fast || st.current_test_count() == st.total);

    out.write_run_finish(&st)
}

// Calculates padding for given test description.
fn len_if_padded(t: &TestDescAndFn) -> usize {
    match t.testfn.padding() {
        PadNone => 0,
        PadOnRight => t.desc.name.as_slice().len(),
    }
}

// ---------------------------------------------------------------- formatters (pretty.rs and terse.rs)

trait OutputFormatter {
    fn write_discovery_start(&mut self) -> io::Result<()>;
    fn write_test_discovered(&mut self, desc: &TestDesc, test_type: &str) -> io::Result<()>;
    fn write_discovery_finish(&mut self, state: &ConsoleTestDiscoveryState) -> io::Result<()>;

    fn write_run_start(&mut self, test_count: usize, shuffle_seed: Option<u64>) -> io::Result<()>;
    fn write_test_start(&mut self, desc: &TestDesc) -> io::Result<()>;
    fn write_timeout(&mut self, desc: &TestDesc) -> io::Result<()>;
    fn write_result(&mut self, desc: &TestDesc, result: &TestResult, stdout: &[u8], state: &ConsoleTestState) -> io::Result<()>;
    fn write_run_finish(&mut self, state: &ConsoleTestState) -> io::Result<bool>;
}

/// Seconds after which a test is reported as running for long (time.rs's TEST_WARN_TIMEOUT_S).
const TEST_WARN_TIMEOUT_S: u64 = 60;

/// The console's colour escapes (term's: the colour set with terminfo's setaf, reset with sgr0).
fn write_colored(out: &mut io::Stdout, word: &str, color: u8, use_color: bool) -> io::Result<()> {
    if use_color {
        out.write_all(format!("\x1b[3{}m", color).as_bytes())?;
    }
    out.write_all(word.as_bytes())?;
    if use_color {
        out.write_all(b"\x1b(B\x1b[m")?;
    }
    out.flush()
}

const RED: u8 = 1;
const GREEN: u8 = 2;
const YELLOW: u8 = 3;

/// The tests of one kind (successes, failures …): the output each captured, then their names sorted (both
/// formatters print them so).
fn write_results(out: &mut io::Stdout, inputs: &Vec<(TestDesc, Vec<u8>)>, results_type: &str) -> io::Result<()> {
    let mut write_plain = |s: &str| -> io::Result<()> {
        out.write_all(s.as_bytes())?;
        out.flush()
    };
    write_plain(&format!("\n{results_type}:\n"))?;
    let mut results = Vec::new();
    let mut stdouts = String::new();
    for (f, stdout) in inputs {
        results.push(f.name.to_string());
        if !stdout.is_empty() {
            stdouts.push_str(&format!("---- {} stdout ----\n", f.name));
            let output = String::from_utf8_lossy(stdout);
            stdouts.push_str(&output);
            stdouts.push('\n');
        }
    }
    if !stdouts.is_empty() {
        write_plain("\n")?;
        write_plain(&stdouts)?;
    }
    write_plain(&format!("\n{results_type}:\n"))?;
    results.sort();
    for name in &results {
        write_plain(&format!("    {name}\n"))?;
    }
    Ok(())
}

struct PrettyFormatter {
    out: io::Stdout,
    use_color: bool,

    /// Number of columns to fill when aligning names
    max_name_len: usize,

    is_multithreaded: bool,
}

impl PrettyFormatter {
    fn new(out: io::Stdout, use_color: bool, max_name_len: usize, is_multithreaded: bool) -> Self {
        PrettyFormatter { out, use_color, max_name_len, is_multithreaded }
    }

    fn write_ok(&mut self) -> io::Result<()> { self.write_short_result("ok", GREEN) }

    fn write_failed(&mut self) -> io::Result<()> { self.write_short_result("FAILED", RED) }

    fn write_ignored(&mut self, message: Option<&'static str>) -> io::Result<()> {
        if let Some(message) = message {
            self.write_short_result(&format!("ignored, {message}"), YELLOW)
        } else {
            self.write_short_result("ignored", YELLOW)
        }
    }

    fn write_time_failed(&mut self) -> io::Result<()> { self.write_short_result("FAILED (time limit exceeded)", RED) }

    fn write_short_result(&mut self, result: &str, color: u8) -> io::Result<()> { self.write_pretty(result, color) }

    fn write_pretty(&mut self, word: &str, color: u8) -> io::Result<()> {
        write_colored(&mut self.out, word, color, self.use_color)
    }

    fn write_plain<S: AsRef<str>>(&mut self, s: S) -> io::Result<()> {
        let s = s.as_ref();
        self.out.write_all(s.as_bytes())?;
        self.out.flush()
    }

    fn write_results(&mut self, inputs: &Vec<(TestDesc, Vec<u8>)>, results_type: &str) -> io::Result<()> {
        write_results(&mut self.out, inputs, results_type)
    }

    fn write_successes(&mut self, state: &ConsoleTestState) -> io::Result<()> {
        self.write_results(&state.not_failures, "successes")
    }

    fn write_failures(&mut self, state: &ConsoleTestState) -> io::Result<()> { self.write_results(&state.failures, "failures") }

    fn write_time_failures(&mut self, state: &ConsoleTestState) -> io::Result<()> {
        self.write_results(&state.time_failures, "failures (time limit exceeded)")
    }

    fn write_test_name(&mut self, desc: &TestDesc) -> io::Result<()> {
        let name = desc.padded_name(self.max_name_len, desc.name.padding());
        if let Some(test_mode) = desc.test_mode() {
            self.write_plain(format!("test {name} - {test_mode} ... "))?;
        } else {
            self.write_plain(format!("test {name} ... "))?;
        }

        Ok(())
    }
}

impl OutputFormatter for PrettyFormatter {
    fn write_discovery_start(&mut self) -> io::Result<()> { Ok(()) }

    fn write_test_discovered(&mut self, desc: &TestDesc, test_type: &str) -> io::Result<()> {
        self.write_plain(format!("{}: {test_type}\n", desc.name))
    }

    fn write_discovery_finish(&mut self, state: &ConsoleTestDiscoveryState) -> io::Result<()> {
        fn plural(count: usize, s: &str) -> String {
            match count {
                1 => format!("1 {s}"),
                n => format!("{n} {s}s"),
            }
        }

        if state.tests != 0 || state.benchmarks != 0 {
            self.write_plain("\n")?;
        }

        self.write_plain(format!("{}, {}\n", plural(state.tests, "test"), plural(state.benchmarks, "benchmark")))
    }

    fn write_run_start(&mut self, test_count: usize, shuffle_seed: Option<u64>) -> io::Result<()> {
        let noun = if test_count != 1 { "tests" } else { "test" };
        let shuffle_seed_msg = if let Some(shuffle_seed) = shuffle_seed {
            format!(" (shuffle seed: {shuffle_seed})")
        } else {
            String::new()
        };
        self.write_plain(format!("\nrunning {test_count} {noun}{shuffle_seed_msg}\n"))
    }

    fn write_test_start(&mut self, desc: &TestDesc) -> io::Result<()> {
        // When running tests concurrently, we should not print
        // the test's name as the result will be mis-aligned.
        // When running the tests serially, we print the name here so
        // that the user can see which test hangs.
        if !self.is_multithreaded {
            self.write_test_name(desc)?;
        }

        Ok(())
    }

    fn write_result(&mut self, desc: &TestDesc, result: &TestResult, _: &[u8], _: &ConsoleTestState) -> io::Result<()> {
        if self.is_multithreaded {
            self.write_test_name(desc)?;
        }

        match *result {
            TestResult::TrOk => self.write_ok()?,
            TestResult::TrFailed | TestResult::TrFailedMsg(_) => self.write_failed()?,
            TestResult::TrIgnored => self.write_ignored(desc.ignore_message)?,
            TestResult::TrTimedFail => self.write_time_failed()?,
        }

        self.write_plain("\n")
    }

    fn write_timeout(&mut self, desc: &TestDesc) -> io::Result<()> {
        self.write_plain(format!("test {} has been running for over {} seconds\n", desc.name, TEST_WARN_TIMEOUT_S))
    }

    fn write_run_finish(&mut self, state: &ConsoleTestState) -> io::Result<bool> {
        if state.options.display_output {
            self.write_successes(state)?;
        }
        let success = state.failed == 0;
        if !success {
            if !state.failures.is_empty() {
                self.write_failures(state)?;
            }

            if !state.time_failures.is_empty() {
                self.write_time_failures(state)?;
            }
        }

        self.write_plain("\ntest result: ")?;

        if success {
            // There's no parallelism at this point so it's safe to use color
            self.write_pretty("ok", GREEN)?;
        } else {
            self.write_pretty("FAILED", RED)?;
        }

        let s = format!(
            ". {} passed; {} failed; {} ignored; {} measured; {} filtered out",
            state.passed, state.failed, state.ignored, state.measured, state.filtered_out
        );

        self.write_plain(s)?;

        if let Some(ref exec_time) = state.exec_time {
            let time_str = format!("; finished in {exec_time}");
            self.write_plain(time_str)?;
        }

        self.write_plain("\n\n")?;

        Ok(success)
    }
}

// We insert a '\n' when the output hits 100 columns in quiet mode. 88 test
// result chars leaves 12 chars for a progress count like " 11704/12853".
const QUIET_MODE_MAX_COLUMN: usize = 88;

struct TerseFormatter {
    out: io::Stdout,
    use_color: bool,
    is_multithreaded: bool,
    /// Number of columns to fill when aligning names
    max_name_len: usize,

    test_count: usize,
    test_column: usize,
    total_test_count: usize,
}

impl TerseFormatter {
    fn new(out: io::Stdout, use_color: bool, max_name_len: usize, is_multithreaded: bool) -> Self {
        TerseFormatter {
            out,
            use_color,
            max_name_len,
            is_multithreaded,
            test_count: 0,
            test_column: 0,
            total_test_count: 0, // initialized later, when write_run_start is called
        }
    }

    fn write_ok(&mut self) -> io::Result<()> { self.write_short_result(".", GREEN) }

    fn write_failed(&mut self, name: &str) -> io::Result<()> {
        // Put failed tests on their own line and include the test name, so that it's faster
        // to see which test failed without having to wait for them all to run.

        // normally, we write the progress unconditionally, even if the previous line was cut short.
        // but if this is the very first column, no short results will have been printed and we'll end up with *only* the progress on the line.
        // avoid this.
        if self.test_column != 0 {
            self.write_progress()?;
        }
        self.test_count += 1;
        self.write_plain(format!("{name} --- "))?;
        self.write_pretty("FAILED", RED)?;
        self.write_plain("\n")
    }

    fn write_ignored(&mut self) -> io::Result<()> { self.write_short_result("i", YELLOW) }

    fn write_short_result(&mut self, result: &str, color: u8) -> io::Result<()> {
        self.write_pretty(result, color)?;
        self.test_count += 1;
        self.test_column += 1;
        if self.test_column % QUIET_MODE_MAX_COLUMN == QUIET_MODE_MAX_COLUMN - 1 {
            // We insert a new line regularly in order to flush the
            // screen when dealing with line-buffered output (e.g., piping to
            // `stamp` in the Rust CI).
            self.write_progress()?;
        }

        Ok(())
    }

    fn write_progress(&mut self) -> io::Result<()> {
        let out = format!(" {}/{}\n", self.test_count, self.total_test_count);
        self.write_plain(out)?;
        self.test_column = 0;
        Ok(())
    }

    fn write_pretty(&mut self, word: &str, color: u8) -> io::Result<()> {
        write_colored(&mut self.out, word, color, self.use_color)
    }

    fn write_plain<S: AsRef<str>>(&mut self, s: S) -> io::Result<()> {
        let s = s.as_ref();
        self.out.write_all(s.as_bytes())?;
        self.out.flush()
    }

    fn write_outputs(&mut self, state: &ConsoleTestState) -> io::Result<()> {
        write_results(&mut self.out, &state.not_failures, "successes")
    }

    fn write_failures(&mut self, state: &ConsoleTestState) -> io::Result<()> {
        write_results(&mut self.out, &state.failures, "failures")
    }

    fn write_test_name(&mut self, desc: &TestDesc) -> io::Result<()> {
        let name = desc.padded_name(self.max_name_len, desc.name.padding());
        if let Some(test_mode) = desc.test_mode() {
            self.write_plain(format!("test {name} - {test_mode} ... "))?;
        } else {
            self.write_plain(format!("test {name} ... "))?;
        }

        Ok(())
    }
}

impl OutputFormatter for TerseFormatter {
    fn write_discovery_start(&mut self) -> io::Result<()> { Ok(()) }

    fn write_test_discovered(&mut self, desc: &TestDesc, test_type: &str) -> io::Result<()> {
        self.write_plain(format!("{}: {test_type}\n", desc.name))
    }

    fn write_discovery_finish(&mut self, _state: &ConsoleTestDiscoveryState) -> io::Result<()> { Ok(()) }

    fn write_run_start(&mut self, test_count: usize, shuffle_seed: Option<u64>) -> io::Result<()> {
        self.total_test_count = test_count;
        let noun = if test_count != 1 { "tests" } else { "test" };
        let shuffle_seed_msg = if let Some(shuffle_seed) = shuffle_seed {
            format!(" (shuffle seed: {shuffle_seed})")
        } else {
            String::new()
        };
        self.write_plain(format!("\nrunning {test_count} {noun}{shuffle_seed_msg}\n"))
    }

    fn write_test_start(&mut self, desc: &TestDesc) -> io::Result<()> {
        // Remnants from old libtest code that used the padding value
        // in order to indicate benchmarks.
        // When running benchmarks, terse-mode should still print their name as if
        // it is the Pretty formatter.
        if !self.is_multithreaded && desc.name.padding() == PadOnRight {
            self.write_test_name(desc)?;
        }

        Ok(())
    }

    fn write_result(&mut self, desc: &TestDesc, result: &TestResult, _: &[u8], _: &ConsoleTestState) -> io::Result<()> {
        match *result {
            TestResult::TrOk => self.write_ok(),
            TestResult::TrFailed | TestResult::TrFailedMsg(_) | TestResult::TrTimedFail => self.write_failed(desc.name.as_slice()),
            TestResult::TrIgnored => self.write_ignored(),
        }
    }

    fn write_timeout(&mut self, desc: &TestDesc) -> io::Result<()> {
        self.write_plain(format!("test {} has been running for over {} seconds\n", desc.name, TEST_WARN_TIMEOUT_S))
    }

    fn write_run_finish(&mut self, state: &ConsoleTestState) -> io::Result<bool> {
        if state.options.display_output {
            self.write_outputs(state)?;
        }
        let success = state.failed == 0;
        if !success {
            self.write_failures(state)?;
        }

        self.write_plain("\ntest result: ")?;

        if success {
            // There's no parallelism at this point so it's safe to use color
            self.write_pretty("ok", GREEN)?;
        } else {
            self.write_pretty("FAILED", RED)?;
        }

        let s = format!(
            ". {} passed; {} failed; {} ignored; {} measured; {} filtered out",
            state.passed, state.failed, state.ignored, state.measured, state.filtered_out
        );

        self.write_plain(s)?;

        if let Some(ref exec_time) = state.exec_time {
            let time_str = format!("; finished in {exec_time}");
            self.write_plain(time_str)?;
        }

        self.write_plain("\n\n")?;

        // Custom handling of cases where there is only 1 test to execute and that test was ignored.
        // We want to show more detailed information(why was the test ignored) for investigation purposes.
        if self.total_test_count == 1 && state.ignores.len() == 1 {
            let test_desc = &state.ignores[0].0;
            if let Some(im) = test_desc.ignore_message {
                self.write_plain(format!("test: {}, ignore_message: {}\n\n", test_desc.name, im))?;
            }
        }

        Ok(success)
    }
}
