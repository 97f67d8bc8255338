//! Validators for what a person types: each a small function that parses
//! untrusted text into a typed value or says precisely what is wrong. They
//! never panic (property-tested in `tests/validators.rs`).

pub mod codes;
pub mod codice_fiscale;
pub mod contact;
pub mod numbers;
pub mod pagopa;
pub mod text;
