//! Extractors: one per kind of claim, all reading the same segmented [`Doc`].

pub mod facts;
pub mod lists;
pub mod people;
pub mod quotes;

use crate::model::Claim;
use crate::text::Doc;

/// Every claim of one article: lists, quotes, then facts, each in order of appearance.
pub fn extract(doc: &Doc) -> Vec<Claim> {
    let people = people::find_people(doc);
    let mut claims = lists::extract_lists(doc);
    claims.extend(quotes::extract_quotes(doc, &people));
    claims.extend(facts::extract_counts(doc));
    claims
}
