//! Rebuild when the guide changes: with the `embedded` feature its files are compiled in, and
//! include_dir cannot tell cargo which files it read.
fn main() {
    println!("cargo:rerun-if-changed=guide-content");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
}
