//! Writes tests/fixtures/trend/snapshot.json from `generate::trend_example()` (rule 10's known changes; the
//! doc comment there says which offer shows which). tests/trend.rs checks the file is current.
//!
//! Run: `cargo run --example make_trend_fixture`.

fn main() -> std::io::Result<()> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/fixtures/trend");
    std::fs::create_dir_all(&dir)?;
    let text = visitationsguide::domain::generate::trend_example_text();
    std::fs::write(dir.join("snapshot.json"), text)?;
    println!("wrote tests/fixtures/trend/snapshot.json");
    Ok(())
}
