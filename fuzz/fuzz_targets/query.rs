//! Fuzz target `query`: [`fieldguide::fuzzing::query`] on every input (see its documentation).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| fieldguide::fuzzing::query(data));
