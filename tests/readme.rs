//! The README's key table is the app's own key table ([`reframe::ui::keys`]), so the keys it
//! promises are the keys the app answers to.

#[test]
fn the_readme_key_table_is_the_apps_key_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md is readable");
    let section = readme
        .split("\n## Keys\n")
        .nth(1)
        .expect("the README has a Keys section");
    let table: String = section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        table,
        reframe::ui::keys::markdown_table(),
        "update the README's key table from reframe::ui::keys::markdown_table()"
    );
}
