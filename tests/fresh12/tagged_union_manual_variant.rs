use std::mem::ManuallyDrop;

#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Int = 1,
    Float = 2,
    Text = 3,
    List = 4,
}

#[repr(C)]
union Payload {
    int: i64,
    float: f64,
    text: ManuallyDrop<String>,
    list: ManuallyDrop<Vec<Value>>,
}

#[repr(C)]
struct Value {
    kind: Kind,
    payload: Payload,
}

impl Value {
    fn int(v: i64) -> Self { Value { kind: Kind::Int, payload: Payload { int: v } } }
    fn float(v: f64) -> Self { Value { kind: Kind::Float, payload: Payload { float: v } } }
    fn text(s: &str) -> Self { Value { kind: Kind::Text, payload: Payload { text: ManuallyDrop::new(s.to_string()) } } }
    fn list(items: Vec<Value>) -> Self { Value { kind: Kind::List, payload: Payload { list: ManuallyDrop::new(items) } } }

    fn render(&self) -> String {
        unsafe {
            match self.kind {
                Kind::Int => format!("{}", self.payload.int),
                Kind::Float => format!("{:.2}", self.payload.float),
                Kind::Text => format!("{:?}", &*self.payload.text),
                Kind::List => {
                    let parts: Vec<String> = self.payload.list.iter().map(|v| v.render()).collect();
                    format!("[{}]", parts.join(", "))
                }
            }
        }
    }

    fn as_number(&self) -> Option<f64> {
        unsafe {
            match self.kind {
                Kind::Int => Some(self.payload.int as f64),
                Kind::Float => Some(self.payload.float),
                _ => None,
            }
        }
    }

    fn push(&mut self, v: Value) -> bool {
        if self.kind != Kind::List {
            return false;
        }
        unsafe { (*self.payload.list).push(v) };
        true
    }
}

impl Drop for Value {
    fn drop(&mut self) {
        unsafe {
            match self.kind {
                Kind::Text => {
                    println!("  freeing text {:?}", &*self.payload.text);
                    ManuallyDrop::drop(&mut self.payload.text);
                }
                Kind::List => {
                    println!("  freeing list of {}", self.payload.list.len());
                    ManuallyDrop::drop(&mut self.payload.list);
                }
                _ => {}
            }
        }
    }
}

fn main() {
    println!("size_of Payload {} Value {}", std::mem::size_of::<Payload>(), std::mem::size_of::<Value>());
    let mut doc = Value::list(vec![Value::int(42), Value::text("hi"), Value::float(3.14159)]);
    doc.push(Value::list(vec![Value::int(-1), Value::text("nested")]));
    let mut n = Value::int(5);
    println!("push onto int works: {}", n.push(Value::int(6)));
    println!("doc = {}", doc.render());

    let nums: f64 = unsafe { doc.payload.list.iter().filter_map(|v| v.as_number()).sum() };
    println!("sum of top-level numbers {:.3}", nums);
    n = Value::float(0.5);
    println!("n is now {} kind {:?} tag byte {}", n.render(), n.kind, n.kind as u8);

    let bits = unsafe { Value::float(1.0).payload.int };
    println!("float 1.0 read as int bits {:#x}", bits);
    println!("dropping doc:");
    drop(doc);
    println!("end of main");
}
