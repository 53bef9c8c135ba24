//! What the page shows: exports, the idle timeout, and what this copy of
//! the page says about itself.

pub mod export;
pub mod idle;
pub mod this_copy;
pub mod visitor;
