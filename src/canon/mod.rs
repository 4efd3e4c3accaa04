//! Canonical forms: places (gazetteer and place parsing) and numbers.

pub mod gazetteer;
pub mod numbers;
pub mod places;
