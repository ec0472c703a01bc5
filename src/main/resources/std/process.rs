/// Ends the process with code after flushing stdout, as std's exit does (no destructors run).
pub fn exit(code: i32) -> ! {
    crate::io::cleanup();
    // glibc's exit runs the calling thread's TLS destructors first
    crate::thread::local::run_tls_dtors_at_exit();
    crate::intrinsics::exit(code)
}

pub fn abort() -> ! { crate::intrinsics::abort() }

pub fn id() -> u32 { crate::intrinsics::process_id() }

pub trait Termination {
    fn report(self) -> ExitCode;
}

impl Termination for () {
    fn report(self) -> ExitCode { ExitCode(0) }
}

impl Termination for ExitCode {
    fn report(self) -> ExitCode { self }
}

impl<T: Termination, E: crate::fmt::Debug> Termination for Result<T, E> {
    fn report(self) -> ExitCode {
        match self {
            Ok(val) => val.report(),
            Err(err) => {
                crate::io::_eprint(format_args!("Error: {err:?}\n"));
                ExitCode(1)
            }
        }
    }
}

impl Termination for ! {
    fn report(self) -> ExitCode { self }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitCode(u8);

impl ExitCode {
    pub const SUCCESS: ExitCode = ExitCode(0);
    pub const FAILURE: ExitCode = ExitCode(1);
    pub fn to_i32(self) -> i32 { self.0 as i32 }
}

impl From<u8> for ExitCode {
    fn from(code: u8) -> Self { ExitCode(code) }
}

/// What the runtime does with main's result: its exit code (rustc's lang start).
#[lang = "start"]
fn lang_start<T: Termination + 'static>(main: fn() -> T) -> i32 {
    // a panic out of main ends the process with 101 (its message has been printed)
    let code = match crate::panicking::r#try(move || main().report().to_i32()) {
        Ok(code) => code,
        Err(_) => 101,
    };
    crate::io::cleanup();
    // main's return goes to glibc's exit, which runs the main thread's TLS destructors
    crate::thread::local::run_tls_dtors_at_exit();
    code
}
