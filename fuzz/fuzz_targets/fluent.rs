//! Fuzz target `fluent`: [`fieldguide::fuzzing::fluent`] on every input (see its documentation).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| fieldguide::fuzzing::fluent(data));
