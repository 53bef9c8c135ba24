//! See the catalog module (`super`).
