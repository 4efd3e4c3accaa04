//! Extractors: one per kind of claim, all reading the same segmented [`Doc`].

pub mod lists;
pub mod people;

use crate::model::Claim;
use crate::text::Doc;

/// Every claim of one article, in order of appearance within each kind.
pub fn extract(doc: &Doc) -> Vec<Claim> {
    lists::extract_lists(doc)
}
