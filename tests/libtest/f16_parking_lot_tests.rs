// Parking lot billing with pluggable pricing strategies (Box<dyn Trait>).
use std::collections::HashMap;
use std::fmt;

pub trait Pricing {
    fn name(&self) -> String;
    fn cost(&self, minutes: u32) -> u32;
}

pub struct Flat(pub u32);

pub struct Hourly {
    pub per_hour: u32,
    pub free_minutes: u32,
}

impl Pricing for Flat {
    fn name(&self) -> String {
        format!("flat {}", self.0)
    }
    fn cost(&self, _minutes: u32) -> u32 {
        self.0
    }
}

impl Pricing for Hourly {
    fn name(&self) -> String {
        format!("hourly {}/h", self.per_hour)
    }
    fn cost(&self, minutes: u32) -> u32 {
        let billable = minutes.saturating_sub(self.free_minutes);
        billable.div_ceil(60) * self.per_hour
    }
}

#[derive(Debug, PartialEq)]
pub enum LotError {
    Full,
    AlreadyParked(String),
    NotParked(String),
}

impl fmt::Display for LotError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LotError::Full => write!(f, "the lot is full"),
            LotError::AlreadyParked(p) => write!(f, "{} is already parked", p),
            LotError::NotParked(p) => write!(f, "{} is not parked here", p),
        }
    }
}

pub struct ParkingLot {
    capacity: usize,
    pricing: Box<dyn Pricing>,
    parked: HashMap<String, u32>,
    revenue: u32,
}

impl ParkingLot {
    pub fn new(capacity: usize, pricing: Box<dyn Pricing>) -> Self {
        ParkingLot { capacity, pricing, parked: HashMap::new(), revenue: 0 }
    }

    pub fn enter(&mut self, plate: &str, at_minute: u32) -> Result<(), LotError> {
        if self.parked.contains_key(plate) {
            return Err(LotError::AlreadyParked(plate.to_string()));
        }
        if self.parked.len() >= self.capacity {
            return Err(LotError::Full);
        }
        self.parked.insert(plate.to_string(), at_minute);
        Ok(())
    }

    pub fn leave(&mut self, plate: &str, at_minute: u32) -> Result<u32, LotError> {
        let start = self.parked.remove(plate).ok_or_else(|| LotError::NotParked(plate.to_string()))?;
        let fee = self.pricing.cost(at_minute - start);
        self.revenue += fee;
        Ok(fee)
    }

    pub fn occupied(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.parked.keys().map(|s| s.as_str()).collect();
        v.sort();
        v
    }
}

fn main() {
    let mut lot = ParkingLot::new(2, Box::new(Hourly { per_hour: 3, free_minutes: 15 }));
    lot.enter("AB-123", 0).unwrap();
    println!("fee: {}", lot.leave("AB-123", 130).unwrap());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hourly_lot(capacity: usize) -> ParkingLot {
        ParkingLot::new(capacity, Box::new(Hourly { per_hour: 2, free_minutes: 10 }))
    }

    #[test]
    fn pricing_names() {
        let strategies: Vec<Box<dyn Pricing>> = vec![Box::new(Flat(5)), Box::new(Hourly { per_hour: 2, free_minutes: 0 })];
        let names: Vec<String> = strategies.iter().map(|p| p.name()).collect();
        assert_eq!(names, ["flat 5", "hourly 2/h"]);
    }

    #[test]
    fn hourly_rounds_up() {
        let h = Hourly { per_hour: 2, free_minutes: 10 };
        assert_eq!(h.cost(5), 0, "within free minutes");
        assert_eq!(h.cost(11), 2);
        assert_eq!(h.cost(130), 4);
    }

    #[test]
    fn full_lot() {
        let mut lot = hourly_lot(1);
        lot.enter("A", 0).unwrap();
        assert_eq!(lot.enter("B", 1), Err(LotError::Full));
    }

    #[test]
    fn errors_display() -> Result<(), String> {
        let mut lot = hourly_lot(3);
        lot.enter("XY-1", 0).map_err(|e| e.to_string())?;
        let err = lot.enter("XY-1", 5).unwrap_err();
        assert_eq!(err.to_string(), "XY-1 is already parked");
        assert_eq!(lot.leave("ZZ", 9).unwrap_err().to_string(), "ZZ is not parked here");
        Ok(())
    }

    #[test]
    fn revenue_and_occupancy() {
        let mut lot = ParkingLot::new(5, Box::new(Flat(7)));
        for (i, p) in ["C", "A", "B"].iter().enumerate() {
            lot.enter(p, i as u32).unwrap();
        }
        assert_eq!(lot.occupied(), vec!["A", "B", "C"]);
        assert_eq!(lot.leave("A", 100), Ok(7));
        assert_eq!(lot.revenue, 7);
        assert_eq!(lot.occupied(), vec!["B", "C"]);
    }
}
