//! Text handling shared by every extractor: normalization with offsets that map back to
//! the original, line and column numbers, segmentation into blocks and sentences, and
//! recognition of site boilerplate.

pub mod boilerplate;
pub mod fact_line;
pub mod html;
pub mod inflect;
pub mod lines;
pub mod names;
pub mod normalize;
pub mod pattern;
pub mod roll_call;
pub mod segment;

pub use segment::{Block, BlockKind, BulletBlock, Doc, Sentence};
