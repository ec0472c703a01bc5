fn byte_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().as_bytes().len()
}

fn char_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().chars().count()
}

fn num_sq<T: AsMut<u32>>(arg: &mut T) {
    let v = arg.as_mut();
    *v = *v * *v;
}

fn sum_all<T: AsRef<[i64]>>(values: T) -> i64 {
    values.as_ref().iter().sum()
}

fn zero_first<T: AsMut<[i64]>>(values: &mut T) {
    if let Some(first) = values.as_mut().first_mut() {
        *first = 0;
    }
}

struct Label {
    text: String,
}

impl AsRef<str> for Label {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

fn shout<S: AsRef<str>>(items: &[S]) -> Vec<String> {
    items.iter().map(|s| s.as_ref().to_uppercase()).collect()
}

fn main() {
    let s = "Café au lait";
    println!("bytes {} chars {}", byte_counter(s), char_counter(s));
    let owned = String::from("Ferris 🦀");
    println!("bytes {} chars {}", byte_counter(&owned), char_counter(owned.clone()));
    let label = Label { text: "naïve".to_string() };
    println!("label bytes {} chars {}", byte_counter(&label.text), char_counter(label.as_ref()));

    let mut num: Box<u32> = Box::new(3);
    num_sq(&mut num);
    println!("squared box: {}", num);
    num_sq(&mut num);
    println!("squared again: {}", *num);

    let v = vec![1i64, 2, 3, 4];
    let arr = [10i64, 20, 30];
    println!("sum vec {} sum arr {} sum slice {}", sum_all(&v), sum_all(arr), sum_all(&v[1..3]));
    let mut w = vec![5i64, 6, 7];
    zero_first(&mut w);
    println!("after zero_first: {:?}", w);
    let mut a = [9i64; 2];
    zero_first(&mut a);
    println!("array after zero_first: {:?}", a);

    println!("{:?}", shout(&["a", "b"]));
    println!("{:?}", shout(&[String::from("mixed"), String::from("Case")]));
    println!("{:?}", shout(&[Label { text: "straße".into() }]));
    let path = std::path::Path::new("/usr/local/bin/rustc");
    let p: &std::path::Path = path.as_ref();
    println!("file name: {:?}, ext: {:?}", p.file_name(), p.extension());
}
