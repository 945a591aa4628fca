fn main() {
    println!("Reframe");
}
