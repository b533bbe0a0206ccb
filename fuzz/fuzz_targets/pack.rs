//! Fuzz target `pack`: [`fieldguide::fuzzing::pack`] on every input (see its documentation).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| fieldguide::fuzzing::pack(data));
