//! Why the second reader leans the way it does on a reply: reads replies from stdin, one per
//! line, and prints the probability that each is MI-inconsistent with every feature's weight.
//! `echo "you say that every single time tho" | cargo run --release -p reframe-core
//! --example reader_weights`
use reframe_core::coach::learned;
use reframe_core::coach::text::Text;
fn main() {
    let r = learned::shipped();
    for line in std::io::stdin().lines() {
        let line = line.unwrap();
        let f = learned::features(&Text::new(&line));
        println!("{:.3} {line}", r.mi_inconsistent.probability(&f));
        for x in &f {
            println!("   {:>8.3} {}", r.mi_inconsistent.weight(&x.key), x.key);
        }
    }
}
