use std::ffi::{CStr, CString};

fn main() {
    let c = CString::new("hello").unwrap();
    println!("{:?} {:?}", c, c.as_bytes());
    println!("{:?}", c.as_bytes_with_nul());
    println!("{} {}", c.as_bytes().len(), c.count_bytes());
    let c2 = CString::new(vec![b'a', b'b']).unwrap();
    println!("{:?} {:?}", c2, c2.to_str());

    let err = CString::new("in\0side").unwrap_err();
    println!("{} | {:?} | pos {}", err, err, err.nul_position());
    println!("{:?}", err.into_vec());

    let cs = CStr::from_bytes_with_nul(b"text\0").unwrap();
    println!("{:?} {:?} {:?}", cs, cs.to_str(), cs.to_bytes());
    println!("{:?}", CStr::from_bytes_with_nul(b"no nul"));
    println!("{:?}", CStr::from_bytes_with_nul(b"mid\0dle\0"));
    match CStr::from_bytes_with_nul(b"mid\0dle\0") {
        Err(e) => println!("{e}"),
        Ok(_) => {}
    }
    println!("{:?}", CStr::from_bytes_until_nul(b"first\0second\0"));
    println!("{:?}", CStr::from_bytes_until_nul(b"none").map_err(|e| e.to_string()));

    let bad = CStr::from_bytes_with_nul(b"caf\xe9\0").unwrap();
    println!("{:?} {} {:?}", bad, bad.to_string_lossy(), bad.to_str().is_err());
    let owned: CString = bad.to_owned();
    match owned.into_string() {
        Ok(s) => println!("{s}"),
        Err(e) => println!("{} / {:?}", e, e.utf8_error()),
    }

    let empty = CString::default();
    println!("{:?} {}", empty, empty.is_empty());
    let from_cstr: CString = CString::from(cs);
    println!("{}", from_cstr.as_c_str() == cs);
    let bytes: Vec<u8> = from_cstr.into_bytes();
    println!("{:?}", bytes);
    let round = CString::new("round").unwrap();
    let raw = round.into_raw();
    let back = unsafe { CString::from_raw(raw) };
    println!("{:?}", back);
    let bx: Box<CStr> = back.into_boxed_c_str();
    println!("{:?}", bx);
    println!("{:?}", bx.into_c_string());
    println!("{} {}", std::mem::size_of::<CString>(), std::mem::size_of::<&CStr>());
    let ptr_str = CString::new("ptr").unwrap();
    let p = ptr_str.as_ptr();
    let again = unsafe { CStr::from_ptr(p) };
    println!("{:?} {:?}", again, again.to_bytes().iter().rev().collect::<Vec<_>>());
    println!("{}", CString::new("a").unwrap() < CString::new("b").unwrap());
    let v = CString::from_vec_with_nul(b"vec\0".to_vec()).unwrap();
    println!("{:?}", v);
    println!("{}", CString::from_vec_with_nul(b"x".to_vec()).unwrap_err());
    CString::new("boom\0").expect("no interior nul");
}
