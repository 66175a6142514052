//! Placeholder replaced by the engine benchmarks (issue #4).
fn main() {}
