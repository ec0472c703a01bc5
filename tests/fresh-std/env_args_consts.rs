use std::env;

fn main() {
    let args: Vec<String> = env::args().collect();
    println!("arg count {}", args.len());
    println!("program name non-empty: {}", !args[0].is_empty());
    println!("extra args: {:?}", env::args().skip(1).collect::<Vec<_>>());
    let os: Vec<_> = env::args_os().collect();
    println!("args_os {}", os.len());
    let mut it = env::args();
    println!("len {} size_hint {:?}", it.len(), it.size_hint());
    it.next();
    println!("after next {}", it.len());
    println!("{:?}", it.next());
    println!("{} {} {}", env::consts::OS, env::consts::ARCH, env::consts::FAMILY);
    println!("{:?} {:?} {:?}", env::consts::DLL_PREFIX, env::consts::DLL_SUFFIX, env::consts::DLL_EXTENSION);
    println!("{:?} {:?}", env::consts::EXE_SUFFIX, env::consts::EXE_EXTENSION);
}
