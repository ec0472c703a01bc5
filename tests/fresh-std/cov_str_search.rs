// Searching and splitting a log with str's pattern API.
fn main() {
    let log = "INFO boot ok\nWARN disk 91%\r\nERROR net down\nINFO done\n";
    for (i, line) in log.lines().enumerate() {
        println!("{i}: {line:?} starts_info={} ends_down={}", line.starts_with("INFO"), line.ends_with("down"));
    }
    println!("contains={} find={:?} rfind={:?} find_char={:?}", log.contains("disk"), log.find("INFO"), log.rfind("INFO"), log.find(|c: char| c.is_ascii_digit()));
    let csv = "a,b,,c,";
    println!("split={:?}", csv.split(',').collect::<Vec<_>>());
    println!("rsplit={:?}", csv.rsplit(',').collect::<Vec<_>>());
    println!("splitn={:?} rsplitn={:?}", csv.splitn(3, ',').collect::<Vec<_>>(), csv.rsplitn(2, ',').collect::<Vec<_>>());
    println!("split_terminator={:?} rsplit_terminator={:?}", csv.split_terminator(',').collect::<Vec<_>>(), csv.rsplit_terminator(',').collect::<Vec<_>>());
    println!("split_inclusive={:?}", "one\ntwo\nthree".split_inclusive('\n').collect::<Vec<_>>());
    println!("split_once={:?} rsplit_once={:?}", "key=value=x".split_once('='), "key=value=x".rsplit_once('='));
    println!("split_whitespace={:?} ascii={:?}", "  a  b\tc\n".split_whitespace().collect::<Vec<_>>(), " x  y ".split_ascii_whitespace().collect::<Vec<_>>());
    let text = "abcXabcYabc";
    println!("matches={:?} rmatches={:?}", text.matches("abc").count(), text.rmatches(char::is_uppercase).collect::<Vec<_>>());
    println!("match_indices={:?} rmatch_indices={:?}", text.match_indices("abc").collect::<Vec<_>>(), text.rmatch_indices("abc").collect::<Vec<_>>());
    let padded = "  \t trim me \n";
    println!("trim={:?} start={:?} end={:?}", padded.trim(), padded.trim_start(), padded.trim_end());
    println!("ascii trim={:?} start={:?} end={:?}", padded.trim_ascii(), padded.trim_ascii_start(), padded.trim_ascii_end());
    let num = "00012300";
    println!("trim_matches={:?} start={:?} end={:?}", num.trim_matches('0'), num.trim_start_matches('0'), num.trim_end_matches("00"));
    println!("strip_prefix={:?} strip_suffix={:?} none={:?}", "v1.2".strip_prefix('v'), "file.rs".strip_suffix(".rs"), "x".strip_prefix("y"));
    println!("parse={:?} {:?} {:?}", "42".parse::<i32>(), "4.5".parse::<f64>(), "nope".parse::<u8>().is_err());
    println!("replace={} replacen={}", "a-b-c".replace('-', "+"), "a-b-c".replacen("-", "", 1));
    println!("upper={} lower={} ascii_upper={} ascii_lower={}", "Straße".to_uppercase(), "ÀB".to_lowercase(), "abc-é".to_ascii_uppercase(), "ABC-É".to_ascii_lowercase());
    println!("repeat={} eq_ignore={} is_ascii={} {}", "ab".repeat(3), "HeLLo".eq_ignore_ascii_case("hello"), "abc".is_ascii(), "é".is_ascii());
    let mut owned = String::from("MiXeD");
    owned.make_ascii_lowercase();
    let mut up = String::from("shout");
    up.make_ascii_uppercase();
    println!("make_ascii: {owned} {up}");
    let word = "héllo";
    println!("len={} empty={} boundary(2)={} floor(2)={} ceil(2)={}", word.len(), "".is_empty(), word.is_char_boundary(2), word.floor_char_boundary(2), word.ceil_char_boundary(2));
    println!("get={:?} get_bad={:?} unchecked={}", word.get(0..1), word.get(0..2), unsafe { word.get_unchecked(3..) });
    println!("split_at={:?} checked={:?} bad={:?}", word.split_at(3), word.split_at_checked(1), word.split_at_checked(2));
    let mut m = String::from("left|right");
    {
        let (a, b) = m.split_at_mut(4);
        a.make_ascii_uppercase();
        b.make_ascii_uppercase();
    }
    let mut m2 = String::from("xy");
    if let Some((a, _)) = m2.split_at_mut_checked(1) {
        a.make_ascii_uppercase();
    }
    println!("split_at_mut={m} checked={m2} none={:?}", String::from("é").split_at_mut_checked(1).is_none());
    if let Some(s) = m.get_mut(0..4) {
        s.make_ascii_lowercase();
    }
    println!("get_mut={m}");
    println!("chars={:?} rev={:?}", word.chars().collect::<Vec<_>>(), word.chars().rev().collect::<String>());
    println!("char_indices={:?}", word.char_indices().collect::<Vec<_>>());
    println!("bytes={:?}", word.bytes().collect::<Vec<_>>());
    println!("as_bytes={:?} as_ptr_eq={}", "ab".as_bytes(), word.as_ptr() == word.as_bytes().as_ptr());
    let quoted = "tab\there \"q\" é\u{301}\n";
    println!("escape_debug={} escape_default={} escape_unicode={}", quoted.escape_debug(), quoted.escape_default(), "aé".escape_unicode());
    println!("escape collected={:?}", "a\nb".escape_default().collect::<String>());
    println!("encode_utf16 len={} hint={:?}", "aé😀".encode_utf16().count(), "aé😀".encode_utf16().size_hint());
    let bytes = vec![b'o', b'k'];
    println!("from_utf8={:?} bad={:?}", std::str::from_utf8(&bytes), std::str::from_utf8(&[0xC3]).map_err(|e| e.to_string()));
    let mut raw = *b"abc";
    let sm = std::str::from_utf8_mut(&mut raw).unwrap();
    sm.make_ascii_uppercase();
    println!("from_utf8_mut={}", sm);
    println!("unchecked={}", unsafe { std::str::from_utf8_unchecked(b"xyz") });
    let mut raw2 = *b"def";
    let s2 = unsafe { std::str::from_utf8_unchecked_mut(&mut raw2) };
    s2.make_ascii_uppercase();
    println!("unchecked_mut={}", s2);
    let boxed: Box<str> = "boxed".into();
    let bytes: Box<[u8]> = boxed.clone().into_boxed_bytes();
    println!("into_boxed_bytes={:?} into_string={}", bytes, boxed.into_string());
    let mut s3 = String::from("abc");
    unsafe {
        s3.as_bytes_mut()[0] = b'X';
        *s3.as_mut_ptr().add(1) = b'Y';
    }
    println!("as_bytes_mut={s3}");
    let mut owned2 = String::from("mutable");
    if let Some(x) = unsafe { owned2.get_unchecked_mut(0..3) }.get_mut(0..1) {
        x.make_ascii_uppercase();
    }
    println!("get_unchecked_mut={owned2}");
    println!("{}", &word[0..2]);
}
