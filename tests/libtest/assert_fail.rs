// A temperature converter whose tests catch two bugs: assert_eq!, assert_ne! and assert! failures,
// with what the failing tests printed before they panicked.
#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Celsius(pub f64);

#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Fahrenheit(pub f64);

pub fn to_fahrenheit(c: Celsius) -> Fahrenheit {
    // bug: should be c.0 * 9.0 / 5.0 + 32.0
    Fahrenheit(c.0 * 9.0 / 5.0 + 30.0)
}

pub fn average(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

pub fn describe(c: Celsius) -> String {
    if c.0 < 0.0 {
        "freezing".to_string()
    } else if c.0 < 20.0 {
        "cool".to_string()
    } else {
        "warm".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boiling_point() {
        let f = to_fahrenheit(Celsius(100.0));
        println!("100 C is {:?}", f);
        assert_eq!(f, Fahrenheit(212.0));
    }

    #[test]
    fn average_of_readings() {
        let readings = vec![18.5, 21.0, 19.5];
        println!("readings: {:?}", readings);
        assert_eq!(average(&readings), 19.666666666666668);
    }

    #[test]
    fn descriptions_differ() {
        assert_ne!(describe(Celsius(-5.0)), describe(Celsius(25.0)));
    }

    #[test]
    fn cool_day() {
        let d = describe(Celsius(25.0));
        assert!(d == "cool", "expected a cool day, got {d}");
    }

    #[test]
    fn average_is_finite() {
        let empty: Vec<f64> = Vec::new();
        let avg = average(&empty);
        assert!(avg.is_finite());
    }
}
