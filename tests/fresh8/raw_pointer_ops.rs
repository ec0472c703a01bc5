use std::ptr;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut data = [10i32, 20, 30, 40, 50, 60];
    let len = data.len();
    let base = data.as_mut_ptr();

    println!("-- add / offset_from --");
    unsafe {
        let third = base.add(2);
        let last = base.add(len - 1);
        println!("*third={} *last={}", *third, *last);
        println!("last.offset_from(base)={} third.offset_from(last)={}", last.offset_from(base), third.offset_from(last));
        let back = last.sub(1);
        println!("*(last-1)={}", *back);
        *third += 1;
        third.add(1).write(99);
    }
    println!("after writes: {:?}", data);

    println!("-- read / write --");
    let mut p = Point { x: 1, y: 2 };
    let pp: *mut Point = &mut p;
    unsafe {
        let copy = ptr::read(pp);
        ptr::write(pp, Point { x: copy.y, y: copy.x });
        println!("read copy={:?} after write={:?}", copy, *pp);
        let py = ptr::addr_of_mut!((*pp).y);
        *py = 100;
    }
    println!("p after field write = {:?}", p);

    println!("-- swap --");
    let mut a = [1u8, 2, 3, 4];
    let ap = a.as_mut_ptr();
    unsafe { ptr::swap(ap, ap.add(3)) };
    println!("after ptr::swap ends: {:?}", a);
    let mut s1 = String::from("left");
    let mut s2 = String::from("right");
    unsafe { ptr::swap(&mut s1, &mut s2) };
    println!("swapped strings: s1={} s2={}", s1, s2);

    println!("-- copy_nonoverlapping / copy --");
    let src = [1u16, 2, 3, 4, 5];
    let mut dst = [0u16; 8];
    unsafe { ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr().add(2), src.len()) };
    println!("dst = {:?}", dst);
    let dp = dst.as_mut_ptr();
    unsafe { ptr::copy(dp.add(2), dp.add(3), 5) };
    println!("overlapping copy shift right = {:?}", dst);

    println!("-- slices from raw parts --");
    let nums = vec![5i64, 6, 7, 8, 9];
    let view: &[i64] = unsafe { std::slice::from_raw_parts(nums.as_ptr().add(1), 3) };
    println!("view = {:?} len={}", view, view.len());
    println!("view starts at nums[1]? {}", ptr::eq(view.as_ptr(), &nums[1]));
    let mut buf = vec![0u8; 6];
    let window: &mut [u8] = unsafe { std::slice::from_raw_parts_mut(buf.as_mut_ptr().add(2), 2) };
    window.copy_from_slice(b"hi");
    println!("buf = {:?}", buf);

    println!("-- pointer equality --");
    let x = 5;
    let r1 = &x;
    let r2 = &x;
    let y = 5;
    println!("ptr::eq(r1, r2)={} ptr::eq(r1, &y)={} values equal={}", ptr::eq(r1, r2), ptr::eq(r1, &y), *r1 == y);
    let v = vec![1, 2, 3];
    let s: &[i32] = &v;
    println!("slice shares vec buffer? {}", ptr::eq(s.as_ptr(), v.as_ptr()));
    let before_move = v.as_ptr();
    let moved = v;
    println!("moving a Vec keeps its heap buffer? {}", ptr::eq(before_move, moved.as_ptr()));
    let cloned = moved.clone();
    println!("clone shares buffer? {}", ptr::eq(cloned.as_ptr(), moved.as_ptr()));

    println!("-- walking a struct array with pointers --");
    let pts = [Point { x: 1, y: 1 }, Point { x: 2, y: 4 }, Point { x: 3, y: 9 }];
    let start = pts.as_ptr();
    let end = unsafe { start.add(pts.len()) };
    let mut cur = start;
    let mut total = 0;
    while cur != end {
        unsafe {
            total += (*cur).x * (*cur).y;
            cur = cur.add(1);
        }
    }
    println!("sum of x*y = {} elements walked = {}", total, unsafe { end.offset_from(start) });
    let null: *const Point = ptr::null();
    println!("null.is_null()={} start.is_null()={}", null.is_null(), start.is_null());
}
