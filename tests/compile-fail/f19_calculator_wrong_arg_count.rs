// Loan calculator: calling a function with too few arguments.
fn monthly_payment(principal: f64, annual_rate: f64, years: u32) -> f64 {
    let r = annual_rate / 12.0 / 100.0;
    let n = (years * 12) as f64;
    if r == 0.0 {
        return principal / n;
    }
    principal * r * (1.0 + r).powf(n) / ((1.0 + r).powf(n) - 1.0)
}

fn main() {
    let principal = 250_000.0;
    let rate = 4.5;

    for years in [15, 20, 30] {
        let p = monthly_payment(principal, rate, years);
        println!("{} years: {:.2} per month", years, p);
    }

    // Mistake: the number of years was forgotten.
    let default_plan = monthly_payment(principal, rate);
    println!("default plan: {:.2}", default_plan);
}
