//! The one integration-test binary: a module per feature, fixtures in `tests/fixtures/`.

mod check;
mod cli;
mod fixture;
mod fonts;
mod fuzz_corpus;
mod i18n;
mod pack;
mod referral;
mod render;
mod search;
mod serve;
mod shells;
